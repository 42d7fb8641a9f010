<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Catalog</name>
    <message>
        <source>Neck and shoulders</source>
        <translation>Cuello y hombros</translation>
    </message>
    <message>
        <source>Slow, gentle stretches that ease a stiff neck and tight shoulders.</source>
        <translation>Estiramientos lentos y suaves que alivian el cuello rígido y los hombros tensos.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Easy movements that loosen the muscles around your shoulder blades and along your spine.</source>
        <translation>Movimientos sencillos que sueltan los músculos alrededor de los omóplatos y a lo largo de la columna.</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Calm stretches on the floor that help your lower back and hips let go.</source>
        <translation>Estiramientos tranquilos en el suelo que ayudan a soltar la zona lumbar y las caderas.</translation>
    </message>
    <message>
        <source>Flexion stretch</source>
        <translation>Flexión de cuello</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Sit or stand tall and let your shoulders soften.</source>
        <translation>Siéntate o ponte de pie bien erguido y relaja los hombros.</translation>
    </message>
    <message>
        <source>Place one hand lightly on the top of your head.</source>
        <translation>Apoya una mano suavemente sobre la parte alta de la cabeza.</translation>
    </message>
    <message>
        <source>Let your hand ease your head forward until your chin comes close to your chest.</source>
        <translation>Deja que la mano lleve la cabeza hacia delante hasta que la barbilla se acerque al pecho.</translation>
    </message>
    <message>
        <source>Stay there and breathe slowly, then lift your head back up.</source>
        <translation>Quédate así y respira despacio; luego vuelve a levantar la cabeza.</translation>
    </message>
    <message>
        <source>Sitting or standing, upright and relaxed.</source>
        <translation>Sentado o de pie, erguido y relajado.</translation>
    </message>
    <message>
        <source>Lateral flexion stretch</source>
        <translation>Inclinación lateral del cuello</translation>
    </message>
    <message>
        <source>Side of the neck</source>
        <translation>Lateral del cuello</translation>
    </message>
    <message>
        <source>Keep your back straight and let your shoulders drop.</source>
        <translation>Mantén la espalda recta y deja caer los hombros.</translation>
    </message>
    <message>
        <source>Reach one hand over your head and rest it on the far side.</source>
        <translation>Pasa una mano por encima de la cabeza y apóyala en el lado contrario.</translation>
    </message>
    <message>
        <source>Gently guide your ear down toward the shoulder on the side of that hand.</source>
        <translation>Lleva con suavidad la oreja hacia el hombro del lado de esa mano.</translation>
    </message>
    <message>
        <source>Breathe easily while you hold, then bring your head back to the middle.</source>
        <translation>Respira con calma mientras mantienes la postura y luego vuelve a llevar la cabeza al centro.</translation>
    </message>
    <message>
        <source>Do the same on the other side.</source>
        <translation>Haz lo mismo del otro lado.</translation>
    </message>
    <message>
        <source>Sitting or standing with a straight back and loose shoulders.</source>
        <translation>Sentado o de pie, con la espalda recta y los hombros sueltos.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotación de hombros</translation>
    </message>
    <message>
        <source>Trapezius</source>
        <translation>Trapecio</translation>
    </message>
    <message>
        <source>Let your arms hang loosely by your sides.</source>
        <translation>Deja los brazos colgando sueltos a los lados.</translation>
    </message>
    <message>
        <source>Breathe in as you raise your shoulders up toward your ears.</source>
        <translation>Inspira mientras subes los hombros hacia las orejas.</translation>
    </message>
    <message>
        <source>Draw your shoulders back and gently press your shoulder blades together.</source>
        <translation>Lleva los hombros hacia atrás y junta suavemente los omóplatos.</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders sink back down.</source>
        <translation>Espira y deja que los hombros vuelvan a bajar.</translation>
    </message>
    <message>
        <source>Standing or sitting, arms hanging loosely by your sides.</source>
        <translation>De pie o sentado, con los brazos colgando sueltos a los lados.</translation>
    </message>
    <message>
        <source>Breathe in and lift your shoulders toward your ears</source>
        <translation>Inspira y sube los hombros hacia las orejas</translation>
    </message>
    <message>
        <source>Roll your shoulders back and squeeze your shoulder blades together</source>
        <translation>Gira los hombros hacia atrás y junta los omóplatos</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders drop</source>
        <translation>Espira y deja caer los hombros</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Gato-vaca</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Come onto your hands and knees, wrists below your shoulders and knees below your hips.</source>
        <translation>Ponte a cuatro patas, con las muñecas bajo los hombros y las rodillas bajo las caderas.</translation>
    </message>
    <message>
        <source>Take one slow, deep breath in to begin.</source>
        <translation>Para empezar, toma aire una vez, lenta y profundamente.</translation>
    </message>
    <message>
        <source>As you breathe out, round your back up toward the ceiling and draw your belly button in.</source>
        <translation>Al espirar, arquea la espalda hacia el techo y mete el ombligo.</translation>
    </message>
    <message>
        <source>As you breathe in, let your back dip and your belly soften while your chin and tailbone rise.</source>
        <translation>Al inspirar, deja que la espalda se hunda y el vientre se relaje mientras suben la barbilla y el coxis.</translation>
    </message>
    <message>
        <source>Keep flowing gently between the two shapes with your breath.</source>
        <translation>Sigue pasando suavemente de una postura a otra al ritmo de tu respiración.</translation>
    </message>
    <message>
        <source>On your hands and knees, wrists below your shoulders and knees below your hips.</source>
        <translation>A cuatro patas, con las muñecas bajo los hombros y las rodillas bajo las caderas.</translation>
    </message>
    <message>
        <source>Breathe out and round your back up toward the ceiling</source>
        <translation>Espira y arquea la espalda hacia el techo</translation>
    </message>
    <message>
        <source>Breathe in, let your belly sink and lift your chin</source>
        <translation>Inspira, deja caer el vientre y levanta la barbilla</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Postura del niño</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Caderas</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Muslos</translation>
    </message>
    <message>
        <source>Ankles</source>
        <translation>Tobillos</translation>
    </message>
    <message>
        <source>Kneel down and rest your palms on your thighs.</source>
        <translation>Arrodíllate y apoya las palmas de las manos en los muslos.</translation>
    </message>
    <message>
        <source>Fold forward slowly, letting your chest settle between your knees.</source>
        <translation>Inclínate despacio hacia delante y deja que el pecho descanse entre las rodillas.</translation>
    </message>
    <message>
        <source>Slide your arms out along the floor in front of you.</source>
        <translation>Desliza los brazos por el suelo hacia delante.</translation>
    </message>
    <message>
        <source>Let your upper body sink toward the floor only as far as feels comfortable, and breathe.</source>
        <translation>Deja que el tronco baje hacia el suelo solo hasta donde te resulte cómodo, y respira.</translation>
    </message>
    <message>
        <source>Kneeling, with your palms resting on your thighs.</source>
        <translation>De rodillas, con las palmas apoyadas en los muslos.</translation>
    </message>
    <message>
        <source>Knee-to-chest stretch</source>
        <translation>Rodillas al pecho</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and your feet flat.</source>
        <translation>Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.</translation>
    </message>
    <message>
        <source>Slowly bring both knees up toward your chest.</source>
        <translation>Lleva despacio las dos rodillas hacia el pecho.</translation>
    </message>
    <message>
        <source>Hold your knees with your hands and gently draw them a little closer.</source>
        <translation>Sujeta las rodillas con las manos y acércalas un poco más con suavidad.</translation>
    </message>
    <message>
        <source>Breathe calmly while you hold, then lower your feet back to the floor.</source>
        <translation>Respira con calma mientras mantienes la postura y luego vuelve a bajar los pies al suelo.</translation>
    </message>
    <message>
        <source>Lying on your back, knees bent and feet flat on the floor.</source>
        <translation>Tumbado boca arriba, con las rodillas dobladas y los pies apoyados en el suelo.</translation>
    </message>
    <message>
        <source>Piriformis stretch</source>
        <translation>Estiramiento del piriforme</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Lift one leg, keeping that knee bent.</source>
        <translation>Levanta una pierna manteniendo la rodilla doblada.</translation>
    </message>
    <message>
        <source>Reach across with your other hand and take hold of the raised knee.</source>
        <translation>Cruza la otra mano y agarra la rodilla levantada.</translation>
    </message>
    <message>
        <source>Gently guide that knee toward the opposite shoulder, then hold and breathe.</source>
        <translation>Lleva con suavidad esa rodilla hacia el hombro contrario; luego mantén la postura y respira.</translation>
    </message>
    <message>
        <source>Lower the leg and repeat on the other side.</source>
        <translation>Baja la pierna y repite del otro lado.</translation>
    </message>
    <message>
        <source>The piriformis is a small muscle deep in your buttock.</source>
        <translation>El piriforme es un pequeño músculo situado en lo profundo del glúteo.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Basculación pélvica</translation>
    </message>
    <message>
        <source>Abdominals</source>
        <translation>Abdominales</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles so your lower back presses flat against the floor.</source>
        <translation>Contrae los abdominales para que la zona lumbar quede pegada al suelo.</translation>
    </message>
    <message>
        <source>Let your pelvis tip up slightly as you do.</source>
        <translation>Al hacerlo, deja que la pelvis se incline ligeramente hacia arriba.</translation>
    </message>
    <message>
        <source>Hold without straining, then relax and breathe normally.</source>
        <translation>Mantén la postura sin forzar; luego relájate y respira con normalidad.</translation>
    </message>
    <message>
        <source>This one builds strength: firm stomach muscles support your spine and help keep back pain away.</source>
        <translation>Este ejercicio fortalece: unos abdominales firmes sostienen la columna y ayudan a prevenir el dolor de espalda.</translation>
    </message>
    <message>
        <source>Cobra stretch</source>
        <translation>Cobra</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Lie face down with your toes pointing out and your palms flat below your shoulders.</source>
        <translation>Túmbate boca abajo con las puntas de los pies estiradas y las palmas apoyadas bajo los hombros.</translation>
    </message>
    <message>
        <source>Breathe in and slowly straighten your arms to raise your chest.</source>
        <translation>Inspira y estira despacio los brazos para levantar el pecho.</translation>
    </message>
    <message>
        <source>Tip your head back a little and look up, keeping your stomach muscles working.</source>
        <translation>Echa la cabeza un poco hacia atrás y mira hacia arriba, sin dejar de activar los abdominales.</translation>
    </message>
    <message>
        <source>Pause and breathe deeply, then breathe out and lower yourself back down.</source>
        <translation>Haz una pausa y respira hondo; luego espira y vuelve a bajar.</translation>
    </message>
    <message>
        <source>Lying face down, toes pointing out and palms flat below your shoulders.</source>
        <translation>Tumbado boca abajo, con las puntas de los pies estiradas y las palmas bajo los hombros.</translation>
    </message>
    <message>
        <source>Breathe in and press up to lift your chest</source>
        <translation>Inspira y empuja hacia arriba para levantar el pecho</translation>
    </message>
    <message>
        <source>Look up and hold, breathing deeply</source>
        <translation>Mira hacia arriba y mantén, respirando hondo</translation>
    </message>
    <message>
        <source>Breathe out and lower yourself down</source>
        <translation>Espira y baja</translation>
    </message>
