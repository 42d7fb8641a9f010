<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Catalog</name>
    <message>
        <source>Neck and shoulders</source>
        <translation>Nacken und Schultern</translation>
    </message>
    <message>
        <source>Slow, gentle stretches that ease a stiff neck and tight shoulders.</source>
        <translation>Langsame, sanfte Dehnungen, die einen steifen Nacken und verspannte Schultern lockern.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Easy movements that loosen the muscles around your shoulder blades and along your spine.</source>
        <translation>Leichte Bewegungen, die die Muskeln rund um deine Schulterblätter und entlang der Wirbelsäule lockern.</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Calm stretches on the floor that help your lower back and hips let go.</source>
        <translation>Ruhige Dehnungen am Boden, bei denen dein unterer Rücken und deine Hüften loslassen können.</translation>
    </message>
    <message>
        <source>Flexion stretch</source>
        <translation>Nackendehnung nach vorn</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Sit or stand tall and let your shoulders soften.</source>
        <translation>Setz oder stell dich aufrecht hin und lass die Schultern locker.</translation>
    </message>
    <message>
        <source>Place one hand lightly on the top of your head.</source>
        <translation>Leg eine Hand leicht oben auf deinen Kopf.</translation>
    </message>
    <message>
        <source>Let your hand ease your head forward until your chin comes close to your chest.</source>
        <translation>Lass deine Hand den Kopf sanft nach vorn führen, bis dein Kinn nah an die Brust kommt.</translation>
    </message>
    <message>
        <source>Stay there and breathe slowly, then lift your head back up.</source>
        <translation>Bleib so und atme langsam, dann heb den Kopf wieder an.</translation>
    </message>
    <message>
        <source>Sitting or standing, upright and relaxed.</source>
        <translation>Im Sitzen oder Stehen, aufrecht und entspannt.</translation>
    </message>
    <message>
        <source>Lateral flexion stretch</source>
        <translation>Seitliche Nackendehnung</translation>
    </message>
    <message>
        <source>Side of the neck</source>
        <translation>Seitlicher Nacken</translation>
    </message>
    <message>
        <source>Keep your back straight and let your shoulders drop.</source>
        <translation>Halte den Rücken gerade und lass die Schultern sinken.</translation>
    </message>
    <message>
        <source>Reach one hand over your head and rest it on the far side.</source>
        <translation>Führ eine Hand über den Kopf und leg sie auf die andere Seite.</translation>
    </message>
    <message>
        <source>Gently guide your ear down toward the shoulder on the side of that hand.</source>
        <translation>Zieh dein Ohr sanft nach unten zur Schulter auf der Seite dieser Hand.</translation>
    </message>
    <message>
        <source>Breathe easily while you hold, then bring your head back to the middle.</source>
        <translation>Atme ruhig, während du hältst, und bring den Kopf dann zurück in die Mitte.</translation>
    </message>
    <message>
        <source>Do the same on the other side.</source>
        <translation>Mach dasselbe auf der anderen Seite.</translation>
    </message>
    <message>
        <source>Sitting or standing with a straight back and loose shoulders.</source>
        <translation>Im Sitzen oder Stehen, mit geradem Rücken und lockeren Schultern.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Schulterkreisen</translation>
    </message>
    <message>
        <source>Trapezius</source>
        <translation>Trapezmuskel</translation>
    </message>
    <message>
        <source>Let your arms hang loosely by your sides.</source>
        <translation>Lass die Arme locker neben dem Körper hängen.</translation>
    </message>
    <message>
        <source>Breathe in as you raise your shoulders up toward your ears.</source>
        <translation>Atme ein und zieh dabei die Schultern hoch zu den Ohren.</translation>
    </message>
    <message>
        <source>Draw your shoulders back and gently press your shoulder blades together.</source>
        <translation>Nimm die Schultern nach hinten und drück die Schulterblätter sanft zusammen.</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders sink back down.</source>
        <translation>Atme aus und lass die Schultern wieder sinken.</translation>
    </message>
    <message>
        <source>Standing or sitting, arms hanging loosely by your sides.</source>
        <translation>Im Stehen oder Sitzen, die Arme hängen locker neben dem Körper.</translation>
    </message>
    <message>
        <source>Breathe in and lift your shoulders toward your ears</source>
        <translation>Atme ein und heb die Schultern zu den Ohren</translation>
    </message>
    <message>
        <source>Roll your shoulders back and squeeze your shoulder blades together</source>
        <translation>Roll die Schultern nach hinten und drück die Schulterblätter zusammen</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders drop</source>
        <translation>Atme aus und lass die Schultern sinken</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>Come onto your hands and knees, wrists below your shoulders and knees below your hips.</source>
        <translation>Geh in den Vierfüßlerstand: die Handgelenke unter den Schultern, die Knie unter den Hüften.</translation>
    </message>
    <message>
        <source>Take one slow, deep breath in to begin.</source>
        <translation>Atme zu Beginn einmal langsam und tief ein.</translation>
    </message>
    <message>
        <source>As you breathe out, round your back up toward the ceiling and draw your belly button in.</source>
        <translation>Beim Ausatmen machst du einen runden Rücken zur Decke hin und ziehst den Bauchnabel ein.</translation>
    </message>
    <message>
        <source>As you breathe in, let your back dip and your belly soften while your chin and tailbone rise.</source>
        <translation>Beim Einatmen lässt du den Rücken durchhängen und den Bauch weich werden, während Kinn und Steißbein nach oben gehen.</translation>
    </message>
    <message>
        <source>Keep flowing gently between the two shapes with your breath.</source>
        <translation>Wechsle weiter sanft zwischen den beiden Haltungen, im Rhythmus deines Atems.</translation>
    </message>
    <message>
        <source>On your hands and knees, wrists below your shoulders and knees below your hips.</source>
        <translation>Im Vierfüßlerstand: die Handgelenke unter den Schultern, die Knie unter den Hüften.</translation>
    </message>
    <message>
        <source>Breathe out and round your back up toward the ceiling</source>
        <translation>Atme aus und mach einen runden Rücken zur Decke hin</translation>
    </message>
    <message>
        <source>Breathe in, let your belly sink and lift your chin</source>
        <translation>Atme ein, lass den Bauch sinken und heb das Kinn</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Kindhaltung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Ankles</source>
        <translation>Fußgelenke</translation>
    </message>
    <message>
        <source>Kneel down and rest your palms on your thighs.</source>
        <translation>Knie dich hin und leg die Handflächen auf die Oberschenkel.</translation>
    </message>
    <message>
        <source>Fold forward slowly, letting your chest settle between your knees.</source>
        <translation>Beug dich langsam nach vorn und lass die Brust zwischen den Knien ruhen.</translation>
    </message>
    <message>
        <source>Slide your arms out along the floor in front of you.</source>
        <translation>Schieb die Arme vor dir am Boden entlang nach vorn.</translation>
    </message>
    <message>
        <source>Let your upper body sink toward the floor only as far as feels comfortable, and breathe.</source>
        <translation>Lass den Oberkörper nur so weit zum Boden sinken, wie es sich angenehm anfühlt, und atme.</translation>
    </message>
    <message>
        <source>Kneeling, with your palms resting on your thighs.</source>
        <translation>Im Knien, die Handflächen liegen auf den Oberschenkeln.</translation>
    </message>
    <message>
        <source>Knee-to-chest stretch</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and your feet flat.</source>
        <translation>Leg dich auf den Rücken, die Knie gebeugt und die Füße flach aufgestellt.</translation>
    </message>
    <message>
        <source>Slowly bring both knees up toward your chest.</source>
        <translation>Zieh langsam beide Knie zur Brust.</translation>
    </message>
    <message>
        <source>Hold your knees with your hands and gently draw them a little closer.</source>
        <translation>Halte die Knie mit den Händen und zieh sie sanft noch ein wenig näher heran.</translation>
    </message>
    <message>
        <source>Breathe calmly while you hold, then lower your feet back to the floor.</source>
        <translation>Atme ruhig, während du hältst, und stell die Füße dann wieder auf den Boden.</translation>
    </message>
    <message>
        <source>Lying on your back, knees bent and feet flat on the floor.</source>
        <translation>In Rückenlage, die Knie gebeugt und die Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <source>Piriformis stretch</source>
        <translation>Piriformis-Dehnung</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriformis</translation>
    </message>
    <message>
        <source>Lift one leg, keeping that knee bent.</source>
        <translation>Heb ein Bein an und lass das Knie dabei gebeugt.</translation>
    </message>
    <message>
        <source>Reach across with your other hand and take hold of the raised knee.</source>
        <translation>Greif mit der anderen Hand hinüber und fass das angehobene Knie.</translation>
    </message>
    <message>
        <source>Gently guide that knee toward the opposite shoulder, then hold and breathe.</source>
        <translation>Führ das Knie sanft zur gegenüberliegenden Schulter, dann halte und atme.</translation>
    </message>
    <message>
        <source>Lower the leg and repeat on the other side.</source>
        <translation>Senk das Bein ab und wiederhole es auf der anderen Seite.</translation>
    </message>
    <message>
        <source>The piriformis is a small muscle deep in your buttock.</source>
        <translation>Der Piriformis ist ein kleiner Muskel tief in deinem Gesäß.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Beckenkippen</translation>
    </message>
    <message>
        <source>Abdominals</source>
        <translation>Bauchmuskeln</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles so your lower back presses flat against the floor.</source>
        <translation>Spann die Bauchmuskeln an, sodass dein unterer Rücken flach auf den Boden drückt.</translation>
    </message>
    <message>
        <source>Let your pelvis tip up slightly as you do.</source>
        <translation>Lass dein Becken dabei leicht nach oben kippen.</translation>
    </message>
    <message>
        <source>Hold without straining, then relax and breathe normally.</source>
        <translation>Halte, ohne dich anzustrengen, dann entspann dich und atme normal.</translation>
    </message>
    <message>
        <source>This one builds strength: firm stomach muscles support your spine and help keep back pain away.</source>
        <translation>Diese Übung kräftigt: Starke Bauchmuskeln stützen die Wirbelsäule und helfen, Rückenschmerzen vorzubeugen.</translation>
    </message>
    <message>
        <source>Cobra stretch</source>
        <translation>Kobra</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Lie face down with your toes pointing out and your palms flat below your shoulders.</source>
        <translation>Leg dich auf den Bauch, die Zehen gestreckt und die Handflächen flach unter den Schultern.</translation>
    </message>
    <message>
        <source>Breathe in and slowly straighten your arms to raise your chest.</source>
        <translation>Atme ein und streck langsam die Arme, um die Brust anzuheben.</translation>
    </message>
    <message>
        <source>Tip your head back a little and look up, keeping your stomach muscles working.</source>
        <translation>Neig den Kopf ein wenig nach hinten und schau nach oben; die Bauchmuskeln bleiben dabei angespannt.</translation>
    </message>
    <message>
        <source>Pause and breathe deeply, then breathe out and lower yourself back down.</source>
        <translation>Halte kurz inne und atme tief, dann atme aus und senk dich wieder ab.</translation>
    </message>
    <message>
        <source>Lying face down, toes pointing out and palms flat below your shoulders.</source>
        <translation>In Bauchlage, die Zehen gestreckt und die Handflächen flach unter den Schultern.</translation>
    </message>
    <message>
        <source>Breathe in and press up to lift your chest</source>
        <translation>Atme ein und drück dich hoch, um die Brust zu heben</translation>
    </message>
    <message>
        <source>Look up and hold, breathing deeply</source>
        <translation>Schau nach oben und halte, atme tief</translation>
    </message>
    <message>
        <source>Breathe out and lower yourself down</source>
        <translation>Atme aus und senk dich ab</translation>
    </message>