</context>
<context>
    <name>DoseText</name>
    <message>
        <source>Hold %1 each side</source>
        <translation>Mantén %1 por lado</translation>
    </message>
    <message numerus="yes">
        <source>%n × %1 each side</source>
        <extracomment>sets × hold length, e.g. &quot;3 × 30 s each side&quot;</extracomment>
        <translation>
            <numerusform>%n × %1 por lado</numerusform>
            <numerusform>%n × %1 por lado</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Mantén %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 · %n times</source>
        <translation>
            <numerusform>Mantén %1 · %n vez</numerusform>
            <numerusform>Mantén %1 · %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 times</source>
        <extracomment>a range of repetitions, e.g. &quot;20–30 times&quot;</extracomment>
        <translation>%1–%2 veces</translation>
    </message>
    <message>
        <source>Once, slowly</source>
        <translation>Una vez, despacio</translation>
    </message>
    <message numerus="yes">
        <source>%n times, slowly</source>
        <translation>
            <numerusform>%n vez, despacio</numerusform>
            <numerusform>%n veces, despacio</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · hold %2 each</source>
        <translation>%1 · mantén %2 cada vez</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>minutes and seconds, abbreviated, e.g. &quot;1 min 30 s&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RoutineText</name>
    <message>
        <source>Once a day</source>
        <translation>Una vez al día</translation>
    </message>
    <message>
        <source>Twice a day</source>
        <translation>Dos veces al día</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n vez al día</numerusform>
            <numerusform>%n veces al día</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>1 day a week</source>
        <translation>1 día a la semana</translation>
    </message>
    <message numerus="yes">
        <source>%n days a week</source>
        <translation>
            <numerusform>%n día a la semana</numerusform>
            <numerusform>%n días a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>how often per day, then per week: &quot;Twice a day, 5 days a week&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>the planned length of a routine, e.g. &quot;about 6 min&quot;</extracomment>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation>serie %1 de %2</translation>
    </message>
    <message>
        <source>rep %1 of %2</source>
        <translation>repetición %1 de %2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Rutina sin nombre</translation>
    </message>
    <message>
        <source>%1 of %2 days this week</source>
        <extracomment>a routine&apos;s days with a session this week, against its days a week: &quot;3 of 5 days this week&quot;</extracomment>
        <translation>%1 de %2 días esta semana</translation>
    </message>
    <message>
        <source>%1 of %2 today</source>
        <extracomment>a routine&apos;s sessions today, against its times a day: &quot;1 of 2 today&quot;</extracomment>
        <translation>hoy %1 de %2</translation>
    </message>
    <message>
        <source>done today</source>
        <translation>hecha hoy</translation>
    </message>
    <message>
        <source>not yet today</source>
        <translation>aún no hoy</translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>These gentle stretches are for everyday aches. They can&apos;t tell you what is causing your pain: if it lasts, keeps coming back or is severe, please have a doctor or chiropractor look at it. Move slowly, and stop any exercise that makes the pain sharper.</source>
        <translation>Estos estiramientos suaves son para las molestias del día a día. No pueden decirte qué causa tu dolor: si dura, vuelve una y otra vez o es intenso, pide a un médico o a un quiropráctico que lo revise. Muévete despacio y deja cualquier ejercicio que haga el dolor más agudo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resting alone usually brings only short relief. Gentle, specific movements help the muscles of your back relax, and that often eases the pain.&lt;/p&gt;&lt;p&gt;Limber helps you do a few of these stretches well: choose where it hurts, and it suggests one or two exercises and guides you through them with timing and breathing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is not a diagnosis or a treatment plan.&lt;/b&gt; Back pain has many causes. If your pain lasts more than a few days, keeps coming back, is severe, spreads into your legs, or comes with numbness, weakness or fever, please see a doctor or chiropractor.&lt;/p&gt;&lt;p&gt;Move slowly and breathe. A stretch should feel like a gentle pull, never like sharp pain: if it hurts more, stop.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El reposo por sí solo suele aliviar poco tiempo. Los movimientos suaves y específicos ayudan a relajar los músculos de la espalda, y eso a menudo calma el dolor.&lt;/p&gt;&lt;p&gt;Limber te ayuda a hacer bien algunos de estos estiramientos: elige dónde te duele y te propondrá uno o dos ejercicios y te guiará en ellos, marcando los tiempos y la respiración.&lt;/p&gt;&lt;p&gt;&lt;b&gt;No es un diagnóstico ni un plan de tratamiento.&lt;/b&gt; El dolor de espalda tiene muchas causas. Si tu dolor dura más de unos días, vuelve una y otra vez, es intenso, se extiende a las piernas o viene con entumecimiento, debilidad o fiebre, consulta a un médico o a un quiropráctico.&lt;/p&gt;&lt;p&gt;Muévete despacio y respira. Un estiramiento debe sentirse como un tirón suave, nunca como un dolor agudo: si duele más, para.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>limber::ActionButton</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a button&apos;s tooltip: its text and its keyboard shortcut, e.g. &quot;Pause (Space)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>limber::Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>No se ha podido eliminar %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se ha podido crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se ha podido escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>limber::BodyRegionPicker</name>
    <message>
        <source>Press to see exercises for this region; press again to start.</source>
        <translation>Pulsa para ver los ejercicios de esta zona; vuelve a pulsar para empezar.</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde duele</translation>
    </message>
    <message>
        <source>A figure seen from behind. Choose the part of your back that hurts.</source>
        <translation>Una figura vista de espaldas. Elige la parte de la espalda que te duele.</translation>
    </message>
    <message>
        <source>Click the part that hurts</source>
        <translation>Haz clic en la parte que te duele</translation>
    </message>
    <message>
        <source>Press Enter or double-click to start</source>
        <translation>Pulsa Intro o haz doble clic para empezar</translation>
    </message>
    <message>
        <source>Double-click to start</source>
        <translation>Haz doble clic para empezar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Press Space to see its exercises</source>
        <translation>Pulsa Espacio para ver sus ejercicios</translation>
    </message>
    <message>
        <source>Click to see its exercises</source>
        <translation>Haz clic para ver sus ejercicios</translation>
    </message>
</context>
<context>
    <name>limber::BreathGuide</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Respira con calma</translation>
    </message>
</context>
<context>
    <name>limber::CatalogPicker</name>
    <message>
        <source>On a chair</source>
        <translation>En una silla</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>En el suelo</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Añadir a la rutina</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Search by name or what it stretches</source>
        <translation>Buscar por nombre o por lo que estira</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier sitio</translation>
    </message>
    <message>
        <source>Where it is done</source>
        <translation>Dónde se hace</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Ejercicios para añadir</translation>
    </message>
    <message>
        <source>Enter adds the chosen exercise to the routine</source>
        <translation>Intro añade el ejercicio elegido a la rutina</translation>
    </message>
    <message>
        <source>Adds the chosen exercise at the end of the routine</source>
        <translation>Añade el ejercicio elegido al final de la rutina</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>limber::CornerPrompt</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>Dentro de %n minuto</numerusform>
            <numerusform>Dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Stretch reminder</source>
        <translation>Recordatorio para estirar</translation>
    </message>
    <message>
        <source>Start the stretches now</source>
        <translation>Empezar los estiramientos ahora</translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minutes</source>
        <translation>
            <numerusform>Recordármelo de nuevo dentro de %n minuto</numerusform>
            <numerusform>Recordármelo de nuevo dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Omitir este recordatorio</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>Cerrar el recordatorio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo que queda en este paso</translation>
    </message>
</context>
<context>
    <name>limber::CuePlayer</name>
    <message>
        <source>No sound output found: the session will be silent.</source>
        <translation>No se ha encontrado ninguna salida de sonido: la sesión será silenciosa.</translation>
    </message>
    <message>
        <source>Some chimes could not be played: the session may be partly silent.</source>
        <translation>Algunos sonidos no se han podido reproducir: puede que la sesión sea en parte silenciosa.</translation>
    </message>
</context>
<context>
    <name>limber::DesktopActivity</name>
    <message>
        <source>This desktop does not tell how long the computer has been left alone, so natural breaks cannot be seen: reminders follow the clock.</source>
        <translation>Este escritorio no indica cuánto tiempo lleva el ordenador sin usarse, así que no se pueden detectar las pausas naturales: los recordatorios siguen el reloj.</translation>
    </message>
</context>
<context>
    <name>limber::DesktopNotificationPresenter</name>
    <message>
        <source>there is no session bus</source>
        <translation>no hay bus de sesión</translation>
    </message>
    <message>
        <source>GetCapabilities failed: %1</source>
        <translation>GetCapabilities ha fallado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>Dentro de %n minuto</numerusform>
            <numerusform>Dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Notify failed: %1</source>
        <translation>Notify ha fallado: %1</translation>
    </message>
    <message>
        <source>the notification server left the bus</source>
        <translation>el servidor de notificaciones ha salido del bus</translation>
    </message>
</context>
<context>
    <name>limber::DoseEditor</name>
    <message>
        <source>Each side</source>
        <translation>Cada lado</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Kind of dose</source>
        <translation>Tipo de dosis</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Mantener durante</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Hold &amp;for</source>
        <translation>Mantener &amp;durante</translation>
    </message>
    <message>
        <source>S&amp;ets</source>
        <translation>Se&amp;ries</translation>
    </message>
    <message>
        <source>Rep&amp;etitions</source>
        <translation>R&amp;epeticiones</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Phases of one repetition</source>
        <translation>Fases de una repetición</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>A&amp;ñadir fase</translation>
    </message>
    <message>
        <source>Remo&amp;ve phase</source>
        <translation>Quitar &amp;fase</translation>
    </message>
    <message>
        <source>Breathe in and move</source>
        <translation>Inspira y muévete</translation>
    </message>
    <message>
        <source>Breathe out and come back</source>
        <translation>Espira y vuelve</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Inspirar</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Espirar</translation>
    </message>
</context>
<context>
    <name>limber::EntryDoseEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold, in seconds</source>
        <translation>Mantener, en segundos</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Veces que se mantiene</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Rest between holds, in seconds</source>
        <translation>Descanso entre series, en segundos</translation>
    </message>
    <message>
        <source>Rest after this exercise, in seconds</source>
        <translation>Descanso después de este ejercicio, en segundos</translation>
    </message>
    <message>
        <source>As usual</source>
        <translation>Como siempre</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Cada lado por turno</translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation>Los dos lados a la vez</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source> × as long</source>
        <translation> × más largo</translation>
    </message>
    <message>
        <source>Usual pace</source>
        <translation>Ritmo habitual</translation>
    </message>
    <message>
        <source>Tempo: each movement this many times as long</source>
        <translation>Ritmo: cada movimiento tantas veces más largo</translation>
    </message>
    <message>
        <source>e.g. from my physio: stop if it tingles</source>
        <translation>p. ej. de mi fisio: parar si hormiguea</translation>
    </message>
    <message>
        <source>Note for this exercise</source>
        <translation>Nota para este ejercicio</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Ho&amp;lds</source>
        <translation>&amp;Veces</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>&amp;Lados</translation>
    </message>
    <message>
        <source>Re&amp;petitions</source>
        <translation>&amp;Repeticiones</translation>
    </message>
    <message>
        <source>&amp;Tempo</source>
        <translation>R&amp;itmo</translation>
    </message>
    <message>
        <source>Rest &amp;between</source>
        <translation>Descanso &amp;entre</translation>
    </message>
    <message>
        <source>Rest &amp;after</source>
        <translation>Descanso &amp;después</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>As usual (%1)</source>
        <extracomment>a dose field left as the catalog says, e.g. &quot;As usual (30 s)&quot;</extracomment>
        <translation>Como siempre (%1)</translation>
    </message>
    <message>
        <source>This exercise is held for at most %1.</source>
        <translation>Este ejercicio se mantiene como mucho %1.</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>both at once</source>
        <translation>los dos a la vez</translation>
    </message>
    <message>
        <source>Choose an exercise of the routine to set its dose</source>
        <translation>Elige un ejercicio de la rutina para fijar su dosis</translation>
    </message>
</context>
<context>
    <name>limber::EntryListModel</name>
    <message>
        <source>not in the catalog; left out when planned</source>
        <translation>no está en el catálogo; se omite al planificar</translation>
    </message>
    <message>
        <source>%1 (as usual)</source>
        <extracomment>an exercise whose dose is the catalog&apos;s, e.g. &quot;Hold 30 s · 2 times (as usual)&quot;</extracomment>
        <translation>%1 (como siempre)</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <extracomment>a row of the routine: its position, the exercise, its dose</extracomment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <extracomment>for a screen reader: &quot;2 of 4: Cat-cow, 10 times, slowly&quot;</extracomment>
        <translation>%1 de %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseCard</name>
    <message>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>Show how to do it</source>
        <translation>Mostrar cómo se hace</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Trabaja: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start:&lt;/b&gt; %1</source>
        <extracomment>the starting position on an exercise card, e.g. &quot;Start: Lying on your back&quot;</extracomment>
        <translation>&lt;b&gt;Inicio:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>How much to do</source>
        <translation>Cuánto hacer</translation>
    </message>
    <message>
        <source>How to do %1</source>
        <translation>Cómo hacer: %1</translation>
    </message>
    <message>
        <source>Today: </source>
        <translation>Hoy: </translation>
    </message>
    <message>
        <source>How many times for %1</source>
        <translation>Cuántas veces: %1</translation>
    </message>
    <message>
        <source>How many repetitions to do today</source>
        <translation>Cuántas repeticiones hacer hoy</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseDetailDialog</name>
    <message>
        <source>How to do %1</source>
        <translation>Cómo hacer: %1</translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1 en movimiento</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>Trabaja</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a stretch makes the pain sharper, stop.</source>
        <translation>Muévete despacio y quédate dentro de lo que te resulte cómodo. Si un estiramiento hace el dolor más agudo, para.</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseEditorDialog</name>
    <message>
        <source>Edit Exercise</source>
        <translation>Editar ejercicio</translation>
    </message>
    <message>
        <source>New Exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Shoulder rolls</source>
        <translation>p. ej. Círculos de hombros</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <source>Can be done: %1</source>
        <translation>Se puede hacer: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>What it stretches, separated by commas</source>
        <translation>Qué estira, separado por comas</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>Ob&amp;jetivos</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <source>Starting &amp;position</source>
        <translation>&amp;Posición inicial</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Añadir paso</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>&amp;Quitar paso</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional advice</source>
        <translation>Un consejo, si quieres</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>&amp;Limber figure</source>
        <translation>Figura de &amp;Limber</translation>
    </message>
    <message>
        <source>Your own &amp;image</source>
        <translation>Tu propia &amp;imagen</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>Ele&amp;gir imagen…</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Vista previa de la imagen</translation>
    </message>
    <message>
        <source>Mi&amp;rror for the other side</source>
        <translation>Reflejar para el &amp;otro lado</translation>
    </message>
    <message>
        <source>Mirror for the other side</source>
        <translation>Reflejar para el otro lado</translation>
    </message>
    <message>
        <source>For an exercise done on each side: the other side shows the picture mirrored.</source>
        <translation>Para un ejercicio de cada lado: el otro lado muestra la imagen reflejada.</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation>Ponle un nombre al ejercicio.</translation>
    </message>
    <message>
        <source>Choose an image, or pick a Limber figure.</source>
        <translation>Elige una imagen o una figura de Limber.</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The exercise has changes that are not saved. Close without saving them?</source>
        <translation>El ejercicio tiene cambios sin guardar. ¿Cerrar sin guardarlos?</translation>
    </message>
    <message>
        <source>&amp;New Exercise…</source>
        <translation>&amp;Nuevo ejercicio…</translation>
    </message>
</context>
<context>
    <name>limber::FloorView</name>
    <message>
        <source>Floor view</source>
        <translation>Vista desde el suelo</translation>
    </message>
    <message>
        <source>Leave floor view</source>
        <translation>Salir de la vista desde el suelo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>exercise · where in it, e.g. Knee to chest · Left side</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paused. Press %1 to go on.</source>
        <extracomment>%1 is the key that resumes, e.g. &quot;Space&quot;</extracomment>
        <translation>En pausa. Pulsa %1 para seguir.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
</context>
<context>
    <name>limber::HandoutActions</name>
    <message>
        <source>Choose where it hurts and tick the exercises you want on paper first.</source>
        <translation>Primero elige dónde te duele y marca los ejercicios que quieres tener en papel.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print a handout of these exercises, with a grid to tick for two weeks</source>
        <translation>Imprimir una hoja con estos ejercicios y una tabla para marcar durante dos semanas</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the handout as a PDF to print later or send on</source>
        <translation>Guardar la hoja como PDF para imprimirla más tarde o enviarla</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir la hoja</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo poner en marcha la impresora.</translation>
    </message>
    <message>
        <source>Printing is not available: Limber could not load %1 (%2).

Export as PDF… still works, and the PDF can be printed from any document viewer.</source>
        <translation>No se puede imprimir: Limber no ha podido cargar %1 (%2).

«Exportar como PDF…» sigue funcionando, y el PDF se puede imprimir desde cualquier visor de documentos.</translation>
    </message>
</context>
<context>
    <name>limber::HandoutBlocks</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Mediodía</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Session %1</source>
        <extracomment>a row of the tick grid when a routine is done more than four times a day</extracomment>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a session</source>
        <extracomment>how long one session takes, e.g. &quot;about 4 min a session&quot;</extracomment>
        <translation>%1 por sesión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Move slowly and only as far as feels comfortable. A gentle pull is right; if an exercise brings sharp pain or makes your back worse, stop it and talk to your doctor or physiotherapist.</source>
        <translation>Muévete despacio y solo hasta donde te resulte cómodo. Un tirón suave es lo correcto; si un ejercicio te causa un dolor agudo o empeora tu espalda, déjalo y habla con tu médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Works on: %1</source>
        <translation>Trabaja: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Limber · gentle exercises for everyday back pain, not a diagnosis</source>
        <translation>Limber · ejercicios suaves para el dolor de espalda cotidiano, no un diagnóstico</translation>
    </message>
    <message>
        <source>Your two weeks</source>
        <translation>Tus dos semanas</translation>
    </message>
    <message>
        <source>Tick a box for each exercise after every session. Once a day, write down how your back feels, from 0 (no pain) to 10 (the worst pain).</source>
        <translation>Marca una casilla por cada ejercicio después de cada sesión. Una vez al día, anota cómo sientes la espalda, de 0 (sin dolor) a 10 (el peor dolor).</translation>
    </message>
    <message>
        <source>Tick a box for each exercise you did that day, and write down how your back feels, from 0 (no pain) to 10 (the worst pain).</source>
        <translation>Marca una casilla por cada ejercicio que hiciste ese día y anota cómo sientes la espalda, de 0 (sin dolor) a 10 (el peor dolor).</translation>
    </message>
    <message>
        <source>Week %1</source>
        <extracomment>a heading of the tick grid: &quot;Week 1&quot;, &quot;Week 2&quot;</extracomment>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Day %1</source>
        <extracomment>a row of the tick grid: &quot;Day 1&quot; ... &quot;Day 14&quot;</extracomment>
        <translation>Día %1</translation>
    </message>
</context>
<context>
    <name>limber::HandoutBuilder</name>
    <message>
        <source>about %1</source>
        <extracomment>how long one exercise takes, e.g. &quot;about 2 min&quot;</extracomment>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>dos veces al día</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n vez al día</numerusform>
            <numerusform>%n veces al día</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>una vez a la semana</translation>
    </message>
    <message numerus="yes">
        <source>%n days a week</source>
        <translation>
            <numerusform>%n día a la semana</numerusform>
            <numerusform>%n días a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Tus ejercicios</translation>
    </message>
</context>
<context>
    <name>limber::HandoutCommand</name>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>Se escribió %1 (%2)</translation>
    </message>
</context>
<context>
    <name>limber::HandoutDocument</name>
    <message>
        <source>%1: this is a folder; give a file name for the PDF</source>
        <translation>%1: es una carpeta; indica un nombre de archivo para el PDF</translation>
    </message>
    <message>
        <source>%1: the handout could not be laid out</source>
        <translation>%1: no se pudo componer la hoja</translation>
    </message>
    <message>
        <source>%1: cannot write here (%2)</source>
        <translation>%1: no se puede escribir aquí (%2)</translation>
    </message>
    <message>
        <source>%1: could not be written (%2)</source>
        <translation>%1: no se pudo escribir (%2)</translation>
    </message>