</context>
<context>
    <name>DoseText</name>
    <message>
        <source>Hold %1 each side</source>
        <translation>%1 pro Seite halten</translation>
    </message>
    <message numerus="yes">
        <source>%n × %1 each side</source>
        <extracomment>sets × hold length, e.g. &quot;3 × 30 s each side&quot;</extracomment>
        <translation>
            <numerusform>%n × %1 pro Seite</numerusform>
            <numerusform>%n × %1 pro Seite</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 · %n times</source>
        <translation>
            <numerusform>%1 halten · einmal</numerusform>
            <numerusform>%1 halten · %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 times</source>
        <extracomment>a range of repetitions, e.g. &quot;20–30 times&quot;</extracomment>
        <translation>%1–%2-mal</translation>
    </message>
    <message>
        <source>Once, slowly</source>
        <translation>Einmal, langsam</translation>
    </message>
    <message numerus="yes">
        <source>%n times, slowly</source>
        <translation>
            <numerusform>Einmal, langsam</numerusform>
            <numerusform>%n-mal, langsam</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · hold %2 each</source>
        <translation>%1 · jeweils %2 halten</translation>
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
        <translation>Einmal am Tag</translation>
    </message>
    <message>
        <source>Twice a day</source>
        <translation>Zweimal am Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n-mal am Tag</numerusform>
            <numerusform>%n-mal am Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>1 day a week</source>
        <translation>1 Tag pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n days a week</source>
        <translation>
            <numerusform>%n Tag pro Woche</numerusform>
            <numerusform>%n Tage pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>how often per day, then per week: &quot;Twice a day, 5 days a week&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>the planned length of a routine, e.g. &quot;about 6 min&quot;</extracomment>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <source>rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Routine ohne Namen</translation>
    </message>
    <message>
        <source>%1 of %2 days this week</source>
        <extracomment>a routine&apos;s days with a session this week, against its days a week: &quot;3 of 5 days this week&quot;</extracomment>
        <translation>%1 von %2 Tagen diese Woche</translation>
    </message>
    <message>
        <source>%1 of %2 today</source>
        <extracomment>a routine&apos;s sessions today, against its times a day: &quot;1 of 2 today&quot;</extracomment>
        <translation>heute %1 von %2</translation>
    </message>
    <message>
        <source>done today</source>
        <translation>heute gemacht</translation>
    </message>
    <message>
        <source>not yet today</source>
        <translation>heute noch nicht</translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>These gentle stretches are for everyday aches. They can&apos;t tell you what is causing your pain: if it lasts, keeps coming back or is severe, please have a doctor or chiropractor look at it. Move slowly, and stop any exercise that makes the pain sharper.</source>
        <translation>Diese sanften Dehnungen sind für alltägliche Beschwerden gedacht. Sie können dir nicht sagen, woher deine Schmerzen kommen: Wenn sie anhalten, immer wiederkommen oder stark sind, lass sie bitte ärztlich oder chiropraktisch abklären. Beweg dich langsam und hör mit jeder Übung auf, die den Schmerz verstärkt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resting alone usually brings only short relief. Gentle, specific movements help the muscles of your back relax, and that often eases the pain.&lt;/p&gt;&lt;p&gt;Limber helps you do a few of these stretches well: choose where it hurts, and it suggests one or two exercises and guides you through them with timing and breathing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is not a diagnosis or a treatment plan.&lt;/b&gt; Back pain has many causes. If your pain lasts more than a few days, keeps coming back, is severe, spreads into your legs, or comes with numbness, weakness or fever, please see a doctor or chiropractor.&lt;/p&gt;&lt;p&gt;Move slowly and breathe. A stretch should feel like a gentle pull, never like sharp pain: if it hurts more, stop.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nur Schonung bringt meist bloß kurz Erleichterung. Sanfte, gezielte Bewegungen helfen den Rückenmuskeln, sich zu entspannen, und das lindert oft den Schmerz.&lt;/p&gt;&lt;p&gt;Limber hilft dir, einige dieser Dehnungen gut auszuführen: Wähl, wo es wehtut, und Limber schlägt dir ein oder zwei Übungen vor und führt dich mit Zeitangaben und Atemhinweisen hindurch.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Es ist keine Diagnose und kein Behandlungsplan.&lt;/b&gt; Rückenschmerzen haben viele Ursachen. Wenn deine Schmerzen länger als ein paar Tage anhalten, immer wiederkommen, stark sind, in die Beine ausstrahlen oder mit Taubheit, Schwäche oder Fieber einhergehen, geh bitte zu einer Ärztin, einem Arzt oder zur Chiropraktik.&lt;/p&gt;&lt;p&gt;Beweg dich langsam und atme. Eine Dehnung sollte sich wie ein sanftes Ziehen anfühlen, nie wie ein stechender Schmerz: Wenn es mehr wehtut, hör auf.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
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
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>limber::BodyRegionPicker</name>
    <message>
        <source>Press to see exercises for this region; press again to start.</source>
        <translation>Drücken, um die Übungen für diesen Bereich zu sehen; noch einmal drücken, um zu starten.</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <source>A figure seen from behind. Choose the part of your back that hurts.</source>
        <translation>Eine Figur von hinten. Wähl den Teil deines Rückens, der wehtut.</translation>
    </message>
    <message>
        <source>Click the part that hurts</source>
        <translation>Klick auf die Stelle, die wehtut</translation>
    </message>
    <message>
        <source>Press Enter or double-click to start</source>
        <translation>Zum Starten Eingabetaste drücken oder doppelklicken</translation>
    </message>
    <message>
        <source>Double-click to start</source>
        <translation>Zum Starten doppelklicken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Press Space to see its exercises</source>
        <translation>Leertaste drücken, um die Übungen zu sehen</translation>
    </message>
    <message>
        <source>Click to see its exercises</source>
        <translation>Klicken, um die Übungen zu sehen</translation>
    </message>
</context>
<context>
    <name>limber::BreathGuide</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Ruhig atmen</translation>
    </message>
</context>
<context>
    <name>limber::CatalogPicker</name>
    <message>
        <source>On a chair</source>
        <translation>Auf einem Stuhl</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Auf dem Boden</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Im Knien</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Search by name or what it stretches</source>
        <translation>Nach Name oder gedehnter Stelle suchen</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Where it is done</source>
        <translation>Wo sie gemacht wird</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Übungen zum Hinzufügen</translation>
    </message>
    <message>
        <source>Enter adds the chosen exercise to the routine</source>
        <translation>Eingabe fügt die gewählte Übung der Routine hinzu</translation>
    </message>
    <message>
        <source>Adds the chosen exercise at the end of the routine</source>
        <translation>Fügt die gewählte Übung am Ende der Routine an</translation>
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
        <translation>Starten</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stretch reminder</source>
        <translation>Erinnerung zum Dehnen</translation>
    </message>
    <message>
        <source>Start the stretches now</source>
        <translation>Jetzt mit den Dehnungen beginnen</translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minutes</source>
        <translation>
            <numerusform>In %n Minute noch einmal erinnern</numerusform>
            <numerusform>In %n Minuten noch einmal erinnern</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Diese Erinnerung überspringen</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>Erinnerung schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>limber::CuePlayer</name>
    <message>
        <source>No sound output found: the session will be silent.</source>
        <translation>Keine Tonausgabe gefunden: Die Einheit bleibt still.</translation>
    </message>
    <message>
        <source>Some chimes could not be played: the session may be partly silent.</source>
        <translation>Einige Klänge konnten nicht abgespielt werden: Die Einheit ist vielleicht teilweise still.</translation>
    </message>
</context>
<context>
    <name>limber::DesktopActivity</name>
    <message>
        <source>This desktop does not tell how long the computer has been left alone, so natural breaks cannot be seen: reminders follow the clock.</source>
        <translation>Dieser Desktop teilt nicht mit, wie lange der Computer unbenutzt war, deshalb lassen sich natürliche Pausen nicht erkennen: Die Erinnerungen richten sich nach der Uhr.</translation>
    </message>
</context>
<context>
    <name>limber::DesktopNotificationPresenter</name>
    <message>
        <source>there is no session bus</source>
        <translation>es gibt keinen Session-Bus</translation>
    </message>
    <message>
        <source>GetCapabilities failed: %1</source>
        <translation>GetCapabilities ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Notify failed: %1</source>
        <translation>Notify ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the notification server left the bus</source>
        <translation>der Benachrichtigungsdienst hat den Bus verlassen</translation>
    </message>