</context>
<context>
    <name>limber::HandoutExportDialog</name>
    <message>
        <source>Export handout as PDF</source>
        <translation>Exportar la hoja como PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Give a file name for the PDF.</source>
        <translation>Indica un nombre de archivo para el PDF.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryExport</name>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Export History as CSV…</source>
        <translation>&amp;Exportar historial como CSV…</translation>
    </message>
    <message>
        <source>Save every session to a file a spreadsheet can open</source>
        <translation>Guarda todas las sesiones en un archivo que puede abrir una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>limber::HistoryRecorder</name>
    <message>
        <source>There is no saved session to add the pain level to.</source>
        <translation>No hay ninguna sesión guardada a la que añadir el nivel de dolor.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Terminada antes</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>Pain, last %1 weeks</source>
        <translation>Dolor, últimas %1 semanas</translation>
    </message>
    <message>
        <source>Region shown in the pain chart</source>
        <translation>Zona que muestra el gráfico de dolor</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Dolor antes → después</translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>Sesiones por día</translation>
    </message>
    <message>
        <source>Minutes this week</source>
        <translation>Minutos esta semana</translation>
    </message>
    <message>
        <source>Sessions so far</source>
        <translation>Sesiones hasta ahora</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Varias</translation>
    </message>
    <message>
        <source>No sessions yet. Each session you do will be listed here, day by day, with the reminders of that day.</source>
        <translation>Todavía no hay sesiones. Cada sesión que hagas aparecerá aquí, día a día, junto con los recordatorios de ese día.</translation>
    </message>
    <message>
        <source>Weeks in a row at your goal: this week can be the first</source>
        <translation>Semanas seguidas cumpliendo tu objetivo: esta puede ser la primera</translation>
    </message>
    <message>
        <source>Weeks in a row at your goal (rest days are fine)</source>
        <translation>Semanas seguidas cumpliendo tu objetivo (los días de descanso no rompen la racha)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>sessions done this week against the weekly goal, as a figure: &quot;3 / 5&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sessions this week: goal reached</source>
        <translation>Sesiones esta semana: objetivo cumplido</translation>
    </message>
    <message>
        <source>Sessions this week, of your goal</source>
        <translation>Sesiones esta semana, respecto a tu objetivo</translation>
    </message>
    <message>
        <source>%1 done</source>
        <extracomment>how reminders were answered: &quot;1 started&quot;, &quot;2 snoozed&quot;...</extracomment>
        <translation>completados: %1</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>empezados: %1</translation>
    </message>
    <message>
        <source>%1 snoozed</source>
        <translation>pospuestos: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>omitidos: %1</translation>
    </message>
    <message>
        <source>%1 unanswered</source>
        <translation>sin respuesta: %1</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>aún pendientes: %1</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 recordatorio</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders</source>
        <translation>
            <numerusform>%n recordatorio</numerusform>
            <numerusform>%n recordatorios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;3 reminders: 1 started, 2 snoozed&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a day&apos;s heading followed by what its reminders became: &quot;Today · 2 reminders: 1 started, 1 snoozed&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
</context>
<context>
    <name>limber::HomeView</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>¿Dónde te duele?</translation>
    </message>
    <message>
        <source>Choose the part of your back that needs some care.</source>
        <translation>Elige la parte de la espalda que necesita un poco de cuidado.</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>Sobre estos ejercicios</translation>
    </message>
    <message>
        <source>A few minutes of gentle stretching</source>
        <translation>Unos minutos de estiramientos suaves</translation>
    </message>
    <message>
        <source>Pick a region on the figure and Limber suggests one or two exercises for it. It then talks you through them: when to hold, when to breathe, when to rest.</source>
        <translation>Elige una zona en la figura y Limber te propone uno o dos ejercicios para ella. Después te guía paso a paso: cuándo mantener, cuándo respirar, cuándo descansar.</translation>
    </message>
    <message>
        <source>Exercises for %1</source>
        <translation>Ejercicios para %1</translation>
    </message>
</context>
<context>
    <name>limber::HurtMarksPanel</name>
    <message>
        <source>Did one of these make the pain sharper?</source>
        <translation>¿Alguno de estos ejercicios te aumentó el dolor?</translation>
    </message>
    <message>
        <source>Exercises that made the pain sharper</source>
        <translation>Ejercicios que aumentaron el dolor</translation>
    </message>
    <message>
        <source>If the pain gets sharper or does not settle, stop and talk to your physiotherapist or doctor.</source>
        <translation>Si el dolor aumenta o no se calma, para y habla con tu fisioterapeuta o tu médico.</translation>
    </message>
    <message>
        <source>This one made it worse</source>
        <translation>Este lo empeoró</translation>
    </message>
    <message>
        <source>%1 made the pain sharper</source>
        <translation>%1 aumentó el dolor</translation>
    </message>
    <message>
        <source>Limber will stop suggesting it; you can still choose it yourself</source>
        <translation>Limber dejará de proponerlo; aún puedes elegirlo tú</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: keep suggesting %1</source>
        <translation>Deshacer: seguir proponiendo %1</translation>
    </message>
    <message>
        <source>Set aside: Limber won&apos;t suggest it again.</source>
        <translation>Apartado: Limber no volverá a proponerlo.</translation>
    </message>
    <message>
        <source>Already set aside: Limber doesn&apos;t suggest it.</source>
        <translation>Ya apartado: Limber no lo propone.</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>limber::ImportRoutineDialog</name>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Replace what is there</source>
        <translation>Reemplazar lo que hay</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>A routine of 1 exercise</source>
        <translation>Una rutina de 1 ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>A routine of %n exercises</source>
        <translation>
            <numerusform>Una rutina de %n ejercicio</numerusform>
            <numerusform>Una rutina de %n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>1 exercise of its own: %1</source>
        <translation>1 ejercicio propio: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises of its own: %1</source>
        <translation>
            <numerusform>%n ejercicio propio: %1</numerusform>
            <numerusform>%n ejercicios propios: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>1 imagen</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>Este archivo contiene:</translation>
    </message>
    <message>
        <source>A routine with this name is saved already</source>
        <translation>Ya hay una rutina guardada con este nombre</translation>
    </message>
    <message>
        <source>You already have a routine saved as “%1”.</source>
        <translation>Ya tienes una rutina guardada como «%1».</translation>
    </message>
    <message>
        <source>Exercises and pictures you have already</source>
        <translation>Ejercicios e imágenes que ya tienes</translation>
    </message>
    <message>
        <source>Already installed: %1</source>
        <translation>Ya instalado: %1</translation>
    </message>
    <message>
        <source>Nothing you have is replaced.</source>
        <translation>No se reemplaza nada de lo que tienes.</translation>
    </message>
    <message>
        <source>Not in your catalog, left out when the routine is planned: %1</source>
        <translation>No está en tu catálogo y se omite al planificar: %1</translation>
    </message>
    <message>
        <source>Exercises new to Limber appear after Limber is started again.</source>
        <translation>Los ejercicios nuevos aparecen cuando Limber se vuelve a abrir.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>limber::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About these &amp;exercises…</source>
        <translation>Sobre estos &amp;ejercicios…</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>&amp;Acerca de Limber</translation>
    </message>
    <message>
        <source>History cannot be saved</source>
        <translation>No se puede guardar el historial</translation>
    </message>
    <message>
        <source>About your history</source>
        <translation>Sobre tu historial</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Your session goes on as usual.</source>
        <translation>%1&lt;br&gt;Tu sesión continúa con normalidad.</translation>
    </message>
    <message>
        <source>Continue your last session?</source>
        <translation>¿Continuar tu última sesión?</translation>
    </message>
    <message>
        <source>Your last session stopped unexpectedly at %1. Would you like to continue from there?</source>
        <translation>Tu última sesión se detuvo de forma inesperada en %1. ¿Quieres continuar desde ahí?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>A problem was found in the exercise files</source>
        <translation>Se ha encontrado un problema en los archivos de ejercicios</translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found in the exercise files</source>
        <translation>
            <numerusform>Se ha encontrado %n problema en los archivos de ejercicios</numerusform>
            <numerusform>Se han encontrado %n problemas en los archivos de ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the log).</source>
        <translation>
            <numerusform>…y %n más (consulta el registro).</numerusform>
            <numerusform>…y %n más (consulta el registro).</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber left out what it could not read; everything else works as usual.</source>
        <translation>Limber ha omitido lo que no ha podido leer; todo lo demás funciona con normalidad.</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>Sobre estos ejercicios</translation>
    </message>
    <message>
        <source>About Limber</source>
        <translation>Acerca de Limber</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Guided stretching for everyday back pain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Estiramientos guiados para el dolor de espalda de cada día.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sound unavailable</source>
        <translation>Sonido no disponible</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Every step is still shown on screen, so you can follow along as usual.</source>
        <translation>%1&lt;br&gt;Cada paso se sigue mostrando en la pantalla, así que puedes seguir la sesión como siempre.</translation>
    </message>
</context>
<context>
    <name>limber::MinutesChart</name>
    <message>
        <source>Minutes of stretching per week</source>
        <translation>Minutos de estiramiento por semana</translation>
    </message>
    <message>
        <source>week of %1: %2 min</source>
        <translation>semana del %1: %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
</context>
<context>
    <name>limber::MprisPlayer</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>The media panel&apos;s title: what to do now · the exercise, e.g. &quot;Hold · Knee-to-chest stretch&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Tu sesión</translation>
    </message>
</context>
<context>
    <name>limber::MprisRootAdaptor</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
</context>
<context>
    <name>limber::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>limber::OwnExerciseActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>&amp;Make a Copy to Edit…</source>
        <translation>&amp;Hacer una copia para editar…</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mi copia)</translation>
    </message>
    <message>
        <source>New Exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>Delete “%1”? Its picture stays in the folder; the exercise is gone from Limber.</source>
        <translation>¿Borrar «%1»? Su imagen se queda en la carpeta; el ejercicio desaparece de Limber.</translation>
    </message>
    <message>
        <source>Delete Exercise?</source>
        <translation>¿Borrar el ejercicio?</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>No se puede borrar</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n routine(s): %1. They keep its place and dose, shown as “not in the catalog” and left out of their sessions until the exercise is back.</source>
        <translation>
            <numerusform>Lo usa %n rutina: %1. Conserva su lugar y su dosis, aparece como «no está en el catálogo» y se omite en sus sesiones hasta que el ejercicio vuelva.</numerusform>
            <numerusform>Lo usan %n rutinas: %1. Conservan su lugar y su dosis, aparece como «no está en el catálogo» y se omite en sus sesiones hasta que el ejercicio vuelva.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is deleted. %n routine(s) now show it as missing: %2.</source>
        <translation>
            <numerusform>«%1» se ha borrado. %n rutina lo muestra ahora como ausente: %2.</numerusform>
            <numerusform>«%1» se ha borrado. %n rutinas lo muestran ahora como ausente: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise Deleted</source>
        <translation>Ejercicio borrado</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
</context>
<context>
    <name>limber::PainCheckInDialog</name>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Registro del dolor</translation>
    </message>
    <message>
        <source>Before you start: how is the pain right now?</source>
        <translation>Antes de empezar: ¿cómo está el dolor ahora mismo?</translation>
    </message>
    <message>
        <source>And now, after stretching: how is the pain?</source>
        <translation>Y ahora, después de estirar: ¿cómo está el dolor?</translation>
    </message>
    <message>
        <source>0 is no pain at all, 10 the worst you can imagine. One click is enough.</source>
        <translation>0 es nada de dolor y 10 el peor que puedas imaginar. Basta con un clic.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>limber::PainLevelButton</name>
    <message>
        <source>%1: %2</source>
        <extracomment>what a screen reader says for a pain level button, e.g. &quot;3: mild&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Intenso</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>El peor imaginable</translation>
    </message>
</context>
<context>
    <name>limber::PainTrendChart</name>
    <message>
        <source>Pain over time</source>
        <translation>Evolución del dolor</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>No pain check-ins in these weeks yet.
Answer the short question before or after a session to see the trend here.</source>
        <translation>Todavía no hay registros de dolor en estas semanas.
Responde a la breve pregunta antes o después de una sesión para ver aquí la evolución.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>limber::Planner</name>
    <message>
        <source>Rest and breathe</source>
        <translation>Descansa y respira</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Colócate en posición</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Cambia al lado derecho</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Cambia al lado izquierdo</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a region nor an exercise</source>
        <translation>«%1» no es ni una zona ni un ejercicio</translation>
    </message>
    <message>
        <source>no region or exercise given</source>
        <translation>no se ha indicado ninguna zona ni ejercicio</translation>
    </message>
    <message>
        <source>every exercise for &quot;%1&quot; is set aside because it made the pain sharper; name the exercises to plan them anyway</source>
        <translation>todos los ejercicios de «%1» están apartados porque aumentaron el dolor; nombra los ejercicios para planificarlos de todos modos</translation>
    </message>
</context>
<context>
    <name>limber::PoseGallery</name>
    <message>
        <source>Limber figures</source>
        <translation>Figuras de Limber</translation>
    </message>
</context>
<context>
    <name>limber::PreferencesDialog</name>
    <message>
        <source>Session starts</source>
        <translation>Empieza la sesión</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Colocarse en posición</translation>
    </message>
    <message>
        <source>Hold begins</source>
        <translation>Empieza a mantener</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirar</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espirar</translation>
    </message>
    <message>
        <source>Each repetition</source>
        <translation>Cada repetición</translation>
    </message>
    <message>
        <source>Last seconds of a hold</source>
        <translation>Últimos segundos al mantener</translation>
    </message>
    <message>
        <source>Exercise done</source>
        <translation>Ejercicio terminado</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit after a number of seconds in a spin box, with its leading space</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to get into position before each exercise</source>
        <translation>Tiempo para colocarte en posición antes de cada ejercicio</translation>
    </message>
    <message>
        <source>&amp;Lead-in before an exercise:</source>
        <translation>&amp;Preparación antes de un ejercicio:</translation>
    </message>
    <message>
        <source>How long a usual hold lasts; shorter holds keep their proportion</source>
        <translation>Cuánto dura un mantenimiento normal; los más cortos conservan su proporción</translation>
    </message>
    <message>
        <source>&amp;Hold length:</source>
        <translation>&amp;Duración del mantenimiento:</translation>
    </message>
    <message>
        <source>Rest between &amp;holds:</source>
        <translation>Descanso entre &amp;mantenimientos:</translation>
    </message>
    <message>
        <source>Rest between &amp;exercises:</source>
        <translation>Descanso entre &amp;ejercicios:</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>&amp;Pace of repetitions:</source>
        <translation>&amp;Ritmo de las repeticiones:</translation>
    </message>
    <message>
        <source>You can still change the count for one session on its card</source>
        <translation>Aun así, puedes cambiar el número para una sesión en su tarjeta</translation>
    </message>
    <message>
        <source>&amp;Cobra stretch repetitions:</source>
        <translation>Repeticiones de la &amp;cobra:</translation>
    </message>
    <message>
        <source>A short countdown after a pause, to find the position again</source>
        <translation>Una breve cuenta atrás tras una pausa, para recuperar la posición</translation>
    </message>
    <message>
        <source>&amp;Get ready after a pause:</source>
        <translation>Prepararse &amp;tras una pausa:</translation>
    </message>
    <message>
        <source>Changes apply from the next session.</source>
        <translation>Los cambios se aplican a partir de la próxima sesión.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>&amp;Mute all chimes</source>
        <translation>&amp;Silenciar todos los sonidos</translation>
    </message>
    <message>
        <source>Chimes for:</source>
        <translation>Sonidos para:</translation>
    </message>
    <message>
        <source>&amp;Speak the instructions</source>
        <translation>&amp;Leer las instrucciones en voz alta</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <source>V&amp;oice to use:</source>
        <translation>V&amp;oz que usar:</translation>
    </message>
    <message>
        <source>Default voice for the language</source>
        <translation>Voz predeterminada del idioma</translation>
    </message>
    <message>
        <source>No speech engine is installed, so Limber cannot speak. The chimes work as usual.</source>
        <translation>No hay ningún motor de voz instalado, así que Limber no puede hablar. Los sonidos funcionan con normalidad.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Ask how the pain is before and after a session</source>
        <translation>&amp;Preguntar por el dolor antes y después de cada sesión</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>The pain levels you give are kept in your history, so you can see how your back is doing over the weeks.</source>
        <translation>Los niveles de dolor que indiques se guardan en tu historial, para que veas cómo evoluciona tu espalda semana a semana.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a volume from 0 to 100 percent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <extracomment>after the number of sessions in the weekly goal spin box, with its leading space</extracomment>
        <translation> sesiones por semana</translation>
    </message>
    <message>
        <source>Weekly goal, sessions a week</source>
        <translation>Objetivo semanal, sesiones por semana</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Objetivo semanal:</translation>
    </message>
    <message>
        <source>Home shows how many sessions you have done this week. Rest days are fine: your streak counts the weeks in a row in which you reached the goal.</source>
        <translation>Inicio muestra cuántas sesiones has hecho esta semana. Los días de descanso no son un problema: tu racha cuenta las semanas seguidas en las que has cumplido el objetivo.</translation>
    </message>
    <message>
        <source>Start at log-in</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>%1 Limber starts as before; your other settings are saved.</source>
        <translation>%1 Limber se seguirá abriendo como hasta ahora; el resto de tus ajustes se ha guardado.</translation>
    </message>
    <message>
        <source>Use the &amp;floor view for every session</source>
        <translation>Usar la vista desde el &amp;suelo en cada sesión</translation>
    </message>
    <message>
        <source>Full screen, with a countdown big enough to read from a mat across the room</source>
        <translation>Pantalla completa, con una cuenta atrás lo bastante grande para leerla desde una esterilla al otro lado de la habitación</translation>
    </message>
    <message>
        <source>Across the room:</source>
        <translation>Desde lejos:</translation>
    </message>
    <message>
        <source>During a session, %1 or the Floor view button switches it on and off.</source>
        <extracomment>%1 is the key that switches the floor view, e.g. &quot;F11&quot;</extracomment>
        <translation>Durante una sesión, %1 o el botón «Vista desde el suelo» la activa y desactiva.</translation>
    </message>
</context>
<context>
    <name>limber::ReminderService</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>the suggested session and its length, e.g. &quot;Shoulder rolls · 2 min&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Hora de estirar</translation>
    </message>
    <message>
        <source>%1, right where you sit or stand.</source>
        <translation>%1, ahí mismo, sentado o de pie.</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>the reminder&apos;s second choice: one of the person&apos;s routines, by name, e.g. Start “Physio, week 2”</extracomment>
        <translation>Empezar «%1»</translation>
    </message>
    <message>
        <source>Your routine “%1” is due today.</source>
        <extracomment>added to the reminder&apos;s text when one of the person&apos;s routines is due today</extracomment>
        <translation>Tu rutina «%1» toca hoy.</translation>
    </message>