</context>
<context>
    <name>limber::DoseEditor</name>
    <message>
        <source>Each side</source>
        <translation>Jede Seite</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Kind of dose</source>
        <translation>Art der Dosis</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Halten für</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Hold &amp;for</source>
        <translation>Halten &amp;für</translation>
    </message>
    <message>
        <source>S&amp;ets</source>
        <translation>&amp;Durchgänge</translation>
    </message>
    <message>
        <source>Rep&amp;etitions</source>
        <translation>Wie&amp;derholungen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Atem</translation>
    </message>
    <message>
        <source>Phases of one repetition</source>
        <translation>Phasen einer Wiederholung</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Ph&amp;ase hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve phase</source>
        <translation>Phase ent&amp;fernen</translation>
    </message>
    <message>
        <source>Breathe in and move</source>
        <translation>Einatmen und bewegen</translation>
    </message>
    <message>
        <source>Breathe out and come back</source>
        <translation>Ausatmen und zurückkommen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
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
        <translation>Halten, in Sekunden</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Wie oft halten</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Rest between holds, in seconds</source>
        <translation>Pause zwischen dem Halten, in Sekunden</translation>
    </message>
    <message>
        <source>Rest after this exercise, in seconds</source>
        <translation>Pause nach dieser Übung, in Sekunden</translation>
    </message>
    <message>
        <source>As usual</source>
        <translation>Wie üblich</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Jede Seite nacheinander</translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation>Beide Seiten zugleich</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source> × as long</source>
        <translation> × so lang</translation>
    </message>
    <message>
        <source>Usual pace</source>
        <translation>Übliches Tempo</translation>
    </message>
    <message>
        <source>Tempo: each movement this many times as long</source>
        <translation>Tempo: jede Bewegung so viel Mal so lang</translation>
    </message>
    <message>
        <source>e.g. from my physio: stop if it tingles</source>
        <translation>z. B. von meiner Physiotherapeutin: aufhören, wenn es kribbelt</translation>
    </message>
    <message>
        <source>Note for this exercise</source>
        <translation>Notiz zu dieser Übung</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>Ho&amp;lds</source>
        <translation>Wie &amp;oft</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>S&amp;eiten</translation>
    </message>
    <message>
        <source>Re&amp;petitions</source>
        <translation>Wieder&amp;holungen</translation>
    </message>
    <message>
        <source>&amp;Tempo</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>Rest &amp;between</source>
        <translation>Pause &amp;zwischen</translation>
    </message>
    <message>
        <source>Rest &amp;after</source>
        <translation>Pause &amp;danach</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>As usual (%1)</source>
        <extracomment>a dose field left as the catalog says, e.g. &quot;As usual (30 s)&quot;</extracomment>
        <translation>Wie üblich (%1)</translation>
    </message>
    <message>
        <source>This exercise is held for at most %1.</source>
        <translation>Diese Übung wird höchstens %1 gehalten.</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <source>both at once</source>
        <translation>beide zugleich</translation>
    </message>
    <message>
        <source>Choose an exercise of the routine to set its dose</source>
        <translation>Wähle eine Übung der Routine, um ihre Dosis festzulegen</translation>
    </message>
</context>
<context>
    <name>limber::EntryListModel</name>
    <message>
        <source>not in the catalog; left out when planned</source>
        <translation>nicht im Katalog; wird beim Planen ausgelassen</translation>
    </message>
    <message>
        <source>%1 (as usual)</source>
        <extracomment>an exercise whose dose is the catalog&apos;s, e.g. &quot;Hold 30 s · 2 times (as usual)&quot;</extracomment>
        <translation>%1 (wie üblich)</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <extracomment>a row of the routine: its position, the exercise, its dose</extracomment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <extracomment>for a screen reader: &quot;2 of 4: Cat-cow, 10 times, slowly&quot;</extracomment>
        <translation>%1 von %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseCard</name>
    <message>
        <source>How to do it</source>
        <translation>So geht’s</translation>
    </message>
    <message>
        <source>Show how to do it</source>
        <translation>Zeigen, wie es geht</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>%1 mitmachen</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start:&lt;/b&gt; %1</source>
        <extracomment>the starting position on an exercise card, e.g. &quot;Start: Lying on your back&quot;</extracomment>
        <translation>&lt;b&gt;Ausgangslage:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>How much to do</source>
        <translation>Wie viel</translation>
    </message>
    <message>
        <source>How to do %1</source>
        <translation>Anleitung: %1</translation>
    </message>
    <message>
        <source>Today: </source>
        <translation>Heute: </translation>
    </message>
    <message>
        <source>How many times for %1</source>
        <translation>Wie oft: %1</translation>
    </message>
    <message>
        <source>How many repetitions to do today</source>
        <translation>Wie viele Wiederholungen du heute machst</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseDetailDialog</name>
    <message>
        <source>How to do %1</source>
        <translation>Anleitung: %1</translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1 in Bewegung</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>Wirkt auf</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a stretch makes the pain sharper, stop.</source>
        <translation>Beweg dich langsam und bleib in dem Bereich, der sich angenehm anfühlt. Wenn eine Dehnung den Schmerz verstärkt, hör auf.</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseEditorDialog</name>
    <message>
        <source>Edit Exercise</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <source>New Exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Shoulder rolls</source>
        <translation>z. B. Schulterkreisen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Kniend</translation>
    </message>
    <message>
        <source>Can be done: %1</source>
        <translation>Möglich: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Dehnt</translation>
    </message>
    <message>
        <source>What it stretches, separated by commas</source>
        <translation>Was gedehnt wird, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>De&amp;hnt</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <source>Starting &amp;position</source>
        <translation>Ausgangs&amp;position</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Schritt entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Optional advice</source>
        <translation>Ein Rat, wenn du magst</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Hin&amp;weis</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&amp;Limber figure</source>
        <translation>&amp;Limber-Figur</translation>
    </message>
    <message>
        <source>Your own &amp;image</source>
        <translation>&amp;Eigenes Bild</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>Bild w&amp;ählen…</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>Mi&amp;rror for the other side</source>
        <translation>Für die andere Seite spie&amp;geln</translation>
    </message>
    <message>
        <source>Mirror for the other side</source>
        <translation>Für die andere Seite spiegeln</translation>
    </message>
    <message>
        <source>For an exercise done on each side: the other side shows the picture mirrored.</source>
        <translation>Für Übungen auf beiden Seiten: Die andere Seite zeigt das Bild gespiegelt.</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation>Gib der Übung einen Namen.</translation>
    </message>
    <message>
        <source>Choose an image, or pick a Limber figure.</source>
        <translation>Wähle ein Bild oder eine Limber-Figur.</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The exercise has changes that are not saved. Close without saving them?</source>
        <translation>Die Übung hat Änderungen, die nicht gespeichert sind. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>&amp;New Exercise…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
</context>
<context>
    <name>limber::FloorView</name>
    <message>
        <source>Floor view</source>
        <translation>Bodenansicht</translation>
    </message>
    <message>
        <source>Leave floor view</source>
        <translation>Bodenansicht verlassen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>exercise · where in it, e.g. Knee to chest · Left side</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paused. Press %1 to go on.</source>
        <extracomment>%1 is the key that resumes, e.g. &quot;Space&quot;</extracomment>
        <translation>Pause. %1 drücken, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
</context>
<context>
    <name>limber::HandoutActions</name>
    <message>
        <source>Choose where it hurts and tick the exercises you want on paper first.</source>
        <translation>Wähle zuerst, wo es wehtut, und hake die Übungen an, die du auf Papier haben möchtest.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print a handout of these exercises, with a grid to tick for two weeks</source>
        <translation>Ein Übungsblatt mit diesen Übungen drucken, mit einer Tabelle zum Abhaken für zwei Wochen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Save the handout as a PDF to print later or send on</source>
        <translation>Das Übungsblatt als PDF speichern, um es später zu drucken oder weiterzugeben</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Übungsblatt drucken</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Printing is not available: Limber could not load %1 (%2).

Export as PDF… still works, and the PDF can be printed from any document viewer.</source>
        <translation>Drucken ist nicht möglich: Limber konnte %1 nicht laden (%2).

„Als PDF exportieren…“ geht weiterhin, und die PDF-Datei lässt sich aus jedem Dokumentbetrachter drucken.</translation>
    </message>
</context>
<context>
    <name>limber::HandoutBlocks</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Mittags</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Nachmittags</translation>
    </message>
    <message>
        <source>Session %1</source>
        <extracomment>a row of the tick grid when a routine is done more than four times a day</extracomment>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a session</source>
        <extracomment>how long one session takes, e.g. &quot;about 4 min a session&quot;</extracomment>
        <translation>%1 pro Einheit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Move slowly and only as far as feels comfortable. A gentle pull is right; if an exercise brings sharp pain or makes your back worse, stop it and talk to your doctor or physiotherapist.</source>
        <translation>Beweg dich langsam und nur so weit, wie es angenehm ist. Ein sanftes Ziehen ist richtig; wenn eine Übung stechende Schmerzen bringt oder deinen Rücken verschlimmert, hör damit auf und sprich mit deiner Ärztin, deinem Arzt oder deiner Physiotherapie.</translation>
    </message>
    <message>
        <source>Works on: %1</source>
        <translation>Wirkt auf: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Limber · gentle exercises for everyday back pain, not a diagnosis</source>
        <translation>Limber · sanfte Übungen bei alltäglichen Rückenschmerzen, keine Diagnose</translation>
    </message>
    <message>
        <source>Your two weeks</source>
        <translation>Deine zwei Wochen</translation>
    </message>
    <message>
        <source>Tick a box for each exercise after every session. Once a day, write down how your back feels, from 0 (no pain) to 10 (the worst pain).</source>
        <translation>Hake nach jeder Einheit für jede Übung ein Kästchen ab. Schreib einmal am Tag auf, wie sich dein Rücken anfühlt, von 0 (kein Schmerz) bis 10 (der schlimmste Schmerz).</translation>
    </message>
    <message>
        <source>Tick a box for each exercise you did that day, and write down how your back feels, from 0 (no pain) to 10 (the worst pain).</source>
        <translation>Hake für jede Übung, die du an dem Tag gemacht hast, ein Kästchen ab und schreib auf, wie sich dein Rücken anfühlt, von 0 (kein Schmerz) bis 10 (der schlimmste Schmerz).</translation>
    </message>
    <message>
        <source>Week %1</source>
        <extracomment>a heading of the tick grid: &quot;Week 1&quot;, &quot;Week 2&quot;</extracomment>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day %1</source>
        <extracomment>a row of the tick grid: &quot;Day 1&quot; ... &quot;Day 14&quot;</extracomment>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>limber::HandoutBuilder</name>
    <message>
        <source>about %1</source>
        <extracomment>how long one exercise takes, e.g. &quot;about 2 min&quot;</extracomment>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal am Tag</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal am Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n-mal am Tag</numerusform>
            <numerusform>%n-mal am Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>einmal pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n days a week</source>
        <translation>
            <numerusform>%n Tag pro Woche</numerusform>
            <numerusform>%n Tage pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Deine Übungen</translation>
    </message>
</context>
<context>
    <name>limber::HandoutCommand</name>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 geschrieben (%2)</translation>
    </message>
</context>
<context>
    <name>limber::HandoutDocument</name>
    <message>
        <source>%1: this is a folder; give a file name for the PDF</source>
        <translation>%1: Das ist ein Ordner; gib einen Dateinamen für das PDF an</translation>
    </message>
    <message>
        <source>%1: the handout could not be laid out</source>
        <translation>%1: Das Übungsblatt konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1: cannot write here (%2)</source>
        <translation>%1: Hier kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: could not be written (%2)</source>
        <translation>%1: Konnte nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>limber::HandoutExportDialog</name>
    <message>
        <source>Export handout as PDF</source>
        <translation>Übungsblatt als PDF exportieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Give a file name for the PDF.</source>
        <translation>Gib einen Dateinamen für das PDF an.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryExport</name>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export History as CSV…</source>
        <translation>Verlauf als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every session to a file a spreadsheet can open</source>
        <translation>Alle Einheiten in einer Datei speichern, die eine Tabellenkalkulation öffnen kann</translation>
    </message>
</context>
<context>
    <name>limber::HistoryRecorder</name>
    <message>
        <source>There is no saved session to add the pain level to.</source>
        <translation>Es gibt keine gespeicherte Einheit, bei der die Schmerzstärke eingetragen werden kann.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
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
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>Pain, last %1 weeks</source>
        <translation>Schmerz, letzte %1 Wochen</translation>
    </message>
    <message>
        <source>Region shown in the pain chart</source>
        <translation>Bereich im Schmerzdiagramm</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>Einheiten nach Tagen</translation>
    </message>
    <message>
        <source>Minutes this week</source>
        <translation>Minuten diese Woche</translation>
    </message>
    <message>
        <source>Sessions so far</source>
        <translation>Einheiten bisher</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>No sessions yet. Each session you do will be listed here, day by day, with the reminders of that day.</source>
        <translation>Noch keine Einheiten. Jede Einheit, die du machst, erscheint hier, Tag für Tag, zusammen mit den Erinnerungen des jeweiligen Tages.</translation>
    </message>
    <message>
        <source>Weeks in a row at your goal: this week can be the first</source>
        <translation>Wochen in Folge mit erreichtem Ziel: Diese Woche kann die erste sein</translation>
    </message>
    <message>
        <source>Weeks in a row at your goal (rest days are fine)</source>
        <translation>Wochen in Folge mit erreichtem Ziel (Ruhetage sind in Ordnung)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>sessions done this week against the weekly goal, as a figure: &quot;3 / 5&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sessions this week: goal reached</source>
        <translation>Einheiten diese Woche: Ziel erreicht</translation>
    </message>
    <message>
        <source>Sessions this week, of your goal</source>
        <translation>Einheiten diese Woche, von deinem Ziel</translation>
    </message>
    <message>
        <source>%1 done</source>
        <extracomment>how reminders were answered: &quot;1 started&quot;, &quot;2 snoozed&quot;...</extracomment>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 begonnen</translation>
    </message>
    <message>
        <source>%1 snoozed</source>
        <translation>%1 verschoben</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 unanswered</source>
        <translation>%1 unbeantwortet</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>%1 noch offen</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 Erinnerung</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;3 reminders: 1 started, 2 snoozed&quot;</extracomment>
        <translation>%1: %2</translation>
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
        <translation>Routine</translation>
    </message>
</context>
<context>
    <name>limber::HomeView</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>Wo tut es weh?</translation>
    </message>
    <message>
        <source>Choose the part of your back that needs some care.</source>
        <translation>Wähl den Teil deines Rückens, der etwas Zuwendung braucht.</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>Über diese Übungen</translation>
    </message>
    <message>
        <source>A few minutes of gentle stretching</source>
        <translation>Ein paar Minuten sanftes Dehnen</translation>
    </message>
    <message>
        <source>Pick a region on the figure and Limber suggests one or two exercises for it. It then talks you through them: when to hold, when to breathe, when to rest.</source>
        <translation>Wähl einen Bereich auf der Figur, und Limber schlägt dir ein oder zwei Übungen dafür vor. Dann führt es dich hindurch: wann du hältst, wann du atmest, wann du ausruhst.</translation>
    </message>
    <message>
        <source>Exercises for %1</source>
        <translation>Übungen für %1</translation>
    </message>
</context>
<context>
    <name>limber::HurtMarksPanel</name>
    <message>
        <source>Did one of these make the pain sharper?</source>
        <translation>Hat eine dieser Übungen die Schmerzen verstärkt?</translation>
    </message>
    <message>
        <source>Exercises that made the pain sharper</source>
        <translation>Übungen, die die Schmerzen verstärkt haben</translation>
    </message>
    <message>
        <source>If the pain gets sharper or does not settle, stop and talk to your physiotherapist or doctor.</source>
        <translation>Wenn die Schmerzen stärker werden oder nicht nachlassen, hören Sie auf und sprechen Sie mit Ihrer Physiotherapeutin, Ihrem Physiotherapeuten oder Ihrer Ärztin bzw. Ihrem Arzt.</translation>
    </message>
    <message>
        <source>This one made it worse</source>
        <translation>Diese hat es verschlimmert</translation>
    </message>
    <message>
        <source>%1 made the pain sharper</source>
        <translation>%1 hat die Schmerzen verstärkt</translation>
    </message>
    <message>
        <source>Limber will stop suggesting it; you can still choose it yourself</source>
        <translation>Limber schlägt sie nicht mehr vor; Sie können sie trotzdem selbst auswählen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: keep suggesting %1</source>
        <translation>Rückgängig: %1 weiter vorschlagen</translation>
    </message>
    <message>
        <source>Set aside: Limber won&apos;t suggest it again.</source>
        <translation>Zurückgestellt: Limber schlägt sie nicht mehr vor.</translation>
    </message>
    <message>
        <source>Already set aside: Limber doesn&apos;t suggest it.</source>
        <translation>Bereits zurückgestellt: Limber schlägt sie nicht vor.</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>Das konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>limber::ImportRoutineDialog</name>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Replace what is there</source>
        <translation>Vorhandenes ersetzen</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>A routine of 1 exercise</source>
        <translation>Eine Routine mit 1 Übung</translation>
    </message>
    <message numerus="yes">
        <source>A routine of %n exercises</source>
        <translation>
            <numerusform>Eine Routine mit %n Übung</numerusform>
            <numerusform>Eine Routine mit %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 exercise of its own: %1</source>
        <translation>1 eigene Übung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises of its own: %1</source>
        <translation>
            <numerusform>%n eigene Übung: %1</numerusform>
            <numerusform>%n eigene Übungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>1 Bild</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>Diese Datei enthält:</translation>
    </message>
    <message>
        <source>A routine with this name is saved already</source>
        <translation>Eine Routine mit diesem Namen ist schon gespeichert</translation>
    </message>
    <message>
        <source>You already have a routine saved as “%1”.</source>
        <translation>Du hast schon eine Routine unter „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Exercises and pictures you have already</source>
        <translation>Übungen und Bilder, die du schon hast</translation>
    </message>
    <message>
        <source>Already installed: %1</source>
        <translation>Schon vorhanden: %1</translation>
    </message>
    <message>
        <source>Nothing you have is replaced.</source>
        <translation>Nichts Vorhandenes wird ersetzt.</translation>
    </message>
    <message>
        <source>Not in your catalog, left out when the routine is planned: %1</source>
        <translation>Nicht in deinem Katalog, beim Planen ausgelassen: %1</translation>
    </message>
    <message>
        <source>Exercises new to Limber appear after Limber is started again.</source>
        <translation>Neue Übungen erscheinen, sobald Limber neu gestartet wurde.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About these &amp;exercises…</source>
        <translation>Über diese Ü&amp;bungen…</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>Über &amp;Limber</translation>
    </message>
    <message>
        <source>History cannot be saved</source>
        <translation>Der Verlauf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>About your history</source>
        <translation>Zu deinem Verlauf</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Your session goes on as usual.</source>
        <translation>%1&lt;br&gt;Deine Einheit läuft ganz normal weiter.</translation>
    </message>
    <message>
        <source>Continue your last session?</source>
        <translation>Letzte Einheit fortsetzen?</translation>
    </message>
    <message>
        <source>Your last session stopped unexpectedly at %1. Would you like to continue from there?</source>
        <translation>Deine letzte Einheit wurde bei %1 unerwartet unterbrochen. Möchtest du dort weitermachen?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>A problem was found in the exercise files</source>
        <translation>In den Übungsdateien wurde ein Problem gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found in the exercise files</source>
        <translation>
            <numerusform>In den Übungsdateien wurde %n Problem gefunden</numerusform>
            <numerusform>In den Übungsdateien wurden %n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the log).</source>
        <translation>
            <numerusform>…und %n weiteres (siehe Protokoll).</numerusform>
            <numerusform>…und %n weitere (siehe Protokoll).</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber left out what it could not read; everything else works as usual.</source>
        <translation>Limber hat weggelassen, was es nicht lesen konnte; alles andere funktioniert wie gewohnt.</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>Über diese Übungen</translation>
    </message>
    <message>
        <source>About Limber</source>
        <translation>Über Limber</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Guided stretching for everyday back pain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Angeleitetes Dehnen bei alltäglichen Rückenschmerzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sound unavailable</source>
        <translation>Kein Ton verfügbar</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Every step is still shown on screen, so you can follow along as usual.</source>
        <translation>%1&lt;br&gt;Jeder Schritt wird weiterhin auf dem Bildschirm angezeigt, du kannst also wie gewohnt mitmachen.</translation>
    </message>