</context>
<context>
    <name>limber::RemindersPage</name>
    <message>
        <source>&amp;Remind me to stretch</source>
        <translation>&amp;Recordarme que estire</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Después de</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes, with its leading space</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of computer use before a reminder</source>
        <translation>Minutos de uso del ordenador antes de un recordatorio</translation>
    </message>
    <message>
        <source>of computer use</source>
        <translation>de uso del ordenador</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>At &amp;these times:</source>
        <translation>A &amp;estas horas:</translation>
    </message>
    <message>
        <source>10:30 15:00</source>
        <extracomment>an example of times of day, separated by spaces</extracomment>
        <translation>10:30 15:00</translation>
    </message>
    <message>
        <source>Times of day, separated by spaces</source>
        <translation>Horas del día, separadas por espacios</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio de la jornada laboral</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin de la jornada laboral</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>between two times of day: &quot;09:00 to 18:00&quot;</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>Being away from the keyboard this long counts as a break, and the count starts again</source>
        <translation>Estar lejos del teclado durante este tiempo cuenta como una pausa, y la cuenta vuelve a empezar</translation>
    </message>
    <message>
        <source>A &amp;break is:</source>
        <translation>Cuenta como &amp;pausa:</translation>
    </message>
    <message>
        <source>Soft &amp;chime with each reminder</source>
        <translation>&amp;Sonido suave con cada recordatorio</translation>
    </message>
    <message>
        <source>&amp;Start Limber in the tray when I log in</source>
        <translation>&amp;Iniciar Limber en la bandeja al iniciar sesión</translation>
    </message>
    <message>
        <source>Reminders never interrupt a fullscreen window or a session, and wait while you are away.</source>
        <translation>Los recordatorios nunca interrumpen una ventana a pantalla completa ni una sesión, y esperan mientras no estás.</translation>
    </message>
    <message>
        <source>Write the times as hours and minutes with spaces between them, for example 10:30 15:00.</source>
        <translation>Escribe las horas en horas y minutos, separadas por espacios, por ejemplo 10:30 15:00.</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>La jornada laboral debe terminar después de empezar.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineArchive</name>
    <message>
        <source>the picture %1 of %2 is not in the archive</source>
        <translation>la imagen %1 de %2 no está en el archivo</translation>
    </message>
    <message>
        <source>%1 would be written outside the catalog folder; a picture&apos;s path must be relative, without &quot;..&quot;</source>
        <translation>%1 se escribiría fuera de la carpeta del catálogo; la ruta de una imagen debe ser relativa, sin «..»</translation>
    </message>
    <message>
        <source>the picture %1 is in the archive twice</source>
        <translation>la imagen %1 está dos veces en el archivo</translation>
    </message>
    <message>
        <source>the picture is larger than %1 MiB</source>
        <translation>la imagen ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>no es base64 válido</translation>
    </message>
    <message>
        <source>the pictures would unpack to more than %1 MiB</source>
        <translation>las imágenes ocuparían más de %1 MiB al desempaquetarlas</translation>
    </message>
    <message>
        <source>the picture %1 of %2 is left out: it cannot be read or is too large</source>
        <translation>la imagen %1 de %2 se omite: no se puede leer o es demasiado grande</translation>
    </message>
    <message>
        <source>%1 is not written: it would be larger than %2 MiB</source>
        <translation>%1 no se escribe: ocuparía más de %2 MiB</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, too large for a Limber archive</source>
        <translation>el archivo ocupa más de %1 MiB, demasiado para un archivo de Limber</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is not a Limber archive</source>
        <translation>esto no es un archivo de Limber</translation>
    </message>
    <message>
        <source>the file nests more than %1 levels deep; it is not a Limber archive</source>
        <translation>el archivo anida más de %1 niveles; no es un archivo de Limber</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (%1 at byte %2)</source>
        <translation>el archivo está dañado o incompleto (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the archive has no valid version number</source>
        <translation>el archivo no tiene un número de versión válido</translation>
    </message>
    <message>
        <source>this archive was made by a newer Limber (archive version %1); this Limber reads version %2. Update Limber to import it.</source>
        <translation>este archivo lo creó un Limber más reciente (versión de archivo %1); este Limber lee la versión %2. Actualiza Limber para importarlo.</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>esto no es un archivo</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>cannot write %1: its folder cannot be created</source>
        <translation>no se puede escribir %1: no se puede crear su carpeta</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>no se puede reemplazar %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>there is no folder to import into (the system gives no data location)</source>
        <translation>no hay carpeta donde importar (el sistema no indica una ubicación para datos)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Guardar rutina</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Editor de rutinas</translation>
    </message>
    <message>
        <source>e.g. Morning routine from my physio</source>
        <translation>p. ej. Rutina de mañana de mi fisio</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> al día</translation>
    </message>
    <message>
        <source>How many times a day</source>
        <translation>Cuántas veces al día</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> días a la semana</translation>
    </message>
    <message>
        <source>How many days a week</source>
        <translation>Cuántos días a la semana</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>Con qué &amp;frecuencia</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>In this routine</source>
        <translation>En esta rutina</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Ejercicios de esta rutina</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen exercise; Delete removes it.</source>
        <translation>Alt+Arriba y Alt+Abajo mueven el ejercicio elegido; Supr lo quita.</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
    <message>
        <source>Remove the chosen exercise from the routine</source>
        <translation>Quitar el ejercicio elegido de la rutina</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Timeline of the session</source>
        <translation>Desarrollo de la sesión</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>What this routine is for, what your physiotherapist said…</source>
        <translation>Para qué es esta rutina, qué dijo tu fisioterapeuta…</translation>
    </message>
    <message>
        <source>Notes for the whole routine</source>
        <translation>Notas para toda la rutina</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>A routine holds at most %n exercises.</source>
        <translation>
            <numerusform>Una rutina tiene como mucho %n ejercicio.</numerusform>
            <numerusform>Una rutina tiene como mucho %n ejercicios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add exercises from the list on the left.</source>
        <translation>Añade ejercicios de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>1 exercise · about %1</source>
        <translation>1 ejercicio · unos %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises · about %1</source>
        <translation>
            <numerusform>%n ejercicio · unos %1</numerusform>
            <numerusform>%n ejercicios · unos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the routine a name, so you can find it on home.</source>
        <translation>Ponle un nombre a la rutina para encontrarla en el inicio.</translation>
    </message>
    <message>
        <source>Add at least one exercise.</source>
        <translation>Añade al menos un ejercicio.</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>«%1» tiene cambios que aún no se han guardado.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineFiles</name>
    <message>
        <source>&amp;Export routine…</source>
        <translation>E&amp;xportar rutina…</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importar rutina…</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Limber routines (*.limber)</source>
        <translation>Rutinas de Limber (*.limber)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <source>The routine cannot be exported</source>
        <translation>No se puede exportar la rutina</translation>
    </message>
    <message>
        <source>There is no routine “%1”.</source>
        <translation>No hay ninguna rutina «%1».</translation>
    </message>
    <message>
        <source>The routine cannot be imported</source>
        <translation>No se puede importar la rutina</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>a routine in the list for a screen reader: its name, then &quot;4 exercises · about 6 min&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>New routine…</source>
        <translation>Nueva rutina…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Change the chosen routine</source>
        <translation>Cambiar la rutina elegida</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Make a copy of the chosen routine</source>
        <translation>Hacer una copia de la rutina elegida</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen routine; it can be undone</source>
        <translation>Eliminar la rutina elegida; se puede deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>My routines</source>
        <translation>Mis rutinas</translation>
    </message>
    <message>
        <source>Make a routine of your own from the exercises</source>
        <translation>Crear una rutina propia con los ejercicios</translation>
    </message>
    <message>
        <source>Put together the exercises that help you, or the ones your physiotherapist gave you, with your own holds and notes; then start them in one click.</source>
        <translation>Reúne los ejercicios que te ayudan, o los que te dio tu fisioterapeuta, con tus propios tiempos y notas; luego empiézalos con un clic.</translation>
    </message>
    <message>
        <source>Make your first routine…</source>
        <translation>Crea tu primera rutina…</translation>
    </message>
    <message>
        <source>Enter starts the chosen routine; Alt+Up and Alt+Down move it; Delete removes it.</source>
        <translation>Intro empieza la rutina elegida; Alt+Arriba y Alt+Abajo la mueven; Supr la elimina.</translation>
    </message>
    <message>
        <source>Start the chosen routine</source>
        <translation>Empezar la rutina elegida</translation>
    </message>
    <message>
        <source>Routine deleted</source>
        <translation>Rutina eliminada</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <extracomment>after a routine was deleted; &quot;Undo&quot; follows</extracomment>
        <translation>«%1» eliminada.</translation>
    </message>
    <message>
        <source>Undo deleting %1</source>
        <translation>Deshacer la eliminación de %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutinePanel</name>
    <message>
        <source>Choose all</source>
        <translation>Elegir todos</translation>
    </message>
    <message>
        <source>More for this region</source>
        <translation>Más para esta zona</translation>
    </message>
    <message>
        <source>Chosen region</source>
        <translation>Zona elegida</translation>
    </message>
    <message>
        <source>The ticked ones make a short session for today. Tick or untick to change it.</source>
        <translation>Los marcados forman una sesión corta para hoy. Marca o desmarca para cambiarla.</translation>
    </message>
    <message>
        <source>Do every exercise for this region</source>
        <translation>Hacer todos los ejercicios de esta zona</translation>
    </message>
    <message>
        <source>Start · %1</source>
        <extracomment>the session&apos;s planned length follows, e.g. &quot;Start · 4 min&quot;</extracomment>
        <translation>Empezar · %1</translation>
    </message>
    <message>
        <source>Start session, about %1</source>
        <translation>Empezar la sesión, unos %1</translation>
    </message>
    <message>
        <source>Tick an exercise to start</source>
        <translation>Marca un ejercicio para empezar</translation>
    </message>
    <message>
        <source>You have set aside every exercise here because they made the pain sharper, so Limber suggests none today. You can still tick one yourself, or choose &quot;Suggest it again&quot;. If the pain keeps getting sharper, please talk to your physiotherapist or doctor.</source>
        <translation>Has apartado todos los ejercicios de esta zona porque aumentaron el dolor, así que hoy Limber no propone ninguno. Aun así puedes marcar uno tú, o elegir «Volver a proponerlo». Si el dolor sigue aumentando, habla con tu fisioterapeuta o tu médico.</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutinePrintActions</name>
    <message>
        <source>P&amp;rint routine…</source>
        <translation>Imprimir &amp;rutina…</translation>
    </message>
    <message>
        <source>Export routine as PD&amp;F…</source>
        <translation>Exportar rutina como PD&amp;F…</translation>
    </message>
    <message>
        <source>Print the routine with its own doses and notes, and a grid to tick</source>
        <translation>Imprimir la rutina con sus propias dosis y notas, y una cuadrícula para marcar</translation>
    </message>
    <message>
        <source>Save the routine&apos;s handout as a PDF to print later or send on</source>
        <translation>Guardar la hoja de la rutina como PDF para imprimirla más tarde o enviarla</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print this routine, or save it as a PDF</source>
        <translation>Imprimir esta rutina o guardarla como PDF</translation>
    </message>
    <message>
        <source>“%1” has no exercises to print yet: add some in the routine editor.</source>
        <translation>«%1» aún no tiene ejercicios que imprimir: añada algunos en el editor de rutinas.</translation>
    </message>
    <message>
        <source>There is no routine to print yet: make one with New routine… under My routines.</source>
        <translation>Aún no hay ninguna rutina que imprimir: cree una con «Nueva rutina…» en «Mis rutinas».</translation>
    </message>
    <message>
        <source>Export routine as PDF</source>
        <translation>Exportar rutina como PDF</translation>
    </message>
    <message>
        <source>Print routine</source>
        <translation>Imprimir rutina</translation>
    </message>
</context>
<context>
    <name>limber::RoutineReader</name>
    <message>
        <source>must be at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>this is not a Limber routine (expected &quot;format&quot;: &quot;limber-routine&quot;)</source>
        <translation>esto no es una rutina de Limber (se esperaba &quot;format&quot;: &quot;limber-routine&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 up</source>
        <translation>debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>this routine was written by a newer Limber (format version %1); this Limber reads version %2. Update Limber to open it.</source>
        <translation>esta rutina la escribió un Limber más reciente (versión de formato %1); este Limber lee la versión %2. Actualiza Limber para abrirla.</translation>
    </message>
    <message>
        <source>must be an exercise id such as &quot;knee-to-chest&quot;, got %1</source>
        <translation>debe ser un identificador de ejercicio como &quot;knee-to-chest&quot;; se encontró %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, far more than any routine needs</source>
        <translation>el archivo ocupa más de %1 MiB, mucho más de lo que necesita una rutina</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file nests more than %1 levels deep; a routine needs three</source>
        <translation>el archivo anida más de %1 niveles; una rutina necesita tres</translation>
    </message>
    <message>
        <source>this is not valid JSON (line %1, byte %2): %3</source>
        <translation>esto no es JSON válido (línea %1, byte %2): %3</translation>
    </message>
    <message>
        <source>this is not a Limber routine (expected a JSON object at the top level)</source>
        <translation>esto no es una rutina de Limber (se esperaba un objeto JSON en el nivel superior)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>esto es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>no exercise %1 is installed; it is left out until it is</source>
        <translation>el ejercicio %1 no está instalado; se omite hasta que lo esté</translation>
    </message>
    <message>
        <source>ignored: %1 is done in repetitions, not held</source>
        <translation>se ignora: %1 se hace con repeticiones, no se mantiene</translation>
    </message>
    <message>
        <source>ignored: %1 is held, not done in repetitions</source>
        <translation>se ignora: %1 se mantiene, no se hace con repeticiones</translation>
    </message>
    <message>
        <source>%1 is held for at most %2 seconds; the hold is shortened to that</source>
        <translation>%1 se mantiene como mucho %2 segundos; el tiempo se acorta a eso</translation>
    </message>
</context>
<context>
    <name>limber::RoutineStore</name>
    <message>
        <source>more than %1 routines; this one is not loaded</source>
        <translation>más de %1 rutinas; esta no se carga</translation>
    </message>
    <message>
        <source>the routine&apos;s id %1 does not match the file name; rename the file to %2</source>
        <translation>el identificador %1 de la rutina no coincide con el nombre del archivo; cambia el nombre del archivo a %2</translation>
    </message>
    <message>
        <source>%1 is kept as it is: it cannot be read, and saving over it would lose it</source>
        <translation>%1 se deja como está: no se puede leer y guardar encima lo perdería</translation>
    </message>
    <message>
        <source>there is no routine %1</source>
        <translation>no hay ninguna rutina %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>no se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>there is no folder to keep routines in (the system gives no data location)</source>
        <translation>no hay carpeta donde guardar las rutinas (el sistema no indica una ubicación para datos)</translation>
    </message>
</context>
<context>
    <name>limber::RoutineWriter</name>
    <message>
        <source>%1 was written by a newer Limber (routine format version %2); this Limber writes version %3 and leaves the file as it is</source>
        <translation>%1 lo escribió un Limber más reciente (versión de formato de rutina %2); este Limber escribe la versión %3 y deja el archivo como está</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>no se puede escribir %1: no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 cannot be created</source>
        <translation>no se puede escribir %1: no se puede crear la carpeta %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesController</name>
    <message>
        <source>The routine cannot be deleted</source>
        <translation>No se puede eliminar la rutina</translation>
    </message>
    <message>
        <source>The routine cannot be put back</source>
        <translation>No se puede recuperar la rutina</translation>
    </message>
    <message>
        <source>The routine cannot be copied</source>
        <translation>No se puede copiar la rutina</translation>
    </message>
    <message>
        <source>The new order cannot be saved</source>
        <translation>No se puede guardar el nuevo orden</translation>
    </message>
</context>
<context>
    <name>limber::SessionOverlay</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
</context>
<context>
    <name>limber::SessionView</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Limber paused because the computer was asleep or busy. Press %1 or click Resume when you are ready.</source>
        <translation>Limber se ha pausado porque el ordenador estaba en reposo u ocupado. Pulsa %1 o haz clic en Reanudar cuando estés listo.</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Qué viene después</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Saltar al paso siguiente</translation>
    </message>
    <message>
        <source>End the session and go back home</source>
        <translation>Terminar la sesión y volver al inicio</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>¿Detener esta sesión?</translation>
    </message>
    <message>
        <source>You can start again from home whenever you like.</source>
        <translation>Puedes volver a empezar desde el inicio cuando quieras.</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
    <message>
        <source>second</source>
        <comment>unit under the countdown</comment>
        <translation>segundo</translation>
    </message>
    <message numerus="yes">
        <source>seconds</source>
        <comment>unit under the countdown</comment>
        <translation>
            <numerusform>segundo</numerusform>
            <numerusform>segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Take your time. Press %1 or click Resume when you are ready.</source>
        <extracomment>%1 is the key that resumes, e.g. &quot;Space&quot;</extracomment>
        <translation>Tómate tu tiempo. Pulsa %1 o haz clic en Reanudar cuando estés listo.</translation>
    </message>
    <message>
        <source>Floor view</source>
        <translation>Vista desde el suelo</translation>
    </message>
    <message>
        <source>Full screen in big type, to follow from a mat</source>
        <translation>Pantalla completa con letra grande, para seguir desde la esterilla</translation>
    </message>
</context>
<context>
    <name>limber::SessionWording</name>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 done</source>
        <translation>Serie %1 de %2 hecha</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Last step, then you are done</source>
        <translation>Último paso y habrás terminado</translation>
    </message>
    <message>
        <source>Next exercise: %1</source>
        <translation>Siguiente ejercicio: %1</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <extracomment>what comes next and how long it lasts, e.g. &quot;Next: Release · 10 s&quot;</extracomment>
        <translation>Después: %1 · %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>time left in the whole session, e.g. &quot;3:40 left&quot;</extracomment>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>limber::SetAsideBook</name>
    <message>
        <source>Limber&apos;s history is not available, so nothing can be set aside.</source>
        <translation>El historial de Limber no está disponible, así que no se puede apartar nada.</translation>
    </message>
    <message>
        <source>Limber&apos;s history is not available.</source>
        <translation>El historial de Limber no está disponible.</translation>
    </message>
</context>
<context>
    <name>limber::SetAsideNote</name>
    <message>
        <source>Suggest it again</source>
        <translation>Volver a proponerlo</translation>
    </message>
    <message>
        <source>Limber will tick it again when it suggests exercises for this region</source>
        <translation>Limber volverá a marcarlo cuando proponga ejercicios para esta zona</translation>
    </message>
    <message>
        <source>You marked this as making the pain sharper, so Limber no longer suggests it.</source>
        <translation>Indicaste que este ejercicio aumentó el dolor, así que Limber ya no lo propone.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>You marked this on %1: it made the pain sharper. Limber no longer suggests it.</source>
        <extracomment>%1 is a day, e.g. &quot;1 December&quot;</extracomment>
        <translation>Lo marcaste el %1: te aumentó el dolor. Limber ya no lo propone.</translation>
    </message>
</context>
<context>
    <name>limber::SilentChimes</name>
    <message>
        <source>Limber&apos;s sound module could not be loaded: the session will be silent.</source>
        <translation>No se ha podido cargar el módulo de sonido de Limber: la sesión será silenciosa.</translation>
    </message>
</context>
<context>
    <name>limber::SqliteHistoryStore</name>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>No se ha podido exportar el historial a %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 for Limber&apos;s history could not be created.</source>
        <translation>No se ha podido crear la carpeta %1 para el historial de Limber.</translation>
    </message>
    <message>
        <source>The history file %1 was damaged and could not be read. It was kept as %2, and a new, empty history was started.</source>
        <translation>El archivo de historial %1 estaba dañado y no se ha podido leer. Se ha guardado como %2 y se ha empezado un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>The history file %1 could not be opened: %2</source>
        <translation>No se ha podido abrir el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 could not be read: %2</source>
        <translation>No se ha podido leer el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Limber (format %2; this version reads up to %3). Please update Limber.</source>
        <translation>El archivo de historial %1 lo ha escrito una versión más reciente de Limber (formato %2; esta versión lee hasta el %3). Actualiza Limber, por favor.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be moved aside: %2</source>
        <translation>El archivo de historial %1 está dañado y no se ha podido apartar: %2</translation>
    </message>
    <message>
        <source>a pain level must be between 0 and 10, not %1</source>
        <translation>el nivel de dolor debe estar entre 0 y 10, no puede ser %1</translation>
    </message>
    <message>
        <source>there is no running session %1</source>
        <translation>no hay ninguna sesión %1 en curso</translation>
    </message>
    <message>
        <source>a session can only finish completed or stopped</source>
        <translation>una sesión solo puede terminar completada o detenida</translation>
    </message>
    <message>
        <source>there is no unfinished session %1</source>
        <translation>no hay ninguna sesión %1 sin terminar</translation>
    </message>
    <message>
        <source>session %1 is not an interrupted session that can be continued</source>
        <translation>la sesión %1 no es una sesión interrumpida que se pueda continuar</translation>
    </message>
    <message>
        <source>there is no session %1</source>
        <translation>no existe la sesión %1</translation>
    </message>
    <message>
        <source>session %1 is not an interrupted session</source>
        <translation>la sesión %1 no es una sesión interrumpida</translation>
    </message>
    <message>
        <source>The history file %1 is not open.</source>
        <translation>El archivo de historial %1 no está abierto.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space: Limber keeps trying at every step, and nothing saved before is lost</source>
        <translation>el disco está lleno. Libera algo de espacio: Limber lo vuelve a intentar en cada paso y no se pierde nada de lo ya guardado</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>No se ha podido guardar el historial en %1: %2</translation>
    </message>
    <message>
        <source>there is no reminder %1</source>
        <translation>no existe el recordatorio %1</translation>
    </message>
    <message>
        <source>reminder %1 was already answered (%2)</source>
        <translation>el recordatorio %1 ya tenía respuesta (%2)</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Limber (format %2; this version reads up to %3).</source>
        <translation>El archivo de historial %1 lo escribió una versión más reciente de Limber (formato %2; esta versión lee hasta el %3).</translation>
    </message>
    <message>
        <source>no exercise was named to set aside</source>
        <translation>no se indicó ningún ejercicio para apartar</translation>
    </message>
    <message>
        <source>there is no set-aside mark %1</source>
        <translation>no existe la marca de apartado %1</translation>
    </message>
</context>
<context>
    <name>limber::StoreLibrary</name>
    <message>
        <source>There is no routine “%1”.</source>
        <translation>No hay ninguna rutina «%1».</translation>
    </message>
</context>
<context>
    <name>limber::StretchTray</name>
    <message>
        <source>Start a Region</source>
        <translation>Estirar una zona</translation>
    </message>
    <message>
        <source>Remind Me In</source>
        <translation>Recordármelo dentro de</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause Reminders</source>
        <translation>Pausar los recordatorios</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Until I Resume Them</source>
        <translation>Hasta que los reanude</translation>
    </message>
    <message>
        <source>Resume Reminders</source>
        <translation>Reanudar los recordatorios</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>Abrir Limber</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Start a Stretch</source>
        <translation>Empezar a estirar</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Empezar: %1</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Recordatorios en pausa hasta las %1</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them</source>
        <translation>Recordatorios en pausa hasta que los reanudes</translation>
    </message>
    <message>
        <source>Next reminder at %1</source>
        <translation>Próximo recordatorio a las %1</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Los recordatorios están desactivados</translation>
    </message>
    <message>
        <source>Limber: reminders paused</source>
        <translation>Limber: recordatorios en pausa</translation>
    </message>
    <message>
        <source>Limber: %1</source>
        <translation>Limber: %1</translation>
    </message>
    <message>
        <source>Next reminder tomorrow at %1</source>
        <translation>Próximo recordatorio mañana a las %1</translation>
    </message>
    <message>
        <source>Next reminder on %1 at %2</source>
        <extracomment>e.g. &quot;Next reminder on Monday at 09:50&quot;</extracomment>
        <translation>Próximo recordatorio el %1 a las %2</translation>
    </message>
    <message>
        <source>Start Routine: %1</source>
        <extracomment>the tray menu&apos;s entry for one of the person&apos;s routines that is due today, e.g. &quot;Start Routine: Physio&quot;</extracomment>
        <translation>Empezar la rutina: %1</translation>
    </message>
</context>
<context>
    <name>limber::SummaryView</name>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Take a moment before you get up, and stand up slowly. A short session like this helps most when you come back to it regularly.</source>
        <translation>Tómate un momento antes de levantarte y hazlo despacio. Una sesión corta como esta ayuda más cuando la repites con regularidad.</translation>
    </message>
    <message>
        <source>Do the same exercises once more</source>
        <translation>Hacer los mismos ejercicios otra vez</translation>
    </message>
    <message>
        <source>Go back to choosing where it hurts</source>
        <translation>Volver a elegir dónde te duele</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>You did 1 exercise in %1.</source>
        <translation>Has hecho 1 ejercicio en %1.</translation>
    </message>
    <message numerus="yes">
        <source>You did %n exercises in %1.</source>
        <extracomment>e.g. &quot;You did 2 exercises in 6 min.&quot;</extracomment>
        <translation>
            <numerusform>Has hecho %n ejercicio en %1.</numerusform>
            <numerusform>Has hecho %n ejercicios en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Continuar donde lo dejé</translation>
    </message>
    <message>
        <source>Remind me on weekdays, after 50 minutes at the computer</source>
        <translation>Recordarme estirar entre semana, tras 50 minutos frente al ordenador</translation>
    </message>
    <message>
        <source>Do the rest of the session, from the exercise it stopped at</source>
        <translation>Hacer el resto de la sesión, desde el ejercicio en que se detuvo</translation>
    </message>
    <message>
        <source>Turns on stretch reminders; you can change them in Preferences</source>
        <translation>Activa los recordatorios para estirar; puedes cambiarlos en Preferencias</translation>
    </message>
    <message>
        <source>Your routine: %1</source>
        <extracomment>the summary names the person&apos;s own routine the session ran: &quot;Your routine: Morning back&quot;</extracomment>
        <translation>Tu rutina: %1</translation>
    </message>
</context>
<context>
    <name>limber::TrayCompanion</name>
    <message>
        <source>This desktop has no tray (no panel that shows status icons), so closing the window minimizes it. Reminders still come.</source>
        <translation>Este escritorio no tiene bandeja del sistema (ningún panel que muestre iconos de estado), así que al cerrar la ventana se minimiza. Los recordatorios siguen llegando.</translation>
    </message>
    <message>
        <source>Limber is still here</source>
        <translation>Limber sigue aquí</translation>
    </message>
    <message>
        <source>It keeps reminding you to stretch from the panel. Choose Quit in its menu to close it.</source>
        <translation>Sigue recordándote que estires desde el panel. Elige Salir en su menú para cerrarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file problem(s): open Limber to see them all.</source>
        <translation>
            <numerusform>Un problema más con un archivo: abre Limber para verlos todos.</numerusform>
            <numerusform>%n problemas más con archivos: abre Limber para verlos todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber could not read a file</source>
        <translation>Limber no ha podido leer un archivo</translation>
    </message>
</context>
<context>
    <name>limber::VoiceGuide</name>
    <message>
        <source>No speech engine is installed, so there is no spoken guidance.</source>
        <translation>No hay ningún motor de voz instalado, así que no hay guía hablada.</translation>
    </message>
    <message>
        <source>No sound output found, so the voice cannot be heard.</source>
        <translation>No se ha encontrado ninguna salida de sonido, así que la voz no se puede oír.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>El motor de voz ha dejado de funcionar (%1).</translation>
    </message>
    <message>
        <source>The speech engine cannot play its voice here (%1).</source>
        <translation>El motor de voz no puede reproducir su voz aquí (%1).</translation>
    </message>
</context>
<context>
    <name>limber::VoiceLines</name>
    <message>
        <source>%1.</source>
        <comment>a repetition number, spoken on its own</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Let&apos;s begin.</source>
        <translation>Empecemos.</translation>
    </message>
    <message>
        <source>Get into position.</source>
        <translation>Colócate en posición.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the exercise name, spoken</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Start with your left side.</source>
        <translation>Empieza por el lado izquierdo.</translation>
    </message>
    <message>
        <source>Start with your right side.</source>
        <translation>Empieza por el lado derecho.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>Mantén 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Mantén %n segundo.</numerusform>
            <numerusform>Mantén %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Mantén.</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Suelta.</translation>
    </message>
    <message>
        <source>Release and rest. Next: %1.</source>
        <translation>Suelta y descansa. Después: %1.</translation>
    </message>
    <message>
        <source>Release and rest.</source>
        <translation>Suelta y descansa.</translation>
    </message>
    <message>
        <source>Switch to your left side.</source>
        <translation>Cambia al lado izquierdo.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambia de lado.</translation>
    </message>
    <message>
        <source>Switch to your right side.</source>
        <translation>Cambia al lado derecho.</translation>
    </message>
    <message>
        <source>Breathe in.</source>
        <translation>Inspira.</translation>
    </message>
    <message>
        <source>Breathe out.</source>
        <translation>Espira.</translation>
    </message>
    <message>
        <source>Exercise complete.</source>
        <translation>Ejercicio completado.</translation>
    </message>
    <message>
        <source>Well done. Your session is complete.</source>
        <translation>Bien hecho. Has completado la sesión.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bien hecho.</translation>
    </message>
</context>
<context>
    <name>limber::VoicePicker</name>
    <message>
        <source>No speech engine is installed, so there is no spoken guidance.</source>
        <translation>No hay ningún motor de voz instalado, así que no hay guía hablada.</translation>
    </message>
    <message>
        <source>The speech engine could not start (%1).</source>
        <translation>El motor de voz no ha podido iniciarse (%1).</translation>
    </message>
    <message>
        <source>No installed voice speaks %1. Install speech-dispatcher and espeak-ng for spoken guidance in this language; the chimes guide you meanwhile.</source>
        <translation>Ninguna voz instalada habla %1. Instale speech-dispatcher y espeak-ng para tener instrucciones habladas en este idioma; mientras tanto, los sonidos le guían.</translation>
    </message>
    <message>
        <source>Limber speaks %1 through %2.</source>
        <translation>Limber habla %1 mediante %2.</translation>
    </message>
    <message>
        <source>Limber speaks %1 with the voice “%2” of %3.</source>
        <extracomment>%1 a language in its own words, %2 the name of a voice, %3 a speech engine</extracomment>
        <translation>Limber habla %1 con la voz «%2» de %3.</translation>
    </message>
</context>
<context>
    <name>limber::WeeklyGoalView</name>
    <message>
        <source>Weekly goal reached: 1 session this week</source>
        <translation>Objetivo semanal cumplido: 1 sesión esta semana</translation>
    </message>
    <message numerus="yes">
        <source>Weekly goal reached: %n sessions this week</source>
        <extracomment>the weekly goal is reached; %n is the number of sessions done this week</extracomment>
        <translation>
            <numerusform>Objetivo semanal cumplido: %n sesión esta semana</numerusform>
            <numerusform>Objetivo semanal cumplido: %n sesiones esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 session this week</source>
        <translation>%1 de 1 sesión esta semana</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions this week</source>
        <extracomment>%1 sessions done so far this week, of a goal of %n (&quot;3 of 5 sessions this week&quot;)</extracomment>
        <translation>
            <numerusform>%1 de %n sesión esta semana</numerusform>
            <numerusform>%1 de %n sesiones esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>Your weekly goal can be changed in Preferences.</source>
        <translation>Puedes cambiar tu objetivo semanal en Preferencias.</translation>
    </message>
</context>
<context>
    <name>limber::WorkraveImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import Workrave exercises</source>
        <translation>Importar ejercicios de Workrave</translation>
    </message>
    <message>
        <source>Workrave&apos;s exercises become your own Limber exercises, with their pictures. Importing the same file again replaces the exercises imported from it before.</source>
        <translation>Los ejercicios de Workrave pasan a ser ejercicios tuyos en Limber, con sus imágenes. Si vuelves a importar el mismo archivo, sustituye los ejercicios que importaste de él antes.</translation>
    </message>
    <message>
        <source>Workrave exercises file</source>
        <translation>Archivo de ejercicios de Workrave</translation>
    </message>
    <message>
        <source>exercises.xml</source>
        <translation>exercises.xml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Region for the imported exercises</source>
        <translation>Zona para los ejercicios importados</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Exercises in the file</source>
        <translation>Ejercicios del archivo</translation>
    </message>
    <message>
        <source>Sitting or standing at your desk.</source>
        <translation>Sentado o de pie junto a tu mesa.</translation>
    </message>
    <message>
        <source>Follow the pictures.</source>
        <translation>Sigue las imágenes.</translation>
    </message>
    <message>
        <source>From Workrave&apos;s exercises.</source>
        <translation>De los ejercicios de Workrave.</translation>
    </message>
    <message>
        <source>Workrave is not installed here. Choose an exercises.xml file.</source>
        <translation>Workrave no está instalado aquí. Elige un archivo exercises.xml.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <extracomment>%1 is the problem, which names the file</extracomment>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) will be added to %1.</source>
        <translation>
            <numerusform>Se añadirá %n ejercicio a %1.</numerusform>
            <numerusform>Se añadirán %n ejercicios a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workrave exercises (*.xml)</source>
        <translation>Ejercicios de Workrave (*.xml)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>The exercises were written, but Limber cannot read them back: %1</source>
        <translation>Los ejercicios se han guardado, pero Limber no puede volver a leerlos: %1</translation>
    </message>
    <message>
        <source>Import &amp;Workrave Exercises…</source>
        <translation>Importar ejercicios de &amp;Workrave…</translation>
    </message>
</context>
</TS>