</context>
<context>
    <name>limber::MinutesChart</name>
    <message>
        <source>Minutes of stretching per week</source>
        <translation>Minuten Dehnen pro Woche</translation>
    </message>
    <message>
        <source>week of %1: %2 min</source>
        <translation>Woche vom %1: %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
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
        <translation>Deine Einheit</translation>
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
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>limber::OwnExerciseActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Make a Copy to Edit…</source>
        <translation>Als &amp;Kopie bearbeiten…</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>New Exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Delete “%1”? Its picture stays in the folder; the exercise is gone from Limber.</source>
        <translation>„%1“ löschen? Das Bild bleibt im Ordner, die Übung verschwindet aus Limber.</translation>
    </message>
    <message>
        <source>Delete Exercise?</source>
        <translation>Übung löschen?</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n routine(s): %1. They keep its place and dose, shown as “not in the catalog” and left out of their sessions until the exercise is back.</source>
        <translation>
            <numerusform>Von %n Routine verwendet: %1. Sie behält ihren Platz und ihre Dosis, wird als „nicht im Katalog“ angezeigt und in ihren Sitzungen ausgelassen, bis die Übung wieder da ist.</numerusform>
            <numerusform>Von %n Routinen verwendet: %1. Sie behalten ihren Platz und ihre Dosis, werden als „nicht im Katalog“ angezeigt und in ihren Sitzungen ausgelassen, bis die Übung wieder da ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is deleted. %n routine(s) now show it as missing: %2.</source>
        <translation>
            <numerusform>„%1“ ist gelöscht. %n Routine zeigt sie jetzt als fehlend an: %2.</numerusform>
            <numerusform>„%1“ ist gelöscht. %n Routinen zeigen sie jetzt als fehlend an: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise Deleted</source>
        <translation>Übung gelöscht</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>limber::PainCheckInDialog</name>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerz-Check</translation>
    </message>
    <message>
        <source>Before you start: how is the pain right now?</source>
        <translation>Bevor du anfängst: Wie stark ist der Schmerz gerade?</translation>
    </message>
    <message>
        <source>And now, after stretching: how is the pain?</source>
        <translation>Und jetzt, nach dem Dehnen: Wie ist der Schmerz?</translation>
    </message>
    <message>
        <source>0 is no pain at all, 10 the worst you can imagine. One click is enough.</source>
        <translation>0 heißt gar keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst. Ein Klick genügt.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
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
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Schlimmstmöglich</translation>
    </message>
</context>
<context>
    <name>limber::PainTrendChart</name>
    <message>
        <source>Pain over time</source>
        <translation>Schmerz im Verlauf</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nachher %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>No pain check-ins in these weeks yet.
Answer the short question before or after a session to see the trend here.</source>
        <translation>In diesen Wochen gibt es noch keine Schmerzangaben.
Beantworte die kurze Frage vor oder nach einer Einheit, dann siehst du hier den Verlauf.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>limber::Planner</name>
    <message>
        <source>Rest and breathe</source>
        <translation>Ausruhen und atmen</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Wechsel zur rechten Seite</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Wechsel zur linken Seite</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a region nor an exercise</source>
        <translation>„%1“ ist weder ein Bereich noch eine Übung</translation>
    </message>
    <message>
        <source>no region or exercise given</source>
        <translation>kein Bereich und keine Übung angegeben</translation>
    </message>
    <message>
        <source>every exercise for &quot;%1&quot; is set aside because it made the pain sharper; name the exercises to plan them anyway</source>
        <translation>jede Übung für „%1“ ist zurückgestellt, weil sie die Schmerzen verstärkt hat; nennen Sie die Übungen, um sie trotzdem zu planen</translation>
    </message>
</context>
<context>
    <name>limber::PoseGallery</name>
    <message>
        <source>Limber figures</source>
        <translation>Limber-Figuren</translation>
    </message>
</context>
<context>
    <name>limber::PreferencesDialog</name>
    <message>
        <source>Session starts</source>
        <translation>Einheit beginnt</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <source>Hold begins</source>
        <translation>Halten beginnt</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Each repetition</source>
        <translation>Jede Wiederholung</translation>
    </message>
    <message>
        <source>Last seconds of a hold</source>
        <translation>Letzte Sekunden beim Halten</translation>
    </message>
    <message>
        <source>Exercise done</source>
        <translation>Übung geschafft</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Klang und Stimme</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit after a number of seconds in a spin box, with its leading space</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to get into position before each exercise</source>
        <translation>Zeit, um vor jeder Übung in Position zu kommen</translation>
    </message>
    <message>
        <source>&amp;Lead-in before an exercise:</source>
        <translation>&amp;Vorlauf vor einer Übung:</translation>
    </message>
    <message>
        <source>How long a usual hold lasts; shorter holds keep their proportion</source>
        <translation>Wie lange ein übliches Halten dauert; kürzere Haltephasen behalten ihr Verhältnis</translation>
    </message>
    <message>
        <source>&amp;Hold length:</source>
        <translation>&amp;Haltedauer:</translation>
    </message>
    <message>
        <source>Rest between &amp;holds:</source>
        <translation>Pause zwischen Halte&amp;phasen:</translation>
    </message>
    <message>
        <source>Rest between &amp;exercises:</source>
        <translation>Pause zwischen Ü&amp;bungen:</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>&amp;Pace of repetitions:</source>
        <translation>&amp;Tempo der Wiederholungen:</translation>
    </message>
    <message>
        <source>You can still change the count for one session on its card</source>
        <translation>Für eine einzelne Einheit kannst du die Anzahl trotzdem auf der Karte ändern</translation>
    </message>
    <message>
        <source>&amp;Cobra stretch repetitions:</source>
        <translation>Wiederholungen der &amp;Kobra:</translation>
    </message>
    <message>
        <source>A short countdown after a pause, to find the position again</source>
        <translation>Ein kurzer Countdown nach einer Pause, um die Position wiederzufinden</translation>
    </message>
    <message>
        <source>&amp;Get ready after a pause:</source>
        <translation>&amp;Bereitmachen nach einer Pause:</translation>
    </message>
    <message>
        <source>Changes apply from the next session.</source>
        <translation>Änderungen gelten ab der nächsten Einheit.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>&amp;Mute all chimes</source>
        <translation>Alle Klänge &amp;stummschalten</translation>
    </message>
    <message>
        <source>Chimes for:</source>
        <translation>Klänge bei:</translation>
    </message>
    <message>
        <source>&amp;Speak the instructions</source>
        <translation>Anweisungen &amp;ansagen</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>V&amp;oice to use:</source>
        <translation>Verwendete St&amp;imme:</translation>
    </message>
    <message>
        <source>Default voice for the language</source>
        <translation>Standardstimme der Sprache</translation>
    </message>
    <message>
        <source>No speech engine is installed, so Limber cannot speak. The chimes work as usual.</source>
        <translation>Es ist keine Sprachausgabe installiert, deshalb kann Limber nicht sprechen. Die Klänge funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Ask how the pain is before and after a session</source>
        <translation>Vor und nach einer Einheit nach dem Schmerz &amp;fragen</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Schmerz-Check:</translation>
    </message>
    <message>
        <source>The pain levels you give are kept in your history, so you can see how your back is doing over the weeks.</source>
        <translation>Deine Schmerzangaben werden im Verlauf gespeichert, so siehst du, wie es deinem Rücken über die Wochen geht.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a volume from 0 to 100 percent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <extracomment>after the number of sessions in the weekly goal spin box, with its leading space</extracomment>
        <translation> Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Weekly goal, sessions a week</source>
        <translation>Wochenziel, Einheiten pro Woche</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Wochenziel:</translation>
    </message>
    <message>
        <source>Home shows how many sessions you have done this week. Rest days are fine: your streak counts the weeks in a row in which you reached the goal.</source>
        <translation>Die Startseite zeigt, wie viele Einheiten du diese Woche gemacht hast. Ruhetage sind in Ordnung: Deine Serie zählt die Wochen in Folge, in denen du dein Ziel erreicht hast.</translation>
    </message>
    <message>
        <source>Start at log-in</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>%1 Limber starts as before; your other settings are saved.</source>
        <translation>%1 Limber startet wie bisher; deine anderen Einstellungen sind gespeichert.</translation>
    </message>
    <message>
        <source>Use the &amp;floor view for every session</source>
        <translation>&amp;Bodenansicht für jede Einheit verwenden</translation>
    </message>
    <message>
        <source>Full screen, with a countdown big enough to read from a mat across the room</source>
        <translation>Vollbild, mit einem Countdown, der groß genug ist, um ihn von der Matte aus quer durch den Raum zu lesen</translation>
    </message>
    <message>
        <source>Across the room:</source>
        <translation>Quer durch den Raum:</translation>
    </message>
    <message>
        <source>During a session, %1 or the Floor view button switches it on and off.</source>
        <extracomment>%1 is the key that switches the floor view, e.g. &quot;F11&quot;</extracomment>
        <translation>Während einer Einheit schaltet %1 oder die Schaltfläche „Bodenansicht“ sie ein und aus.</translation>
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
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message>
        <source>%1, right where you sit or stand.</source>
        <translation>%1, gleich da, wo du sitzt oder stehst.</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>the reminder&apos;s second choice: one of the person&apos;s routines, by name, e.g. Start “Physio, week 2”</extracomment>
        <translation>„%1“ starten</translation>
    </message>
    <message>
        <source>Your routine “%1” is due today.</source>
        <extracomment>added to the reminder&apos;s text when one of the person&apos;s routines is due today</extracomment>
        <translation>Deine Routine „%1“ ist heute dran.</translation>
    </message>
</context>
<context>
    <name>limber::RemindersPage</name>
    <message>
        <source>&amp;Remind me to stretch</source>
        <translation>Ans &amp;Dehnen erinnern</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes, with its leading space</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of computer use before a reminder</source>
        <translation>Minuten Computernutzung vor einer Erinnerung</translation>
    </message>
    <message>
        <source>of computer use</source>
        <translation>Computernutzung</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>At &amp;these times:</source>
        <translation>&amp;Zu diesen Uhrzeiten:</translation>
    </message>
    <message>
        <source>10:30 15:00</source>
        <extracomment>an example of times of day, separated by spaces</extracomment>
        <translation>10:30 15:00</translation>
    </message>
    <message>
        <source>Times of day, separated by spaces</source>
        <translation>Uhrzeiten, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>between two times of day: &quot;09:00 to 18:00&quot;</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Being away from the keyboard this long counts as a break, and the count starts again</source>
        <translation>Bist du so lange nicht an der Tastatur, zählt das als Pause, und die Zeit beginnt von vorn</translation>
    </message>
    <message>
        <source>A &amp;break is:</source>
        <translation>Als &amp;Pause gilt:</translation>
    </message>
    <message>
        <source>Soft &amp;chime with each reminder</source>
        <translation>Sanfter &amp;Klang bei jeder Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Start Limber in the tray when I log in</source>
        <translation>Limber beim Anmelden im &amp;Infobereich starten</translation>
    </message>
    <message>
        <source>Reminders never interrupt a fullscreen window or a session, and wait while you are away.</source>
        <translation>Erinnerungen unterbrechen nie ein Vollbildfenster oder eine Einheit und warten, solange du weg bist.</translation>
    </message>
    <message>
        <source>Write the times as hours and minutes with spaces between them, for example 10:30 15:00.</source>
        <translation>Schreib die Uhrzeiten als Stunden und Minuten mit Leerzeichen dazwischen, zum Beispiel 10:30 15:00.</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>Die Arbeitszeit muss nach ihrem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineArchive</name>
    <message>
        <source>the picture %1 of %2 is not in the archive</source>
        <translation>das Bild %1 von %2 ist nicht im Archiv</translation>
    </message>
    <message>
        <source>%1 would be written outside the catalog folder; a picture&apos;s path must be relative, without &quot;..&quot;</source>
        <translation>%1 würde außerhalb des Katalogordners landen; der Pfad eines Bildes muss relativ sein, ohne „..“</translation>
    </message>
    <message>
        <source>the picture %1 is in the archive twice</source>
        <translation>das Bild %1 ist zweimal im Archiv</translation>
    </message>
    <message>
        <source>the picture is larger than %1 MiB</source>
        <translation>das Bild ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the pictures would unpack to more than %1 MiB</source>
        <translation>die Bilder wären entpackt größer als %1 MiB</translation>
    </message>
    <message>
        <source>the picture %1 of %2 is left out: it cannot be read or is too large</source>
        <translation>das Bild %1 von %2 wird weggelassen: es lässt sich nicht lesen oder ist zu groß</translation>
    </message>
    <message>
        <source>%1 is not written: it would be larger than %2 MiB</source>
        <translation>%1 wird nicht geschrieben: die Datei wäre größer als %2 MiB</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, too large for a Limber archive</source>
        <translation>die Datei ist größer als %1 MiB, zu groß für ein Limber-Archiv</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is not a Limber archive</source>
        <translation>das ist kein Limber-Archiv</translation>
    </message>
    <message>
        <source>the file nests more than %1 levels deep; it is not a Limber archive</source>
        <translation>die Datei ist mehr als %1 Ebenen tief verschachtelt; das ist kein Limber-Archiv</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (%1 at byte %2)</source>
        <translation>die Datei ist beschädigt oder unvollständig (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the archive has no valid version number</source>
        <translation>das Archiv hat keine gültige Versionsnummer</translation>
    </message>
    <message>
        <source>this archive was made by a newer Limber (archive version %1); this Limber reads version %2. Update Limber to import it.</source>
        <translation>dieses Archiv stammt von einem neueren Limber (Archivversion %1); dieses Limber liest Version %2. Aktualisiere Limber, um es zu importieren.</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>das ist keine Datei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: its folder cannot be created</source>
        <translation>%1 lässt sich nicht schreiben: sein Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 lässt sich nicht ersetzen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>there is no folder to import into (the system gives no data location)</source>
        <translation>es gibt keinen Ordner für den Import (das System nennt keinen Ort für Daten)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Routine bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Morning routine from my physio</source>
        <translation>z. B. Morgenroutine von der Physiotherapie</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> am Tag</translation>
    </message>
    <message>
        <source>How many times a day</source>
        <translation>Wie oft am Tag</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> Tage pro Woche</translation>
    </message>
    <message>
        <source>How many days a week</source>
        <translation>An wie vielen Tagen pro Woche</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>Wie &amp;oft</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>In this routine</source>
        <translation>In dieser Routine</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Übungen in dieser Routine</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen exercise; Delete removes it.</source>
        <translation>Alt+Hoch und Alt+Runter verschieben die gewählte Übung; Entf entfernt sie.</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Hoch</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Runter</translation>
    </message>
    <message>
        <source>Remove the chosen exercise from the routine</source>
        <translation>Die gewählte Übung aus der Routine entfernen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Timeline of the session</source>
        <translation>Ablauf der Einheit</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>What this routine is for, what your physiotherapist said…</source>
        <translation>Wofür diese Routine ist, was deine Physiotherapeutin gesagt hat …</translation>
    </message>
    <message>
        <source>Notes for the whole routine</source>
        <translation>Notizen zur ganzen Routine</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>A routine holds at most %n exercises.</source>
        <translation>
            <numerusform>Eine Routine hat höchstens %n Übung.</numerusform>
            <numerusform>Eine Routine hat höchstens %n Übungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add exercises from the list on the left.</source>
        <translation>Füge Übungen aus der Liste links hinzu.</translation>
    </message>
    <message>
        <source>1 exercise · about %1</source>
        <translation>1 Übung · etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises · about %1</source>
        <translation>
            <numerusform>%n Übung · etwa %1</numerusform>
            <numerusform>%n Übungen · etwa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the routine a name, so you can find it on home.</source>
        <translation>Gib der Routine einen Namen, damit du sie auf der Startseite findest.</translation>
    </message>
    <message>
        <source>Add at least one exercise.</source>
        <translation>Füge mindestens eine Übung hinzu.</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>„%1“ hat Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineFiles</name>
    <message>
        <source>&amp;Export routine…</source>
        <translation>Routine &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>Routine &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Limber routines (*.limber)</source>
        <translation>Limber-Routinen (*.limber)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>The routine cannot be exported</source>
        <translation>Die Routine kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>There is no routine “%1”.</source>
        <translation>Es gibt keine Routine „%1“.</translation>
    </message>
    <message>
        <source>The routine cannot be imported</source>
        <translation>Die Routine kann nicht importiert werden</translation>
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
        <translation>Neue Routine …</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Change the chosen routine</source>
        <translation>Die gewählte Routine ändern</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the chosen routine</source>
        <translation>Eine Kopie der gewählten Routine anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen routine; it can be undone</source>
        <translation>Die gewählte Routine löschen; das lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>My routines</source>
        <translation>Meine Routinen</translation>
    </message>
    <message>
        <source>Make a routine of your own from the exercises</source>
        <translation>Eine eigene Routine aus den Übungen zusammenstellen</translation>
    </message>
    <message>
        <source>Put together the exercises that help you, or the ones your physiotherapist gave you, with your own holds and notes; then start them in one click.</source>
        <translation>Stell die Übungen zusammen, die dir helfen, oder die aus der Physiotherapie, mit deinen eigenen Haltezeiten und Notizen; dann startest du sie mit einem Klick.</translation>
    </message>
    <message>
        <source>Make your first routine…</source>
        <translation>Erste Routine anlegen …</translation>
    </message>
    <message>
        <source>Enter starts the chosen routine; Alt+Up and Alt+Down move it; Delete removes it.</source>
        <translation>Eingabe startet die gewählte Routine; Alt+Hoch und Alt+Runter verschieben sie; Entf löscht sie.</translation>
    </message>
    <message>
        <source>Start the chosen routine</source>
        <translation>Die gewählte Routine starten</translation>
    </message>
    <message>
        <source>Routine deleted</source>
        <translation>Routine gelöscht</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <extracomment>after a routine was deleted; &quot;Undo&quot; follows</extracomment>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Undo deleting %1</source>
        <translation>Löschen von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>limber::RoutinePanel</name>
    <message>
        <source>Choose all</source>
        <translation>Alle wählen</translation>
    </message>
    <message>
        <source>More for this region</source>
        <translation>Mehr für diesen Bereich</translation>
    </message>
    <message>
        <source>Chosen region</source>
        <translation>Gewählter Bereich</translation>
    </message>
    <message>
        <source>The ticked ones make a short session for today. Tick or untick to change it.</source>
        <translation>Die angehakten Übungen ergeben eine kurze Einheit für heute. Hak sie an oder ab, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Do every exercise for this region</source>
        <translation>Alle Übungen für diesen Bereich machen</translation>
    </message>
    <message>
        <source>Start · %1</source>
        <extracomment>the session&apos;s planned length follows, e.g. &quot;Start · 4 min&quot;</extracomment>
        <translation>Start · %1</translation>
    </message>
    <message>
        <source>Start session, about %1</source>
        <translation>Einheit starten, etwa %1</translation>
    </message>
    <message>
        <source>Tick an exercise to start</source>
        <translation>Hak eine Übung an, um zu starten</translation>
    </message>
    <message>
        <source>You have set aside every exercise here because they made the pain sharper, so Limber suggests none today. You can still tick one yourself, or choose &quot;Suggest it again&quot;. If the pain keeps getting sharper, please talk to your physiotherapist or doctor.</source>
        <translation>Sie haben jede Übung hier zurückgestellt, weil sie die Schmerzen verstärkt hat. Deshalb schlägt Limber heute keine vor. Sie können trotzdem selbst eine ankreuzen oder „Wieder vorschlagen“ wählen. Wenn die Schmerzen immer stärker werden, sprechen Sie bitte mit Ihrer Physiotherapeutin, Ihrem Physiotherapeuten oder Ihrer Ärztin bzw. Ihrem Arzt.</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>Das konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutinePrintActions</name>
    <message>
        <source>P&amp;rint routine…</source>
        <translation>&amp;Routine drucken…</translation>
    </message>
    <message>
        <source>Export routine as PD&amp;F…</source>
        <translation>Routine als PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Print the routine with its own doses and notes, and a grid to tick</source>
        <translation>Die Routine mit ihren eigenen Dosen und Notizen drucken, dazu ein Raster zum Abhaken</translation>
    </message>
    <message>
        <source>Save the routine&apos;s handout as a PDF to print later or send on</source>
        <translation>Das Blatt der Routine als PDF speichern, um es später zu drucken oder weiterzugeben</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print this routine, or save it as a PDF</source>
        <translation>Diese Routine drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>“%1” has no exercises to print yet: add some in the routine editor.</source>
        <translation>„%1“ hat noch keine Übungen zum Drucken: Fügen Sie im Routinen-Editor welche hinzu.</translation>
    </message>
    <message>
        <source>There is no routine to print yet: make one with New routine… under My routines.</source>
        <translation>Es gibt noch keine Routine zum Drucken: Legen Sie unter „Meine Routinen“ mit „Neue Routine …“ eine an.</translation>
    </message>
    <message>
        <source>Export routine as PDF</source>
        <translation>Routine als PDF exportieren</translation>
    </message>
    <message>
        <source>Print routine</source>
        <translation>Routine drucken</translation>
    </message>
</context>
<context>
    <name>limber::RoutineReader</name>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>this is not a Limber routine (expected &quot;format&quot;: &quot;limber-routine&quot;)</source>
        <translation>das ist keine Limber-Routine (erwartet: &quot;format&quot;: &quot;limber-routine&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 up</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>this routine was written by a newer Limber (format version %1); this Limber reads version %2. Update Limber to open it.</source>
        <translation>diese Routine stammt von einem neueren Limber (Formatversion %1); dieses Limber liest Version %2. Aktualisiere Limber, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>must be an exercise id such as &quot;knee-to-chest&quot;, got %1</source>
        <translation>muss eine Übungskennung wie &quot;knee-to-chest&quot; sein, gefunden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, far more than any routine needs</source>
        <translation>die Datei ist größer als %1 MiB, weit mehr, als eine Routine braucht</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file nests more than %1 levels deep; a routine needs three</source>
        <translation>die Datei ist mehr als %1 Ebenen tief verschachtelt; eine Routine braucht drei</translation>
    </message>
    <message>
        <source>this is not valid JSON (line %1, byte %2): %3</source>
        <translation>das ist kein gültiges JSON (Zeile %1, Byte %2): %3</translation>
    </message>
    <message>
        <source>this is not a Limber routine (expected a JSON object at the top level)</source>
        <translation>das ist keine Limber-Routine (erwartet wird ein JSON-Objekt auf oberster Ebene)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>no exercise %1 is installed; it is left out until it is</source>
        <translation>die Übung %1 ist nicht installiert; sie wird weggelassen, bis sie es ist</translation>
    </message>
    <message>
        <source>ignored: %1 is done in repetitions, not held</source>
        <translation>ignoriert: %1 wird in Wiederholungen gemacht, nicht gehalten</translation>
    </message>
    <message>
        <source>ignored: %1 is held, not done in repetitions</source>
        <translation>ignoriert: %1 wird gehalten, nicht in Wiederholungen gemacht</translation>
    </message>
    <message>
        <source>%1 is held for at most %2 seconds; the hold is shortened to that</source>
        <translation>%1 wird höchstens %2 Sekunden gehalten; die Haltezeit wird darauf gekürzt</translation>
    </message>
</context>
<context>
    <name>limber::RoutineStore</name>
    <message>
        <source>more than %1 routines; this one is not loaded</source>
        <translation>mehr als %1 Routinen; diese wird nicht geladen</translation>
    </message>
    <message>
        <source>the routine&apos;s id %1 does not match the file name; rename the file to %2</source>
        <translation>die Kennung %1 der Routine passt nicht zum Dateinamen; benenne die Datei in %2 um</translation>
    </message>
    <message>
        <source>%1 is kept as it is: it cannot be read, and saving over it would lose it</source>
        <translation>%1 bleibt, wie es ist: die Datei lässt sich nicht lesen, und Speichern darüber würde sie verlieren</translation>
    </message>
    <message>
        <source>there is no routine %1</source>
        <translation>es gibt keine Routine %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 lässt sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>there is no folder to keep routines in (the system gives no data location)</source>
        <translation>es gibt keinen Ordner für Routinen (das System nennt keinen Ort für Daten)</translation>
    </message>
</context>
<context>
    <name>limber::RoutineWriter</name>
    <message>
        <source>%1 was written by a newer Limber (routine format version %2); this Limber writes version %3 and leaves the file as it is</source>
        <translation>%1 stammt von einem neueren Limber (Routinenformat Version %2); dieses Limber schreibt Version %3 und lässt die Datei, wie sie ist</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>%1 lässt sich nicht schreiben: das ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 cannot be created</source>
        <translation>%1 lässt sich nicht schreiben: der Ordner %2 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesController</name>
    <message>
        <source>The routine cannot be deleted</source>
        <translation>Die Routine kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The routine cannot be put back</source>
        <translation>Die Routine kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The routine cannot be copied</source>
        <translation>Die Routine kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>The new order cannot be saved</source>
        <translation>Die neue Reihenfolge kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>limber::SessionOverlay</name>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
</context>
<context>
    <name>limber::SessionView</name>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Limber paused because the computer was asleep or busy. Press %1 or click Resume when you are ready.</source>
        <translation>Limber hat pausiert, weil der Computer im Ruhezustand oder ausgelastet war. Drück %1 oder klick auf „Fortsetzen“, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Zum vorherigen Schritt zurück</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>End the session and go back home</source>
        <translation>Einheit beenden und zur Startseite zurückkehren</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Diese Einheit beenden?</translation>
    </message>
    <message>
        <source>You can start again from home whenever you like.</source>
        <translation>Du kannst jederzeit auf der Startseite neu beginnen.</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>second</source>
        <comment>unit under the countdown</comment>
        <translation>Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>seconds</source>
        <comment>unit under the countdown</comment>
        <translation>
            <numerusform>Sekunde</numerusform>
            <numerusform>Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Take your time. Press %1 or click Resume when you are ready.</source>
        <extracomment>%1 is the key that resumes, e.g. &quot;Space&quot;</extracomment>
        <translation>Lass dir Zeit. Drück %1 oder klick auf „Fortsetzen“, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>Floor view</source>
        <translation>Bodenansicht</translation>
    </message>
    <message>
        <source>Full screen in big type, to follow from a mat</source>
        <translation>Vollbild in großer Schrift, zum Mitmachen von der Matte aus</translation>
    </message>
</context>
<context>
    <name>limber::SessionWording</name>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 done</source>
        <translation>Durchgang %1 von %2 geschafft</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Last step, then you are done</source>
        <translation>Letzter Schritt, dann hast du es geschafft</translation>
    </message>
    <message>
        <source>Next exercise: %1</source>
        <translation>Nächste Übung: %1</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <extracomment>what comes next and how long it lasts, e.g. &quot;Next: Release · 10 s&quot;</extracomment>
        <translation>Als Nächstes: %1 · %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>time left in the whole session, e.g. &quot;3:40 left&quot;</extracomment>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>limber::SetAsideBook</name>
    <message>
        <source>Limber&apos;s history is not available, so nothing can be set aside.</source>
        <translation>Der Verlauf von Limber ist nicht verfügbar, daher kann nichts zurückgestellt werden.</translation>
    </message>
    <message>
        <source>Limber&apos;s history is not available.</source>
        <translation>Der Verlauf von Limber ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>limber::SetAsideNote</name>
    <message>
        <source>Suggest it again</source>
        <translation>Wieder vorschlagen</translation>
    </message>
    <message>
        <source>Limber will tick it again when it suggests exercises for this region</source>
        <translation>Limber kreuzt sie wieder an, wenn es Übungen für diesen Bereich vorschlägt</translation>
    </message>
    <message>
        <source>You marked this as making the pain sharper, so Limber no longer suggests it.</source>
        <translation>Sie haben angegeben, dass diese Übung die Schmerzen verstärkt hat. Deshalb schlägt Limber sie nicht mehr vor.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>You marked this on %1: it made the pain sharper. Limber no longer suggests it.</source>
        <extracomment>%1 is a day, e.g. &quot;1 December&quot;</extracomment>
        <translation>Sie haben das am %1 markiert: Es hat die Schmerzen verstärkt. Limber schlägt es nicht mehr vor.</translation>
    </message>
</context>
<context>
    <name>limber::SilentChimes</name>
    <message>
        <source>Limber&apos;s sound module could not be loaded: the session will be silent.</source>
        <translation>Das Tonmodul von Limber ließ sich nicht laden: Die Einheit bleibt still.</translation>
    </message>
</context>
<context>
    <name>limber::SqliteHistoryStore</name>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>Der Verlauf konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 for Limber&apos;s history could not be created.</source>
        <translation>Der Ordner %1 für Limbers Verlauf konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history file %1 was damaged and could not be read. It was kept as %2, and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei %1 war beschädigt und konnte nicht gelesen werden. Sie wurde als %2 aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history file %1 could not be opened: %2</source>
        <translation>Die Verlaufsdatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 could not be read: %2</source>
        <translation>Die Verlaufsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Limber (format %2; this version reads up to %3). Please update Limber.</source>
        <translation>Die Verlaufsdatei %1 stammt von einer neueren Limber-Version (Format %2; diese Version liest bis Format %3). Bitte aktualisiere Limber.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be moved aside: %2</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>a pain level must be between 0 and 10, not %1</source>
        <translation>eine Schmerzstärke muss zwischen 0 und 10 liegen, nicht bei %1</translation>
    </message>
    <message>
        <source>there is no running session %1</source>
        <translation>es gibt keine laufende Einheit %1</translation>
    </message>
    <message>
        <source>a session can only finish completed or stopped</source>
        <translation>eine Einheit kann nur abgeschlossen oder vorzeitig beendet werden</translation>
    </message>
    <message>
        <source>there is no unfinished session %1</source>
        <translation>es gibt keine nicht abgeschlossene Einheit %1</translation>
    </message>
    <message>
        <source>session %1 is not an interrupted session that can be continued</source>
        <translation>Einheit %1 ist keine unterbrochene Einheit, die fortgesetzt werden kann</translation>
    </message>
    <message>
        <source>there is no session %1</source>
        <translation>es gibt keine Einheit %1</translation>
    </message>
    <message>
        <source>session %1 is not an interrupted session</source>
        <translation>Einheit %1 ist keine unterbrochene Einheit</translation>
    </message>
    <message>
        <source>The history file %1 is not open.</source>
        <translation>Die Verlaufsdatei %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space: Limber keeps trying at every step, and nothing saved before is lost</source>
        <translation>der Datenträger ist voll. Schaff etwas Platz: Limber versucht es bei jedem Schritt erneut, und nichts bereits Gespeichertes geht verloren</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>there is no reminder %1</source>
        <translation>es gibt keine Erinnerung %1</translation>
    </message>
    <message>
        <source>reminder %1 was already answered (%2)</source>
        <translation>Erinnerung %1 wurde bereits beantwortet (%2)</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Limber (format %2; this version reads up to %3).</source>
        <translation>Die Verlaufsdatei %1 wurde von einer neueren Limber-Version geschrieben (Format %2; diese Version liest bis %3).</translation>
    </message>
    <message>
        <source>no exercise was named to set aside</source>
        <translation>es wurde keine Übung zum Zurückstellen genannt</translation>
    </message>
    <message>
        <source>there is no set-aside mark %1</source>
        <translation>es gibt keine Zurückstellung %1</translation>
    </message>
</context>
<context>
    <name>limber::StoreLibrary</name>
    <message>
        <source>There is no routine “%1”.</source>
        <translation>Es gibt keine Routine „%1“.</translation>
    </message>
</context>
<context>
    <name>limber::StretchTray</name>
    <message>
        <source>Start a Region</source>
        <translation>Bereich starten</translation>
    </message>
    <message>
        <source>Remind Me In</source>
        <translation>Erneut erinnern in</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause Reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Until I Resume Them</source>
        <translation>Bis ich sie fortsetze</translation>
    </message>
    <message>
        <source>Resume Reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>Limber öffnen</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Start a Stretch</source>
        <translation>Dehnung starten</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Starten: %1</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Erinnerungen pausiert bis %1</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them</source>
        <translation>Erinnerungen pausiert, bis du sie fortsetzt</translation>
    </message>
    <message>
        <source>Next reminder at %1</source>
        <translation>Nächste Erinnerung um %1</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind aus</translation>
    </message>
    <message>
        <source>Limber: reminders paused</source>
        <translation>Limber: Erinnerungen pausiert</translation>
    </message>
    <message>
        <source>Limber: %1</source>
        <translation>Limber: %1</translation>
    </message>
    <message>
        <source>Next reminder tomorrow at %1</source>
        <translation>Nächste Erinnerung morgen um %1</translation>
    </message>
    <message>
        <source>Next reminder on %1 at %2</source>
        <extracomment>e.g. &quot;Next reminder on Monday at 09:50&quot;</extracomment>
        <translation>Nächste Erinnerung am %1 um %2</translation>
    </message>
    <message>
        <source>Start Routine: %1</source>
        <extracomment>the tray menu&apos;s entry for one of the person&apos;s routines that is due today, e.g. &quot;Start Routine: Physio&quot;</extracomment>
        <translation>Routine starten: %1</translation>
    </message>
</context>
<context>
    <name>limber::SummaryView</name>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>Take a moment before you get up, and stand up slowly. A short session like this helps most when you come back to it regularly.</source>
        <translation>Nimm dir einen Moment, bevor du aufstehst, und steh langsam auf. Eine kurze Einheit wie diese hilft am meisten, wenn du sie regelmäßig machst.</translation>
    </message>
    <message>
        <source>Do the same exercises once more</source>
        <translation>Dieselben Übungen noch einmal machen</translation>
    </message>
    <message>
        <source>Go back to choosing where it hurts</source>
        <translation>Zurück zur Auswahl, wo es wehtut</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>You did 1 exercise in %1.</source>
        <translation>Du hast 1 Übung in %1 gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>You did %n exercises in %1.</source>
        <extracomment>e.g. &quot;You did 2 exercises in 6 min.&quot;</extracomment>
        <translation>
            <numerusform>Du hast %n Übung in %1 gemacht.</numerusform>
            <numerusform>Du hast %n Übungen in %1 gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <source>Remind me on weekdays, after 50 minutes at the computer</source>
        <translation>An Wochentagen nach 50 Minuten am Computer erinnern</translation>
    </message>
    <message>
        <source>Do the rest of the session, from the exercise it stopped at</source>
        <translation>Den Rest der Einheit machen, ab der Übung, bei der sie aufgehört hat</translation>
    </message>
    <message>
        <source>Turns on stretch reminders; you can change them in Preferences</source>
        <translation>Schaltet Erinnerungen zum Dehnen ein; du kannst sie in den Einstellungen ändern</translation>
    </message>
    <message>
        <source>Your routine: %1</source>
        <extracomment>the summary names the person&apos;s own routine the session ran: &quot;Your routine: Morning back&quot;</extracomment>
        <translation>Deine Routine: %1</translation>
    </message>
</context>
<context>
    <name>limber::TrayCompanion</name>
    <message>
        <source>This desktop has no tray (no panel that shows status icons), so closing the window minimizes it. Reminders still come.</source>
        <translation>Dieser Desktop hat keinen Infobereich (keine Leiste, die Statussymbole anzeigt), deshalb wird das Fenster beim Schließen minimiert. Die Erinnerungen kommen trotzdem.</translation>
    </message>
    <message>
        <source>Limber is still here</source>
        <translation>Limber ist noch da</translation>
    </message>
    <message>
        <source>It keeps reminding you to stretch from the panel. Choose Quit in its menu to close it.</source>
        <translation>Es erinnert dich weiter aus der Leiste ans Dehnen. Wähl „Beenden“ in seinem Menü, um es zu schließen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file problem(s): open Limber to see them all.</source>
        <translation>
            <numerusform>Ein weiteres Dateiproblem: Öffne Limber, um alle zu sehen.</numerusform>
            <numerusform>%n weitere Dateiprobleme: Öffne Limber, um alle zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber could not read a file</source>
        <translation>Limber konnte eine Datei nicht lesen</translation>
    </message>
</context>
<context>
    <name>limber::VoiceGuide</name>
    <message>
        <source>No speech engine is installed, so there is no spoken guidance.</source>
        <translation>Es ist keine Sprachausgabe installiert, daher gibt es keine gesprochene Anleitung.</translation>
    </message>
    <message>
        <source>No sound output found, so the voice cannot be heard.</source>
        <translation>Keine Tonausgabe gefunden, daher ist die Stimme nicht zu hören.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr (%1).</translation>
    </message>
    <message>
        <source>The speech engine cannot play its voice here (%1).</source>
        <translation>Die Sprachausgabe kann ihre Stimme hier nicht abspielen (%1).</translation>
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
        <translation>Los geht’s.</translation>
    </message>
    <message>
        <source>Get into position.</source>
        <translation>Geh in Position.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the exercise name, spoken</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Start with your left side.</source>
        <translation>Beginn mit der linken Seite.</translation>
    </message>
    <message>
        <source>Start with your right side.</source>
        <translation>Beginn mit der rechten Seite.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>Halte 1 Sekunde.</translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Halte %n Sekunde.</numerusform>
            <numerusform>Halte %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Lösen.</translation>
    </message>
    <message>
        <source>Release and rest. Next: %1.</source>
        <translation>Lösen und ausruhen. Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Release and rest.</source>
        <translation>Lösen und ausruhen.</translation>
    </message>
    <message>
        <source>Switch to your left side.</source>
        <translation>Wechsel zur linken Seite.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Switch to your right side.</source>
        <translation>Wechsel zur rechten Seite.</translation>
    </message>
    <message>
        <source>Breathe in.</source>
        <translation>Einatmen.</translation>
    </message>
    <message>
        <source>Breathe out.</source>
        <translation>Ausatmen.</translation>
    </message>
    <message>
        <source>Exercise complete.</source>
        <translation>Übung geschafft.</translation>
    </message>
    <message>
        <source>Well done. Your session is complete.</source>
        <translation>Gut gemacht. Deine Einheit ist geschafft.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
</context>
<context>
    <name>limber::VoicePicker</name>
    <message>
        <source>No speech engine is installed, so there is no spoken guidance.</source>
        <translation>Es ist keine Sprachausgabe installiert, daher gibt es keine gesprochene Anleitung.</translation>
    </message>
    <message>
        <source>The speech engine could not start (%1).</source>
        <translation>Die Sprachausgabe konnte nicht starten (%1).</translation>
    </message>
    <message>
        <source>No installed voice speaks %1. Install speech-dispatcher and espeak-ng for spoken guidance in this language; the chimes guide you meanwhile.</source>
        <translation>Keine installierte Stimme spricht %1. Installieren Sie speech-dispatcher und espeak-ng, um in dieser Sprache gesprochene Anleitung zu erhalten; bis dahin führen Sie die Klänge.</translation>
    </message>
    <message>
        <source>Limber speaks %1 through %2.</source>
        <translation>Limber spricht %1 über %2.</translation>
    </message>
    <message>
        <source>Limber speaks %1 with the voice “%2” of %3.</source>
        <extracomment>%1 a language in its own words, %2 the name of a voice, %3 a speech engine</extracomment>
        <translation>Limber spricht %1 mit der Stimme „%2“ von %3.</translation>
    </message>
</context>
<context>
    <name>limber::WeeklyGoalView</name>
    <message>
        <source>Weekly goal reached: 1 session this week</source>
        <translation>Wochenziel erreicht: 1 Einheit diese Woche</translation>
    </message>
    <message numerus="yes">
        <source>Weekly goal reached: %n sessions this week</source>
        <extracomment>the weekly goal is reached; %n is the number of sessions done this week</extracomment>
        <translation>
            <numerusform>Wochenziel erreicht: %n Einheit diese Woche</numerusform>
            <numerusform>Wochenziel erreicht: %n Einheiten diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 session this week</source>
        <translation>%1 von 1 Einheit diese Woche</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions this week</source>
        <extracomment>%1 sessions done so far this week, of a goal of %n (&quot;3 of 5 sessions this week&quot;)</extracomment>
        <translation>
            <numerusform>%1 von %n Einheit diese Woche</numerusform>
            <numerusform>%1 von %n Einheiten diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>Your weekly goal can be changed in Preferences.</source>
        <translation>Dein Wochenziel kannst du in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>limber::WorkraveImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Workrave exercises</source>
        <translation>Workrave-Übungen importieren</translation>
    </message>
    <message>
        <source>Workrave&apos;s exercises become your own Limber exercises, with their pictures. Importing the same file again replaces the exercises imported from it before.</source>
        <translation>Die Übungen aus Workrave werden zu deinen eigenen Limber-Übungen, samt ihren Bildern. Wenn du dieselbe Datei noch einmal importierst, ersetzt sie die zuvor daraus importierten Übungen.</translation>
    </message>
    <message>
        <source>Workrave exercises file</source>
        <translation>Workrave-Übungsdatei</translation>
    </message>
    <message>
        <source>exercises.xml</source>
        <translation>exercises.xml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Region for the imported exercises</source>
        <translation>Bereich für die importierten Übungen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Exercises in the file</source>
        <translation>Übungen in der Datei</translation>
    </message>
    <message>
        <source>Sitting or standing at your desk.</source>
        <translation>Im Sitzen oder Stehen am Schreibtisch.</translation>
    </message>
    <message>
        <source>Follow the pictures.</source>
        <translation>Folge den Bildern.</translation>
    </message>
    <message>
        <source>From Workrave&apos;s exercises.</source>
        <translation>Aus den Übungen von Workrave.</translation>
    </message>
    <message>
        <source>Workrave is not installed here. Choose an exercises.xml file.</source>
        <translation>Workrave ist hier nicht installiert. Wähle eine exercises.xml-Datei.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <extracomment>%1 is the problem, which names the file</extracomment>
        <translation>Diese Datei lässt sich nicht importieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) will be added to %1.</source>
        <translation>
            <numerusform>%n Übung kommt zu %1 hinzu.</numerusform>
            <numerusform>%n Übungen kommen zu %1 hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workrave exercises (*.xml)</source>
        <translation>Workrave-Übungen (*.xml)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>The exercises were written, but Limber cannot read them back: %1</source>
        <translation>Die Übungen wurden gespeichert, aber Limber kann sie nicht wieder einlesen: %1</translation>
    </message>
    <message>
        <source>Import &amp;Workrave Exercises…</source>
        <translation>&amp;Workrave-Übungen importieren…</translation>
    </message>
</context>
</TS>
