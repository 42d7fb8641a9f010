<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Catalog</name>
    <message>
        <source>Neck and shoulders</source>
        <translation>Nuque et épaules</translation>
    </message>
    <message>
        <source>Slow, gentle stretches that ease a stiff neck and tight shoulders.</source>
        <translation>Des étirements lents et doux qui soulagent une nuque raide et des épaules tendues.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Easy movements that loosen the muscles around your shoulder blades and along your spine.</source>
        <translation>Des mouvements faciles qui détendent les muscles autour des omoplates et le long de la colonne.</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Calm stretches on the floor that help your lower back and hips let go.</source>
        <translation>Des étirements calmes au sol qui aident le bas du dos et les hanches à se relâcher.</translation>
    </message>
    <message>
        <source>Flexion stretch</source>
        <translation>Flexion de la nuque</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nuque</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <source>Sit or stand tall and let your shoulders soften.</source>
        <translation>Asseyez-vous ou tenez-vous bien droit et relâchez les épaules.</translation>
    </message>
    <message>
        <source>Place one hand lightly on the top of your head.</source>
        <translation>Posez une main légèrement sur le sommet de votre tête.</translation>
    </message>
    <message>
        <source>Let your hand ease your head forward until your chin comes close to your chest.</source>
        <translation>Laissez votre main guider doucement la tête vers l’avant, jusqu’à ce que le menton s’approche de la poitrine.</translation>
    </message>
    <message>
        <source>Stay there and breathe slowly, then lift your head back up.</source>
        <translation>Restez ainsi en respirant lentement, puis relevez la tête.</translation>
    </message>
    <message>
        <source>Sitting or standing, upright and relaxed.</source>
        <translation>Assis ou debout, droit et détendu.</translation>
    </message>
    <message>
        <source>Lateral flexion stretch</source>
        <translation>Inclinaison latérale de la nuque</translation>
    </message>
    <message>
        <source>Side of the neck</source>
        <translation>Côté de la nuque</translation>
    </message>
    <message>
        <source>Keep your back straight and let your shoulders drop.</source>
        <translation>Gardez le dos droit et laissez tomber les épaules.</translation>
    </message>
    <message>
        <source>Reach one hand over your head and rest it on the far side.</source>
        <translation>Passez une main au-dessus de la tête et posez-la de l’autre côté.</translation>
    </message>
    <message>
        <source>Gently guide your ear down toward the shoulder on the side of that hand.</source>
        <translation>Guidez doucement l’oreille vers l’épaule du côté de cette main.</translation>
    </message>
    <message>
        <source>Breathe easily while you hold, then bring your head back to the middle.</source>
        <translation>Respirez tranquillement pendant le maintien, puis ramenez la tête au centre.</translation>
    </message>
    <message>
        <source>Do the same on the other side.</source>
        <translation>Faites de même de l’autre côté.</translation>
    </message>
    <message>
        <source>Sitting or standing with a straight back and loose shoulders.</source>
        <translation>Assis ou debout, le dos droit et les épaules relâchées.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotations des épaules</translation>
    </message>
    <message>
        <source>Trapezius</source>
        <translation>Trapèze</translation>
    </message>
    <message>
        <source>Let your arms hang loosely by your sides.</source>
        <translation>Laissez les bras pendre librement le long du corps.</translation>
    </message>
    <message>
        <source>Breathe in as you raise your shoulders up toward your ears.</source>
        <translation>Inspirez en montant les épaules vers les oreilles.</translation>
    </message>
    <message>
        <source>Draw your shoulders back and gently press your shoulder blades together.</source>
        <translation>Ramenez les épaules vers l’arrière et serrez doucement les omoplates.</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders sink back down.</source>
        <translation>Expirez et laissez redescendre les épaules.</translation>
    </message>
    <message>
        <source>Standing or sitting, arms hanging loosely by your sides.</source>
        <translation>Debout ou assis, les bras pendant librement le long du corps.</translation>
    </message>
    <message>
        <source>Breathe in and lift your shoulders toward your ears</source>
        <translation>Inspirez et montez les épaules vers les oreilles</translation>
    </message>
    <message>
        <source>Roll your shoulders back and squeeze your shoulder blades together</source>
        <translation>Roulez les épaules vers l’arrière et serrez les omoplates</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders drop</source>
        <translation>Expirez et laissez retomber les épaules</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Chat-vache</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Colonne vertébrale</translation>
    </message>
    <message>
        <source>Come onto your hands and knees, wrists below your shoulders and knees below your hips.</source>
        <translation>Mettez-vous à quatre pattes, les poignets sous les épaules et les genoux sous les hanches.</translation>
    </message>
    <message>
        <source>Take one slow, deep breath in to begin.</source>
        <translation>Pour commencer, inspirez une fois, lentement et profondément.</translation>
    </message>
    <message>
        <source>As you breathe out, round your back up toward the ceiling and draw your belly button in.</source>
        <translation>En expirant, arrondissez le dos vers le plafond et rentrez le nombril.</translation>
    </message>
    <message>
        <source>As you breathe in, let your back dip and your belly soften while your chin and tailbone rise.</source>
        <translation>En inspirant, laissez le dos se creuser et le ventre se relâcher, tandis que le menton et le coccyx remontent.</translation>
    </message>
    <message>
        <source>Keep flowing gently between the two shapes with your breath.</source>
        <translation>Continuez à passer doucement d’une posture à l’autre, au rythme de votre respiration.</translation>
    </message>
    <message>
        <source>On your hands and knees, wrists below your shoulders and knees below your hips.</source>
        <translation>À quatre pattes, les poignets sous les épaules et les genoux sous les hanches.</translation>
    </message>
    <message>
        <source>Breathe out and round your back up toward the ceiling</source>
        <translation>Expirez et arrondissez le dos vers le plafond</translation>
    </message>
    <message>
        <source>Breathe in, let your belly sink and lift your chin</source>
        <translation>Inspirez, laissez descendre le ventre et levez le menton</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Posture de l’enfant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hanches</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Cuisses</translation>
    </message>
    <message>
        <source>Ankles</source>
        <translation>Chevilles</translation>
    </message>
    <message>
        <source>Kneel down and rest your palms on your thighs.</source>
        <translation>Agenouillez-vous et posez les paumes sur les cuisses.</translation>
    </message>
    <message>
        <source>Fold forward slowly, letting your chest settle between your knees.</source>
        <translation>Penchez-vous lentement vers l’avant et laissez la poitrine se poser entre les genoux.</translation>
    </message>
    <message>
        <source>Slide your arms out along the floor in front of you.</source>
        <translation>Faites glisser les bras sur le sol devant vous.</translation>
    </message>
    <message>
        <source>Let your upper body sink toward the floor only as far as feels comfortable, and breathe.</source>
        <translation>Laissez le haut du corps descendre vers le sol seulement tant que c’est confortable, et respirez.</translation>
    </message>
    <message>
        <source>Kneeling, with your palms resting on your thighs.</source>
        <translation>À genoux, les paumes posées sur les cuisses.</translation>
    </message>
    <message>
        <source>Knee-to-chest stretch</source>
        <translation>Genoux vers la poitrine</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Fessiers</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and your feet flat.</source>
        <translation>Allongez-vous sur le dos, genoux pliés et pieds à plat.</translation>
    </message>
    <message>
        <source>Slowly bring both knees up toward your chest.</source>
        <translation>Ramenez lentement les deux genoux vers la poitrine.</translation>
    </message>
    <message>
        <source>Hold your knees with your hands and gently draw them a little closer.</source>
        <translation>Tenez les genoux avec les mains et rapprochez-les encore un peu, en douceur.</translation>
    </message>
    <message>
        <source>Breathe calmly while you hold, then lower your feet back to the floor.</source>
        <translation>Respirez calmement pendant le maintien, puis reposez les pieds au sol.</translation>
    </message>
    <message>
        <source>Lying on your back, knees bent and feet flat on the floor.</source>
        <translation>Allongé sur le dos, genoux pliés et pieds à plat au sol.</translation>
    </message>
    <message>
        <source>Piriformis stretch</source>
        <translation>Étirement du piriforme</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Lift one leg, keeping that knee bent.</source>
        <translation>Levez une jambe en gardant le genou plié.</translation>
    </message>
    <message>
        <source>Reach across with your other hand and take hold of the raised knee.</source>
        <translation>Avec l’autre main, attrapez le genou levé.</translation>
    </message>
    <message>
        <source>Gently guide that knee toward the opposite shoulder, then hold and breathe.</source>
        <translation>Guidez doucement ce genou vers l’épaule opposée, puis maintenez et respirez.</translation>
    </message>
    <message>
        <source>Lower the leg and repeat on the other side.</source>
        <translation>Reposez la jambe et recommencez de l’autre côté.</translation>
    </message>
    <message>
        <source>The piriformis is a small muscle deep in your buttock.</source>
        <translation>Le piriforme est un petit muscle situé en profondeur dans la fesse.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Bascule du bassin</translation>
    </message>
    <message>
        <source>Abdominals</source>
        <translation>Abdominaux</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles so your lower back presses flat against the floor.</source>
        <translation>Contractez les abdominaux pour plaquer le bas du dos contre le sol.</translation>
    </message>
    <message>
        <source>Let your pelvis tip up slightly as you do.</source>
        <translation>Laissez en même temps le bassin basculer légèrement vers le haut.</translation>
    </message>
    <message>
        <source>Hold without straining, then relax and breathe normally.</source>
        <translation>Maintenez sans forcer, puis relâchez et respirez normalement.</translation>
    </message>
    <message>
        <source>This one builds strength: firm stomach muscles support your spine and help keep back pain away.</source>
        <translation>Cet exercice renforce : des abdominaux fermes soutiennent la colonne et aident à prévenir le mal de dos.</translation>
    </message>
    <message>
        <source>Cobra stretch</source>
        <translation>Cobra</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Ventre</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Poitrine</translation>
    </message>
    <message>
        <source>Lie face down with your toes pointing out and your palms flat below your shoulders.</source>
        <translation>Allongez-vous sur le ventre, pointes de pieds tendues et paumes à plat sous les épaules.</translation>
    </message>
    <message>
        <source>Breathe in and slowly straighten your arms to raise your chest.</source>
        <translation>Inspirez et tendez lentement les bras pour soulever la poitrine.</translation>
    </message>
    <message>
        <source>Tip your head back a little and look up, keeping your stomach muscles working.</source>
        <translation>Basculez un peu la tête en arrière et regardez vers le haut, en gardant les abdominaux actifs.</translation>
    </message>
    <message>
        <source>Pause and breathe deeply, then breathe out and lower yourself back down.</source>
        <translation>Marquez une pause en respirant profondément, puis expirez et redescendez.</translation>
    </message>
    <message>
        <source>Lying face down, toes pointing out and palms flat below your shoulders.</source>
        <translation>Allongé sur le ventre, pointes de pieds tendues et paumes à plat sous les épaules.</translation>
    </message>
    <message>
        <source>Breathe in and press up to lift your chest</source>
        <translation>Inspirez et poussez pour soulever la poitrine</translation>
    </message>
    <message>
        <source>Look up and hold, breathing deeply</source>
        <translation>Regardez vers le haut et maintenez, en respirant profondément</translation>
    </message>
    <message>
        <source>Breathe out and lower yourself down</source>
        <translation>Expirez et redescendez</translation>
    </message>
</context>
<context>
    <name>DoseText</name>
    <message>
        <source>Hold %1 each side</source>
        <translation>Maintenir %1 de chaque côté</translation>
    </message>
    <message numerus="yes">
        <source>%n × %1 each side</source>
        <extracomment>sets × hold length, e.g. &quot;3 × 30 s each side&quot;</extracomment>
        <translation>
            <numerusform>%n × %1 de chaque côté</numerusform>
            <numerusform>%n × %1 de chaque côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Maintenir %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 · %n times</source>
        <translation>
            <numerusform>Maintenir %1 · %n fois</numerusform>
            <numerusform>Maintenir %1 · %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 times</source>
        <extracomment>a range of repetitions, e.g. &quot;20–30 times&quot;</extracomment>
        <translation>%1 à %2 fois</translation>
    </message>
    <message>
        <source>Once, slowly</source>
        <translation>Une fois, lentement</translation>
    </message>
    <message numerus="yes">
        <source>%n times, slowly</source>
        <translation>
            <numerusform>%n fois, lentement</numerusform>
            <numerusform>%n fois, lentement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · hold %2 each</source>
        <translation>%1 · maintenir %2 à chaque fois</translation>
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
        <translation>Une fois par jour</translation>
    </message>
    <message>
        <source>Twice a day</source>
        <translation>Deux fois par jour</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n fois par jour</numerusform>
            <numerusform>%n fois par jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>1 day a week</source>
        <translation>1 jour par semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n days a week</source>
        <translation>
            <numerusform>%n jour par semaine</numerusform>
            <numerusform>%n jours par semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>how often per day, then per week: &quot;Twice a day, 5 days a week&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 exercice</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>the planned length of a routine, e.g. &quot;about 6 min&quot;</extracomment>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation>série %1 sur %2</translation>
    </message>
    <message>
        <source>rep %1 of %2</source>
        <translation>répétition %1 sur %2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Routine sans nom</translation>
    </message>
    <message>
        <source>%1 of %2 days this week</source>
        <extracomment>a routine&apos;s days with a session this week, against its days a week: &quot;3 of 5 days this week&quot;</extracomment>
        <translation>%1 jours sur %2 cette semaine</translation>
    </message>
    <message>
        <source>%1 of %2 today</source>
        <extracomment>a routine&apos;s sessions today, against its times a day: &quot;1 of 2 today&quot;</extracomment>
        <translation>%1 sur %2 aujourd’hui</translation>
    </message>
    <message>
        <source>done today</source>
        <translation>faite aujourd’hui</translation>
    </message>
    <message>
        <source>not yet today</source>
        <translation>pas encore aujourd’hui</translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>These gentle stretches are for everyday aches. They can&apos;t tell you what is causing your pain: if it lasts, keeps coming back or is severe, please have a doctor or chiropractor look at it. Move slowly, and stop any exercise that makes the pain sharper.</source>
        <translation>Ces étirements doux sont destinés aux douleurs du quotidien. Ils ne peuvent pas vous dire d’où vient votre douleur : si elle dure, revient souvent ou est forte, faites-la examiner par un médecin ou un chiropracteur. Bougez lentement et arrêtez tout exercice qui rend la douleur plus vive.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resting alone usually brings only short relief. Gentle, specific movements help the muscles of your back relax, and that often eases the pain.&lt;/p&gt;&lt;p&gt;Limber helps you do a few of these stretches well: choose where it hurts, and it suggests one or two exercises and guides you through them with timing and breathing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is not a diagnosis or a treatment plan.&lt;/b&gt; Back pain has many causes. If your pain lasts more than a few days, keeps coming back, is severe, spreads into your legs, or comes with numbness, weakness or fever, please see a doctor or chiropractor.&lt;/p&gt;&lt;p&gt;Move slowly and breathe. A stretch should feel like a gentle pull, never like sharp pain: if it hurts more, stop.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le repos seul n’apporte en général qu’un soulagement de courte durée. Des mouvements doux et ciblés aident les muscles du dos à se détendre, ce qui apaise souvent la douleur.&lt;/p&gt;&lt;p&gt;Limber vous aide à bien faire quelques-uns de ces étirements : choisissez où vous avez mal, il vous propose un ou deux exercices et vous guide pas à pas, avec le rythme et la respiration.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce n’est ni un diagnostic ni un plan de traitement.&lt;/b&gt; Le mal de dos a de nombreuses causes. Si votre douleur dure plus de quelques jours, revient souvent, est forte, descend dans les jambes ou s’accompagne d’engourdissements, de faiblesse ou de fièvre, consultez un médecin ou un chiropracteur.&lt;/p&gt;&lt;p&gt;Bougez lentement et respirez. Un étirement doit donner une sensation de légère traction, jamais de douleur vive : si la douleur augmente, arrêtez.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System</source>
        <translation>Langue du système</translation>
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
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>limber::BodyRegionPicker</name>
    <message>
        <source>Press to see exercises for this region; press again to start.</source>
        <translation>Appuyez pour voir les exercices de cette zone ; appuyez de nouveau pour commencer.</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Où ça fait mal</translation>
    </message>
    <message>
        <source>A figure seen from behind. Choose the part of your back that hurts.</source>
        <translation>Une silhouette vue de dos. Choisissez la partie du dos qui vous fait mal.</translation>
    </message>
    <message>
        <source>Click the part that hurts</source>
        <translation>Cliquez sur la partie douloureuse</translation>
    </message>
    <message>
        <source>Press Enter or double-click to start</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour commencer</translation>
    </message>
    <message>
        <source>Double-click to start</source>
        <translation>Double-cliquez pour commencer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Press Space to see its exercises</source>
        <translation>Appuyez sur Espace pour voir ses exercices</translation>
    </message>
    <message>
        <source>Click to see its exercises</source>
        <translation>Cliquez pour voir ses exercices</translation>
    </message>
</context>
<context>
    <name>limber::BreathGuide</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Respirez tranquillement</translation>
    </message>
</context>
<context>
    <name>limber::CatalogPicker</name>
    <message>
        <source>On a chair</source>
        <translation>Sur une chaise</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Au sol</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>À genoux</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Ajouter à la routine</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Search by name or what it stretches</source>
        <translation>Chercher par nom ou par ce qui est étiré</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Chercher des exercices</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Where it is done</source>
        <translation>Où il se fait</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Où</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Exercices à ajouter</translation>
    </message>
    <message>
        <source>Enter adds the chosen exercise to the routine</source>
        <translation>Entrée ajoute l’exercice choisi à la routine</translation>
    </message>
    <message>
        <source>Adds the chosen exercise at the end of the routine</source>
        <translation>Ajoute l’exercice choisi à la fin de la routine</translation>
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
        <translation>Commencer</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>Dans %n minute</numerusform>
            <numerusform>Dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Stretch reminder</source>
        <translation>Rappel d’étirement</translation>
    </message>
    <message>
        <source>Start the stretches now</source>
        <translation>Commencer les étirements maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minutes</source>
        <translation>
            <numerusform>Me le rappeler dans %n minute</numerusform>
            <numerusform>Me le rappeler dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Passer ce rappel</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>Fermer le rappel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
</context>
<context>
    <name>limber::CuePlayer</name>
    <message>
        <source>No sound output found: the session will be silent.</source>
        <translation>Aucune sortie audio trouvée : la séance sera silencieuse.</translation>
    </message>
    <message>
        <source>Some chimes could not be played: the session may be partly silent.</source>
        <translation>Certains sons n’ont pas pu être joués : la séance risque d’être en partie silencieuse.</translation>
    </message>
</context>
<context>
    <name>limber::DesktopActivity</name>
    <message>
        <source>This desktop does not tell how long the computer has been left alone, so natural breaks cannot be seen: reminders follow the clock.</source>
        <translation>Ce bureau n’indique pas depuis combien de temps l’ordinateur est inutilisé : les pauses naturelles ne peuvent donc pas être repérées, et les rappels suivent l’horloge.</translation>
    </message>
</context>
<context>
    <name>limber::DesktopNotificationPresenter</name>
    <message>
        <source>there is no session bus</source>
        <translation>il n’y a pas de bus de session</translation>
    </message>
    <message>
        <source>GetCapabilities failed: %1</source>
        <translation>GetCapabilities a échoué : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>Dans %n minute</numerusform>
            <numerusform>Dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Notify failed: %1</source>
        <translation>Notify a échoué : %1</translation>
    </message>
    <message>
        <source>the notification server left the bus</source>
        <translation>le serveur de notifications a quitté le bus</translation>
    </message>
</context>
<context>
    <name>limber::DoseEditor</name>
    <message>
        <source>Each side</source>
        <translation>Chaque côté</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintenez</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Kind of dose</source>
        <translation>Type de dosage</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Maintenir pendant</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Hold &amp;for</source>
        <translation>&amp;Maintenir pendant</translation>
    </message>
    <message>
        <source>S&amp;ets</source>
        <translation>S&amp;éries</translation>
    </message>
    <message>
        <source>Rep&amp;etitions</source>
        <translation>R&amp;épétitions</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Phases of one repetition</source>
        <translation>Phases d&apos;une répétition</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Ajouter une p&amp;hase</translation>
    </message>
    <message>
        <source>Remo&amp;ve phase</source>
        <translation>Supprimer la pha&amp;se</translation>
    </message>
    <message>
        <source>Breathe in and move</source>
        <translation>Inspirez et bougez</translation>
    </message>
    <message>
        <source>Breathe out and come back</source>
        <translation>Expirez et revenez</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Inspirer</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Expirer</translation>
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
        <translation>Maintien, en secondes</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Nombre de maintiens</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Rest between holds, in seconds</source>
        <translation>Repos entre les maintiens, en secondes</translation>
    </message>
    <message>
        <source>Rest after this exercise, in seconds</source>
        <translation>Repos après cet exercice, en secondes</translation>
    </message>
    <message>
        <source>As usual</source>
        <translation>Comme d’habitude</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Chaque côté à tour de rôle</translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation>Les deux côtés à la fois</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source> × as long</source>
        <translation> × plus long</translation>
    </message>
    <message>
        <source>Usual pace</source>
        <translation>Rythme habituel</translation>
    </message>
    <message>
        <source>Tempo: each movement this many times as long</source>
        <translation>Rythme : chaque mouvement tant de fois plus long</translation>
    </message>
    <message>
        <source>e.g. from my physio: stop if it tingles</source>
        <translation>p. ex. de mon kiné : arrêter si ça picote</translation>
    </message>
    <message>
        <source>Note for this exercise</source>
        <translation>Note pour cet exercice</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Maintien</translation>
    </message>
    <message>
        <source>Ho&amp;lds</source>
        <translation>&amp;Fois</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>&amp;Côtés</translation>
    </message>
    <message>
        <source>Re&amp;petitions</source>
        <translation>&amp;Répétitions</translation>
    </message>
    <message>
        <source>&amp;Tempo</source>
        <translation>R&amp;ythme</translation>
    </message>
    <message>
        <source>Rest &amp;between</source>
        <translation>Repos &amp;entre</translation>
    </message>
    <message>
        <source>Rest &amp;after</source>
        <translation>Repos &amp;après</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>As usual (%1)</source>
        <extracomment>a dose field left as the catalog says, e.g. &quot;As usual (30 s)&quot;</extracomment>
        <translation>Comme d’habitude (%1)</translation>
    </message>
    <message>
        <source>This exercise is held for at most %1.</source>
        <translation>Cet exercice se tient au plus %1.</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>chaque côté</translation>
    </message>
    <message>
        <source>both at once</source>
        <translation>les deux à la fois</translation>
    </message>
    <message>
        <source>Choose an exercise of the routine to set its dose</source>
        <translation>Choisissez un exercice de la routine pour régler sa dose</translation>
    </message>
</context>
<context>
    <name>limber::EntryListModel</name>
    <message>
        <source>not in the catalog; left out when planned</source>
        <translation>absent du catalogue ; laissé de côté au moment du plan</translation>
    </message>
    <message>
        <source>%1 (as usual)</source>
        <extracomment>an exercise whose dose is the catalog&apos;s, e.g. &quot;Hold 30 s · 2 times (as usual)&quot;</extracomment>
        <translation>%1 (comme d’habitude)</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <extracomment>a row of the routine: its position, the exercise, its dose</extracomment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <extracomment>for a screen reader: &quot;2 of 4: Cat-cow, 10 times, slowly&quot;</extracomment>
        <translation>%1 sur %2 : %3, %4</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseCard</name>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>Show how to do it</source>
        <translation>Montrer comment faire</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Illustration : %1</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Inclure %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start:&lt;/b&gt; %1</source>
        <extracomment>the starting position on an exercise card, e.g. &quot;Start: Lying on your back&quot;</extracomment>
        <translation>&lt;b&gt;Départ :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>How much to do</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>How to do %1</source>
        <translation>Comment faire : %1</translation>
    </message>
    <message>
        <source>Today: </source>
        <translation>Aujourd’hui : </translation>
    </message>
    <message>
        <source>How many times for %1</source>
        <translation>Combien de fois : %1</translation>
    </message>
    <message>
        <source>How many repetitions to do today</source>
        <translation>Combien de répétitions faire aujourd’hui</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseDetailDialog</name>
    <message>
        <source>How to do %1</source>
        <translation>Comment faire : %1</translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1 en mouvement</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>Sollicite</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Étape par étape</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a stretch makes the pain sharper, stop.</source>
        <translation>Bougez lentement et restez dans ce qui est confortable. Si un étirement rend la douleur plus vive, arrêtez.</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseEditorDialog</name>
    <message>
        <source>Edit Exercise</source>
        <translation>Modifier l&apos;exercice</translation>
    </message>
    <message>
        <source>New Exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Shoulder rolls</source>
        <translation>p. ex. Rotations des épaules</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chaise</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>À genoux</translation>
    </message>
    <message>
        <source>Can be done: %1</source>
        <translation>Faisable : %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>What it stretches, separated by commas</source>
        <translation>Ce qu&apos;il étire, séparé par des virgules</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Cibles</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <source>Starting &amp;position</source>
        <translation>Position de &amp;départ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Supprimer l’éta&amp;pe</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Descend&amp;re</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Optional advice</source>
        <translation>Un conseil, si vous voulez</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Remar&amp;que</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>&amp;Limber figure</source>
        <translation>Figure &amp;Limber</translation>
    </message>
    <message>
        <source>Your own &amp;image</source>
        <translation>Votre &amp;image</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>Choisir une ima&amp;ge…</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Aperçu de l&apos;image</translation>
    </message>
    <message>
        <source>Mi&amp;rror for the other side</source>
        <translation>Miroir pour l&apos;autre &amp;côté</translation>
    </message>
    <message>
        <source>Mirror for the other side</source>
        <translation>Miroir pour l&apos;autre côté</translation>
    </message>
    <message>
        <source>For an exercise done on each side: the other side shows the picture mirrored.</source>
        <translation>Pour un exercice fait de chaque côté : l&apos;autre côté montre l&apos;image en miroir.</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation>Donnez un nom à l&apos;exercice.</translation>
    </message>
    <message>
        <source>Choose an image, or pick a Limber figure.</source>
        <translation>Choisissez une image ou une figure Limber.</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>The exercise has changes that are not saved. Close without saving them?</source>
        <translation>L&apos;exercice a des modifications non enregistrées. Fermer sans les enregistrer ?</translation>
    </message>
    <message>
        <source>&amp;New Exercise…</source>
        <translation>&amp;Nouvel exercice…</translation>
    </message>
</context>
<context>
    <name>limber::FloorView</name>
    <message>
        <source>Floor view</source>
        <translation>Vue au sol</translation>
    </message>
    <message>
        <source>Leave floor view</source>
        <translation>Quitter la vue au sol</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>exercise · where in it, e.g. Knee to chest · Left side</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paused. Press %1 to go on.</source>
        <extracomment>%1 is the key that resumes, e.g. &quot;Space&quot;</extracomment>
        <translation>En pause. Appuyez sur %1 pour continuer.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
</context>
<context>
    <name>limber::HandoutActions</name>
    <message>
        <source>Choose where it hurts and tick the exercises you want on paper first.</source>
        <translation>Choisissez d’abord où vous avez mal et cochez les exercices que vous voulez avoir sur papier.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print a handout of these exercises, with a grid to tick for two weeks</source>
        <translation>Imprimer une fiche de ces exercices, avec une grille à cocher pendant deux semaines</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the handout as a PDF to print later or send on</source>
        <translation>Enregistrer la fiche en PDF pour l’imprimer plus tard ou l’envoyer</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Printing is not available: Limber could not load %1 (%2).

Export as PDF… still works, and the PDF can be printed from any document viewer.</source>
        <translation>Impossible d’imprimer : Limber n’a pas pu charger %1 (%2).

« Exporter en PDF… » fonctionne toujours, et le PDF peut s’imprimer depuis n’importe quel lecteur de documents.</translation>
    </message>
</context>
<context>
    <name>limber::HandoutBlocks</name>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintenez</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Midi</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Session %1</source>
        <extracomment>a row of the tick grid when a routine is done more than four times a day</extracomment>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 exercice</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a session</source>
        <extracomment>how long one session takes, e.g. &quot;about 4 min a session&quot;</extracomment>
        <translation>%1 par séance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Move slowly and only as far as feels comfortable. A gentle pull is right; if an exercise brings sharp pain or makes your back worse, stop it and talk to your doctor or physiotherapist.</source>
        <translation>Bougez lentement et seulement aussi loin que c’est confortable. Un léger étirement est normal ; si un exercice provoque une douleur vive ou aggrave votre dos, arrêtez-le et parlez-en à votre médecin ou à votre kinésithérapeute.</translation>
    </message>
    <message>
        <source>Works on: %1</source>
        <translation>Travaille : %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Étape par étape</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Limber · gentle exercises for everyday back pain, not a diagnosis</source>
        <translation>Limber · exercices doux pour le mal de dos du quotidien, pas un diagnostic</translation>
    </message>
    <message>
        <source>Your two weeks</source>
        <translation>Vos deux semaines</translation>
    </message>
    <message>
        <source>Tick a box for each exercise after every session. Once a day, write down how your back feels, from 0 (no pain) to 10 (the worst pain).</source>
        <translation>Cochez une case pour chaque exercice après chaque séance. Une fois par jour, notez comment va votre dos, de 0 (aucune douleur) à 10 (la pire douleur).</translation>
    </message>
    <message>
        <source>Tick a box for each exercise you did that day, and write down how your back feels, from 0 (no pain) to 10 (the worst pain).</source>
        <translation>Cochez une case pour chaque exercice fait ce jour-là, et notez comment va votre dos, de 0 (aucune douleur) à 10 (la pire douleur).</translation>
    </message>
    <message>
        <source>Week %1</source>
        <extracomment>a heading of the tick grid: &quot;Week 1&quot;, &quot;Week 2&quot;</extracomment>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day %1</source>
        <extracomment>a row of the tick grid: &quot;Day 1&quot; ... &quot;Day 14&quot;</extracomment>
        <translation>Jour %1</translation>
    </message>
</context>
<context>
    <name>limber::HandoutBuilder</name>
    <message>
        <source>about %1</source>
        <extracomment>how long one exercise takes, e.g. &quot;about 2 min&quot;</extracomment>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>une fois par jour</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>deux fois par jour</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n fois par jour</numerusform>
            <numerusform>%n fois par jour</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>une fois par semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n days a week</source>
        <translation>
            <numerusform>%n jour par semaine</numerusform>
            <numerusform>%n jours par semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Vos exercices</translation>
    </message>
</context>
<context>
    <name>limber::HandoutCommand</name>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 écrit (%2)</translation>
    </message>
</context>
<context>
    <name>limber::HandoutDocument</name>
    <message>
        <source>%1: this is a folder; give a file name for the PDF</source>
        <translation>%1 : c’est un dossier ; donnez un nom de fichier pour le PDF</translation>
    </message>
    <message>
        <source>%1: the handout could not be laid out</source>
        <translation>%1 : la fiche n’a pas pu être mise en page</translation>
    </message>
    <message>
        <source>%1: cannot write here (%2)</source>
        <translation>%1 : impossible d’écrire ici (%2)</translation>
    </message>
    <message>
        <source>%1: could not be written (%2)</source>
        <translation>%1 : n’a pas pu être écrit (%2)</translation>
    </message>
</context>
<context>
    <name>limber::HandoutExportDialog</name>
    <message>
        <source>Export handout as PDF</source>
        <translation>Exporter la fiche en PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Give a file name for the PDF.</source>
        <translation>Donnez un nom de fichier pour le PDF.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryExport</name>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Export History as CSV…</source>
        <translation>&amp;Exporter l’historique en CSV…</translation>
    </message>
    <message>
        <source>Save every session to a file a spreadsheet can open</source>
        <translation>Enregistrer toutes les séances dans un fichier lisible par un tableur</translation>
    </message>
</context>
<context>
    <name>limber::HistoryRecorder</name>
    <message>
        <source>There is no saved session to add the pain level to.</source>
        <translation>Il n’y a aucune séance enregistrée à laquelle ajouter le niveau de douleur.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
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
        <translation>Retour</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <source>Pain, last %1 weeks</source>
        <translation>Douleur, %1 dernières semaines</translation>
    </message>
    <message>
        <source>Region shown in the pain chart</source>
        <translation>Zone affichée dans le graphique de la douleur</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Douleur avant → après</translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>Séances par jour</translation>
    </message>
    <message>
        <source>Minutes this week</source>
        <translation>Minutes cette semaine</translation>
    </message>
    <message>
        <source>Sessions so far</source>
        <translation>Séances jusqu’ici</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>No sessions yet. Each session you do will be listed here, day by day, with the reminders of that day.</source>
        <translation>Aucune séance pour l’instant. Chaque séance que vous ferez apparaîtra ici, jour par jour, avec les rappels de la journée.</translation>
    </message>
    <message>
        <source>Weeks in a row at your goal: this week can be the first</source>
        <translation>Semaines d’affilée avec votre objectif atteint : cette semaine peut être la première</translation>
    </message>
    <message>
        <source>Weeks in a row at your goal (rest days are fine)</source>
        <translation>Semaines d’affilée avec votre objectif atteint (les jours de repos sont permis)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>sessions done this week against the weekly goal, as a figure: &quot;3 / 5&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sessions this week: goal reached</source>
        <translation>Séances cette semaine : objectif atteint</translation>
    </message>
    <message>
        <source>Sessions this week, of your goal</source>
        <translation>Séances cette semaine, sur votre objectif</translation>
    </message>
    <message>
        <source>%1 done</source>
        <extracomment>how reminders were answered: &quot;1 started&quot;, &quot;2 snoozed&quot;...</extracomment>
        <translation>%1 terminé(s)</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 commencé(s)</translation>
    </message>
    <message>
        <source>%1 snoozed</source>
        <translation>%1 reporté(s)</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 passé(s)</translation>
    </message>
    <message>
        <source>%1 unanswered</source>
        <translation>%1 sans réponse</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 rappel</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders</source>
        <translation>
            <numerusform>%n rappel</numerusform>
            <numerusform>%n rappels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;3 reminders: 1 started, 2 snoozed&quot;</extracomment>
        <translation>%1 : %2</translation>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>Où avez-vous mal ?</translation>
    </message>
    <message>
        <source>Choose the part of your back that needs some care.</source>
        <translation>Choisissez la partie du dos qui a besoin d’un peu d’attention.</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>À propos de ces exercices</translation>
    </message>
    <message>
        <source>A few minutes of gentle stretching</source>
        <translation>Quelques minutes d’étirements en douceur</translation>
    </message>
    <message>
        <source>Pick a region on the figure and Limber suggests one or two exercises for it. It then talks you through them: when to hold, when to breathe, when to rest.</source>
        <translation>Choisissez une zone sur la silhouette et Limber vous propose un ou deux exercices adaptés. Il vous guide ensuite : quand maintenir, quand respirer, quand vous reposer.</translation>
    </message>
    <message>
        <source>Exercises for %1</source>
        <translation>Exercices pour : %1</translation>
    </message>
</context>
<context>
    <name>limber::HurtMarksPanel</name>
    <message>
        <source>Did one of these make the pain sharper?</source>
        <translation>L’un de ces exercices a-t-il rendu la douleur plus vive ?</translation>
    </message>
    <message>
        <source>Exercises that made the pain sharper</source>
        <translation>Exercices qui ont rendu la douleur plus vive</translation>
    </message>
    <message>
        <source>If the pain gets sharper or does not settle, stop and talk to your physiotherapist or doctor.</source>
        <translation>Si la douleur devient plus vive ou ne se calme pas, arrêtez-vous et parlez-en à votre kinésithérapeute ou à votre médecin.</translation>
    </message>
    <message>
        <source>This one made it worse</source>
        <translation>Celui-ci a aggravé la douleur</translation>
    </message>
    <message>
        <source>%1 made the pain sharper</source>
        <translation>%1 a rendu la douleur plus vive</translation>
    </message>
    <message>
        <source>Limber will stop suggesting it; you can still choose it yourself</source>
        <translation>Limber ne le proposera plus ; vous pouvez toujours le choisir vous-même</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: keep suggesting %1</source>
        <translation>Annuler : continuer à proposer %1</translation>
    </message>
    <message>
        <source>Set aside: Limber won&apos;t suggest it again.</source>
        <translation>Mis de côté : Limber ne le proposera plus.</translation>
    </message>
    <message>
        <source>Already set aside: Limber doesn&apos;t suggest it.</source>
        <translation>Déjà mis de côté : Limber ne le propose pas.</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>Impossible d’enregistrer : %1</translation>
    </message>
</context>
<context>
    <name>limber::ImportRoutineDialog</name>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Replace what is there</source>
        <translation>Remplacer l’existant</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>A routine of 1 exercise</source>
        <translation>Une routine de 1 exercice</translation>
    </message>
    <message numerus="yes">
        <source>A routine of %n exercises</source>
        <translation>
            <numerusform>Une routine de %n exercice</numerusform>
            <numerusform>Une routine de %n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>1 exercise of its own: %1</source>
        <translation>1 exercice à elle : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises of its own: %1</source>
        <translation>
            <numerusform>%n exercice à elle : %1</numerusform>
            <numerusform>%n exercices à elle : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>1 image</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>Ce fichier contient :</translation>
    </message>
    <message>
        <source>A routine with this name is saved already</source>
        <translation>Une routine de ce nom est déjà enregistrée</translation>
    </message>
    <message>
        <source>You already have a routine saved as “%1”.</source>
        <translation>Vous avez déjà une routine enregistrée sous « %1 ».</translation>
    </message>
    <message>
        <source>Exercises and pictures you have already</source>
        <translation>Exercices et images que vous avez déjà</translation>
    </message>
    <message>
        <source>Already installed: %1</source>
        <translation>Déjà installé : %1</translation>
    </message>
    <message>
        <source>Nothing you have is replaced.</source>
        <translation>Rien de ce que vous avez n’est remplacé.</translation>
    </message>
    <message>
        <source>Not in your catalog, left out when the routine is planned: %1</source>
        <translation>Absent de votre catalogue, laissé de côté dans le plan : %1</translation>
    </message>
    <message>
        <source>Exercises new to Limber appear after Limber is started again.</source>
        <translation>Les nouveaux exercices apparaissent au prochain démarrage de Limber.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About these &amp;exercises…</source>
        <translation>À propos de ces &amp;exercices…</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>À propos de &amp;Limber</translation>
    </message>
    <message>
        <source>History cannot be saved</source>
        <translation>Impossible d’enregistrer l’historique</translation>
    </message>
    <message>
        <source>About your history</source>
        <translation>À propos de votre historique</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Your session goes on as usual.</source>
        <translation>%1&lt;br&gt;Votre séance continue normalement.</translation>
    </message>
    <message>
        <source>Continue your last session?</source>
        <translation>Reprendre votre dernière séance ?</translation>
    </message>
    <message>
        <source>Your last session stopped unexpectedly at %1. Would you like to continue from there?</source>
        <translation>Votre dernière séance s’est arrêtée de façon inattendue à l’exercice %1. Voulez-vous la reprendre à partir de là ?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>A problem was found in the exercise files</source>
        <translation>Un problème a été trouvé dans les fichiers d’exercices</translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found in the exercise files</source>
        <translation>
            <numerusform>%n problème a été trouvé dans les fichiers d’exercices</numerusform>
            <numerusform>%n problèmes ont été trouvés dans les fichiers d’exercices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the log).</source>
        <translation>
            <numerusform>…et %n autre (voir le journal).</numerusform>
            <numerusform>…et %n autres (voir le journal).</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber left out what it could not read; everything else works as usual.</source>
        <translation>Limber a laissé de côté ce qu’il n’a pas pu lire ; tout le reste fonctionne normalement.</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>À propos de ces exercices</translation>
    </message>
    <message>
        <source>About Limber</source>
        <translation>À propos de Limber</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Guided stretching for everyday back pain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Des étirements guidés pour le mal de dos du quotidien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sound unavailable</source>
        <translation>Son indisponible</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Every step is still shown on screen, so you can follow along as usual.</source>
        <translation>%1&lt;br&gt;Chaque étape reste affichée à l’écran : vous pouvez suivre la séance comme d’habitude.</translation>
    </message>
</context>
<context>
    <name>limber::MinutesChart</name>
    <message>
        <source>Minutes of stretching per week</source>
        <translation>Minutes d’étirement par semaine</translation>
    </message>
    <message>
        <source>week of %1: %2 min</source>
        <translation>semaine du %1 : %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
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
        <translation>Votre séance</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>limber::OwnExerciseActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Make a Copy to Edit…</source>
        <translation>Faire une &amp;copie à modifier…</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (ma copie)</translation>
    </message>
    <message>
        <source>New Exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Delete “%1”? Its picture stays in the folder; the exercise is gone from Limber.</source>
        <translation>Supprimer « %1 » ? Son image reste dans le dossier ; l’exercice disparaît de Limber.</translation>
    </message>
    <message>
        <source>Delete Exercise?</source>
        <translation>Supprimer l’exercice ?</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n routine(s): %1. They keep its place and dose, shown as “not in the catalog” and left out of their sessions until the exercise is back.</source>
        <translation>
            <numerusform>Utilisé par %n routine : %1. Elle garde sa place et sa dose, affichées comme « absent du catalogue », et le laisse de côté dans ses séances jusqu’au retour de l’exercice.</numerusform>
            <numerusform>Utilisé par %n routines : %1. Elles gardent sa place et sa dose, affichées comme « absent du catalogue », et le laissent de côté dans leurs séances jusqu’au retour de l’exercice.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Annulation impossible</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is deleted. %n routine(s) now show it as missing: %2.</source>
        <translation>
            <numerusform>« %1 » est supprimé. %n routine l’affiche désormais comme absent : %2.</numerusform>
            <numerusform>« %1 » est supprimé. %n routines l’affichent désormais comme absent : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise Deleted</source>
        <translation>Exercice supprimé</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>limber::PainCheckInDialog</name>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Ne plus me demander</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Point sur la douleur</translation>
    </message>
    <message>
        <source>Before you start: how is the pain right now?</source>
        <translation>Avant de commencer : où en est la douleur en ce moment ?</translation>
    </message>
    <message>
        <source>And now, after stretching: how is the pain?</source>
        <translation>Et maintenant, après les étirements : où en est la douleur ?</translation>
    </message>
    <message>
        <source>0 is no pain at all, 10 the worst you can imagine. One click is enough.</source>
        <translation>0 signifie aucune douleur, 10 la pire imaginable. Un clic suffit.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>limber::PainLevelButton</name>
    <message>
        <source>%1: %2</source>
        <extracomment>what a screen reader says for a pain level button, e.g. &quot;3: mild&quot;</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Aucune douleur</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>La pire imaginable</translation>
    </message>
</context>
<context>
    <name>limber::PainTrendChart</name>
    <message>
        <source>Pain over time</source>
        <translation>Évolution de la douleur</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>No pain check-ins in these weeks yet.
Answer the short question before or after a session to see the trend here.</source>
        <translation>Aucun point sur la douleur ces semaines-ci.
Répondez à la courte question avant ou après une séance pour voir l’évolution ici.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>limber::Planner</name>
    <message>
        <source>Rest and breathe</source>
        <translation>Reposez-vous et respirez</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Passez au côté droit</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Passez au côté gauche</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintenez</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a region nor an exercise</source>
        <translation>« %1 » n’est ni une zone ni un exercice</translation>
    </message>
    <message>
        <source>no region or exercise given</source>
        <translation>aucune zone ni aucun exercice indiqué</translation>
    </message>
    <message>
        <source>every exercise for &quot;%1&quot; is set aside because it made the pain sharper; name the exercises to plan them anyway</source>
        <translation>tous les exercices de « %1 » sont mis de côté parce qu’ils ont rendu la douleur plus vive ; nommez les exercices pour les planifier quand même</translation>
    </message>
</context>
<context>
    <name>limber::PoseGallery</name>
    <message>
        <source>Limber figures</source>
        <translation>Figures Limber</translation>
    </message>
</context>
<context>
    <name>limber::PreferencesDialog</name>
    <message>
        <source>Session starts</source>
        <translation>Début de la séance</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Mise en position</translation>
    </message>
    <message>
        <source>Hold begins</source>
        <translation>Début du maintien</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâcher</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Each repetition</source>
        <translation>Chaque répétition</translation>
    </message>
    <message>
        <source>Last seconds of a hold</source>
        <translation>Dernières secondes du maintien</translation>
    </message>
    <message>
        <source>Exercise done</source>
        <translation>Exercice terminé</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Son et voix</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit after a number of seconds in a spin box, with its leading space</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to get into position before each exercise</source>
        <translation>Temps pour vous mettre en position avant chaque exercice</translation>
    </message>
    <message>
        <source>&amp;Lead-in before an exercise:</source>
        <translation>&amp;Préparation avant un exercice :</translation>
    </message>
    <message>
        <source>How long a usual hold lasts; shorter holds keep their proportion</source>
        <translation>Durée d’un maintien habituel ; les maintiens plus courts gardent leur proportion</translation>
    </message>
    <message>
        <source>&amp;Hold length:</source>
        <translation>&amp;Durée du maintien :</translation>
    </message>
    <message>
        <source>Rest between &amp;holds:</source>
        <translation>Repos entre les &amp;maintiens :</translation>
    </message>
    <message>
        <source>Rest between &amp;exercises:</source>
        <translation>Repos entre les &amp;exercices :</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>&amp;Pace of repetitions:</source>
        <translation>&amp;Rythme des répétitions :</translation>
    </message>
    <message>
        <source>You can still change the count for one session on its card</source>
        <translation>Vous pouvez toujours modifier le nombre pour une séance sur sa fiche</translation>
    </message>
    <message>
        <source>&amp;Cobra stretch repetitions:</source>
        <translation>Répétitions du &amp;cobra :</translation>
    </message>
    <message>
        <source>A short countdown after a pause, to find the position again</source>
        <translation>Un court compte à rebours après une pause, pour retrouver la position</translation>
    </message>
    <message>
        <source>&amp;Get ready after a pause:</source>
        <translation>Se préparer &amp;après une pause :</translation>
    </message>
    <message>
        <source>Changes apply from the next session.</source>
        <translation>Les changements s’appliquent à partir de la prochaine séance.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume :</translation>
    </message>
    <message>
        <source>&amp;Mute all chimes</source>
        <translation>&amp;Couper tous les sons</translation>
    </message>
    <message>
        <source>Chimes for:</source>
        <translation>Sons pour :</translation>
    </message>
    <message>
        <source>&amp;Speak the instructions</source>
        <translation>&amp;Lire les consignes à voix haute</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voix :</translation>
    </message>
    <message>
        <source>V&amp;oice to use:</source>
        <translation>V&amp;oix à utiliser :</translation>
    </message>
    <message>
        <source>Default voice for the language</source>
        <translation>Voix par défaut de la langue</translation>
    </message>
    <message>
        <source>No speech engine is installed, so Limber cannot speak. The chimes work as usual.</source>
        <translation>Aucun moteur de synthèse vocale n’est installé : Limber ne peut donc pas parler. Les sons fonctionnent normalement.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Ask how the pain is before and after a session</source>
        <translation>&amp;Demander où en est la douleur avant et après une séance</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <source>The pain levels you give are kept in your history, so you can see how your back is doing over the weeks.</source>
        <translation>Les niveaux de douleur que vous indiquez sont conservés dans votre historique, pour voir comment va votre dos au fil des semaines.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a volume from 0 to 100 percent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <extracomment>after the number of sessions in the weekly goal spin box, with its leading space</extracomment>
        <translation> séances par semaine</translation>
    </message>
    <message>
        <source>Weekly goal, sessions a week</source>
        <translation>Objectif hebdomadaire, séances par semaine</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Objectif hebdomadaire :</translation>
    </message>
    <message>
        <source>Home shows how many sessions you have done this week. Rest days are fine: your streak counts the weeks in a row in which you reached the goal.</source>
        <translation>L’accueil indique combien de séances vous avez faites cette semaine. Les jours de repos sont permis : votre série compte les semaines d’affilée où vous avez atteint l’objectif.</translation>
    </message>
    <message>
        <source>Start at log-in</source>
        <translation>Démarrage à l’ouverture de session</translation>
    </message>
    <message>
        <source>%1 Limber starts as before; your other settings are saved.</source>
        <translation>%1 Limber démarre comme avant ; vos autres réglages sont enregistrés.</translation>
    </message>
    <message>
        <source>Use the &amp;floor view for every session</source>
        <translation>Utiliser la vue au &amp;sol pour chaque séance</translation>
    </message>
    <message>
        <source>Full screen, with a countdown big enough to read from a mat across the room</source>
        <translation>Plein écran, avec un compte à rebours assez grand pour être lu depuis un tapis à l’autre bout de la pièce</translation>
    </message>
    <message>
        <source>Across the room:</source>
        <translation>À distance :</translation>
    </message>
    <message>
        <source>During a session, %1 or the Floor view button switches it on and off.</source>
        <extracomment>%1 is the key that switches the floor view, e.g. &quot;F11&quot;</extracomment>
        <translation>Pendant une séance, %1 ou le bouton « Vue au sol » l’active et la désactive.</translation>
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
        <translation>C’est le moment de s’étirer</translation>
    </message>
    <message>
        <source>%1, right where you sit or stand.</source>
        <translation>%1, là où vous êtes, assis ou debout.</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>the reminder&apos;s second choice: one of the person&apos;s routines, by name, e.g. Start “Physio, week 2”</extracomment>
        <translation>Commencer « %1 »</translation>
    </message>
    <message>
        <source>Your routine “%1” is due today.</source>
        <extracomment>added to the reminder&apos;s text when one of the person&apos;s routines is due today</extracomment>
        <translation>Votre routine « %1 » est à faire aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>limber::RemindersPage</name>
    <message>
        <source>&amp;Remind me to stretch</source>
        <translation>Me &amp;rappeler de m’étirer</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Après</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes, with its leading space</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of computer use before a reminder</source>
        <translation>Minutes d’utilisation de l’ordinateur avant un rappel</translation>
    </message>
    <message>
        <source>of computer use</source>
        <translation>d’utilisation de l’ordinateur</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>At &amp;these times:</source>
        <translation>À &amp;ces heures :</translation>
    </message>
    <message>
        <source>10:30 15:00</source>
        <extracomment>an example of times of day, separated by spaces</extracomment>
        <translation>10:30 15:00</translation>
    </message>
    <message>
        <source>Times of day, separated by spaces</source>
        <translation>Heures de la journée, séparées par des espaces</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>between two times of day: &quot;09:00 to 18:00&quot;</extracomment>
        <translation>et</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>Entre :</translation>
    </message>
    <message>
        <source>Being away from the keyboard this long counts as a break, and the count starts again</source>
        <translation>Une absence du clavier de cette durée compte comme une pause, et le décompte repart de zéro</translation>
    </message>
    <message>
        <source>A &amp;break is:</source>
        <translation>Durée d’une &amp;pause :</translation>
    </message>
    <message>
        <source>Soft &amp;chime with each reminder</source>
        <translation>&amp;Son doux à chaque rappel</translation>
    </message>
    <message>
        <source>&amp;Start Limber in the tray when I log in</source>
        <translation>&amp;Lancer Limber dans la zone de notification à l’ouverture de session</translation>
    </message>
    <message>
        <source>Reminders never interrupt a fullscreen window or a session, and wait while you are away.</source>
        <translation>Les rappels n’interrompent jamais une fenêtre en plein écran ni une séance, et attendent pendant votre absence.</translation>
    </message>
    <message>
        <source>Write the times as hours and minutes with spaces between them, for example 10:30 15:00.</source>
        <translation>Écrivez les heures en heures et minutes, séparées par des espaces, par exemple 10:30 15:00.</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>La fin des heures de travail doit venir après leur début.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineArchive</name>
    <message>
        <source>the picture %1 of %2 is not in the archive</source>
        <translation>l’image %1 de %2 n’est pas dans l’archive</translation>
    </message>
    <message>
        <source>%1 would be written outside the catalog folder; a picture&apos;s path must be relative, without &quot;..&quot;</source>
        <translation>%1 serait écrit hors du dossier du catalogue ; le chemin d’une image doit être relatif, sans « .. »</translation>
    </message>
    <message>
        <source>the picture %1 is in the archive twice</source>
        <translation>l’image %1 figure deux fois dans l’archive</translation>
    </message>
    <message>
        <source>the picture is larger than %1 MiB</source>
        <translation>l’image dépasse %1 Mio</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>the pictures would unpack to more than %1 MiB</source>
        <translation>les images occuperaient plus de %1 Mio une fois décompressées</translation>
    </message>
    <message>
        <source>the picture %1 of %2 is left out: it cannot be read or is too large</source>
        <translation>l’image %1 de %2 est laissée de côté : illisible ou trop grande</translation>
    </message>
    <message>
        <source>%1 is not written: it would be larger than %2 MiB</source>
        <translation>%1 n’est pas écrit : il dépasserait %2 Mio</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, too large for a Limber archive</source>
        <translation>le fichier dépasse %1 Mio, trop gros pour une archive Limber</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not a Limber archive</source>
        <translation>ce n’est pas une archive Limber</translation>
    </message>
    <message>
        <source>the file nests more than %1 levels deep; it is not a Limber archive</source>
        <translation>le fichier imbrique plus de %1 niveaux ; ce n’est pas une archive Limber</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (%1 at byte %2)</source>
        <translation>le fichier est abîmé ou incomplet (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the archive has no valid version number</source>
        <translation>l’archive n’a pas de numéro de version valide</translation>
    </message>
    <message>
        <source>this archive was made by a newer Limber (archive version %1); this Limber reads version %2. Update Limber to import it.</source>
        <translation>cette archive vient d’un Limber plus récent (version d’archive %1) ; ce Limber lit la version %2. Mettez Limber à jour pour l’importer.</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot write %1: its folder cannot be created</source>
        <translation>impossible d’écrire %1 : son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>there is no folder to import into (the system gives no data location)</source>
        <translation>il n’y a pas de dossier où importer (le système n’indique aucun emplacement de données)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d’écrire dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Enregistrer la routine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Éditeur de routine</translation>
    </message>
    <message>
        <source>e.g. Morning routine from my physio</source>
        <translation>p. ex. Routine du matin de mon kiné</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> par jour</translation>
    </message>
    <message>
        <source>How many times a day</source>
        <translation>Combien de fois par jour</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> jours par semaine</translation>
    </message>
    <message>
        <source>How many days a week</source>
        <translation>Combien de jours par semaine</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>À quelle &amp;fréquence</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>In this routine</source>
        <translation>Dans cette routine</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Exercices de cette routine</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen exercise; Delete removes it.</source>
        <translation>Alt+Haut et Alt+Bas déplacent l’exercice choisi ; Suppr le retire.</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Haut</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Bas</translation>
    </message>
    <message>
        <source>Remove the chosen exercise from the routine</source>
        <translation>Retirer l’exercice choisi de la routine</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Timeline of the session</source>
        <translation>Déroulé de la séance</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>What this routine is for, what your physiotherapist said…</source>
        <translation>À quoi sert cette routine, ce qu’a dit votre kiné…</translation>
    </message>
    <message>
        <source>Notes for the whole routine</source>
        <translation>Notes pour toute la routine</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>A routine holds at most %n exercises.</source>
        <translation>
            <numerusform>Une routine compte au plus %n exercice.</numerusform>
            <numerusform>Une routine compte au plus %n exercices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add exercises from the list on the left.</source>
        <translation>Ajoutez des exercices depuis la liste de gauche.</translation>
    </message>
    <message>
        <source>1 exercise · about %1</source>
        <translation>1 exercice · environ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises · about %1</source>
        <translation>
            <numerusform>%n exercice · environ %1</numerusform>
            <numerusform>%n exercices · environ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the routine a name, so you can find it on home.</source>
        <translation>Donnez un nom à la routine pour la retrouver sur l’accueil.</translation>
    </message>
    <message>
        <source>Add at least one exercise.</source>
        <translation>Ajoutez au moins un exercice.</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>« %1 » a des modifications pas encore enregistrées.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineFiles</name>
    <message>
        <source>&amp;Export routine…</source>
        <translation>E&amp;xporter la routine…</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importer une routine…</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Limber routines (*.limber)</source>
        <translation>Routines Limber (*.limber)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exporter « %1 »</translation>
    </message>
    <message>
        <source>The routine cannot be exported</source>
        <translation>La routine ne peut pas être exportée</translation>
    </message>
    <message>
        <source>There is no routine “%1”.</source>
        <translation>Il n’y a pas de routine « %1 ».</translation>
    </message>
    <message>
        <source>The routine cannot be imported</source>
        <translation>La routine ne peut pas être importée</translation>
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
        <translation>Nouvelle routine…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change the chosen routine</source>
        <translation>Modifier la routine choisie</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Make a copy of the chosen routine</source>
        <translation>Faire une copie de la routine choisie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the chosen routine; it can be undone</source>
        <translation>Supprimer la routine choisie ; cela peut être annulé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>My routines</source>
        <translation>Mes routines</translation>
    </message>
    <message>
        <source>Make a routine of your own from the exercises</source>
        <translation>Composer votre propre routine avec les exercices</translation>
    </message>
    <message>
        <source>Put together the exercises that help you, or the ones your physiotherapist gave you, with your own holds and notes; then start them in one click.</source>
        <translation>Rassemblez les exercices qui vous aident, ou ceux de votre kiné, avec vos propres maintiens et notes ; puis lancez-les en un clic.</translation>
    </message>
    <message>
        <source>Make your first routine…</source>
        <translation>Créer votre première routine…</translation>
    </message>
    <message>
        <source>Enter starts the chosen routine; Alt+Up and Alt+Down move it; Delete removes it.</source>
        <translation>Entrée lance la routine choisie ; Alt+Haut et Alt+Bas la déplacent ; Suppr la supprime.</translation>
    </message>
    <message>
        <source>Start the chosen routine</source>
        <translation>Lancer la routine choisie</translation>
    </message>
    <message>
        <source>Routine deleted</source>
        <translation>Routine supprimée</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <extracomment>after a routine was deleted; &quot;Undo&quot; follows</extracomment>
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <source>Undo deleting %1</source>
        <translation>Annuler la suppression de %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Lancer %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutinePanel</name>
    <message>
        <source>Choose all</source>
        <translation>Tout choisir</translation>
    </message>
    <message>
        <source>More for this region</source>
        <translation>Autres exercices pour cette zone</translation>
    </message>
    <message>
        <source>Chosen region</source>
        <translation>Zone choisie</translation>
    </message>
    <message>
        <source>The ticked ones make a short session for today. Tick or untick to change it.</source>
        <translation>Les exercices cochés forment une courte séance pour aujourd’hui. Cochez ou décochez pour la modifier.</translation>
    </message>
    <message>
        <source>Do every exercise for this region</source>
        <translation>Faire tous les exercices de cette zone</translation>
    </message>
    <message>
        <source>Start · %1</source>
        <extracomment>the session&apos;s planned length follows, e.g. &quot;Start · 4 min&quot;</extracomment>
        <translation>Commencer · %1</translation>
    </message>
    <message>
        <source>Start session, about %1</source>
        <translation>Commencer la séance, environ %1</translation>
    </message>
    <message>
        <source>Tick an exercise to start</source>
        <translation>Cochez un exercice pour commencer</translation>
    </message>
    <message>
        <source>You have set aside every exercise here because they made the pain sharper, so Limber suggests none today. You can still tick one yourself, or choose &quot;Suggest it again&quot;. If the pain keeps getting sharper, please talk to your physiotherapist or doctor.</source>
        <translation>Vous avez mis de côté tous les exercices de cette zone parce qu’ils ont rendu la douleur plus vive : Limber n’en propose donc aucun aujourd’hui. Vous pouvez toujours en cocher un vous-même, ou choisir « Le proposer à nouveau ». Si la douleur continue de s’aggraver, parlez-en à votre kinésithérapeute ou à votre médecin.</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>Impossible d’enregistrer : %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutinePrintActions</name>
    <message>
        <source>P&amp;rint routine…</source>
        <translation>Imprimer la &amp;routine…</translation>
    </message>
    <message>
        <source>Export routine as PD&amp;F…</source>
        <translation>Exporter la routine en PD&amp;F…</translation>
    </message>
    <message>
        <source>Print the routine with its own doses and notes, and a grid to tick</source>
        <translation>Imprimer la routine avec ses propres doses et notes, et une grille à cocher</translation>
    </message>
    <message>
        <source>Save the routine&apos;s handout as a PDF to print later or send on</source>
        <translation>Enregistrer la fiche de la routine en PDF pour l’imprimer plus tard ou la transmettre</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print this routine, or save it as a PDF</source>
        <translation>Imprimer cette routine ou l’enregistrer en PDF</translation>
    </message>
    <message>
        <source>“%1” has no exercises to print yet: add some in the routine editor.</source>
        <translation>« %1 » n’a pas encore d’exercices à imprimer : ajoutez-en dans l’éditeur de routine.</translation>
    </message>
    <message>
        <source>There is no routine to print yet: make one with New routine… under My routines.</source>
        <translation>Il n’y a pas encore de routine à imprimer : créez-en une avec « Nouvelle routine… » dans « Mes routines ».</translation>
    </message>
    <message>
        <source>Export routine as PDF</source>
        <translation>Exporter la routine en PDF</translation>
    </message>
    <message>
        <source>Print routine</source>
        <translation>Imprimer la routine</translation>
    </message>
</context>
<context>
    <name>limber::RoutineReader</name>
    <message>
        <source>must be at most %1 characters</source>
        <translation>doit faire au plus %1 caractères</translation>
    </message>
    <message>
        <source>this is not a Limber routine (expected &quot;format&quot;: &quot;limber-routine&quot;)</source>
        <translation>ce n’est pas une routine Limber (attendu : &quot;format&quot;: &quot;limber-routine&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 up</source>
        <translation>doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>this routine was written by a newer Limber (format version %1); this Limber reads version %2. Update Limber to open it.</source>
        <translation>cette routine vient d’un Limber plus récent (version de format %1) ; ce Limber lit la version %2. Mettez Limber à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>must be an exercise id such as &quot;knee-to-chest&quot;, got %1</source>
        <translation>doit être un identifiant d’exercice comme &quot;knee-to-chest&quot;, trouvé : %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, far more than any routine needs</source>
        <translation>le fichier dépasse %1 Mio, bien plus qu’il n’en faut pour une routine</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file nests more than %1 levels deep; a routine needs three</source>
        <translation>le fichier imbrique plus de %1 niveaux ; une routine en demande trois</translation>
    </message>
    <message>
        <source>this is not valid JSON (line %1, byte %2): %3</source>
        <translation>ce n’est pas du JSON valide (ligne %1, octet %2) : %3</translation>
    </message>
    <message>
        <source>this is not a Limber routine (expected a JSON object at the top level)</source>
        <translation>ce n’est pas une routine Limber (un objet JSON est attendu au premier niveau)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>no exercise %1 is installed; it is left out until it is</source>
        <translation>aucun exercice %1 n’est installé ; il est laissé de côté d’ici là</translation>
    </message>
    <message>
        <source>ignored: %1 is done in repetitions, not held</source>
        <translation>ignoré : %1 se fait en répétitions, sans maintien</translation>
    </message>
    <message>
        <source>ignored: %1 is held, not done in repetitions</source>
        <translation>ignoré : %1 se tient, il ne se fait pas en répétitions</translation>
    </message>
    <message>
        <source>%1 is held for at most %2 seconds; the hold is shortened to that</source>
        <translation>%1 se tient au plus %2 secondes ; le maintien est raccourci d’autant</translation>
    </message>
</context>
<context>
    <name>limber::RoutineStore</name>
    <message>
        <source>more than %1 routines; this one is not loaded</source>
        <translation>plus de %1 routines ; celle-ci n’est pas chargée</translation>
    </message>
    <message>
        <source>the routine&apos;s id %1 does not match the file name; rename the file to %2</source>
        <translation>l’identifiant %1 de la routine ne correspond pas au nom du fichier ; renommez le fichier en %2</translation>
    </message>
    <message>
        <source>%1 is kept as it is: it cannot be read, and saving over it would lose it</source>
        <translation>%1 est laissé tel quel : il est illisible, et l’écraser le perdrait</translation>
    </message>
    <message>
        <source>there is no routine %1</source>
        <translation>il n’y a pas de routine %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>there is no folder to keep routines in (the system gives no data location)</source>
        <translation>il n’y a pas de dossier pour les routines (le système n’indique aucun emplacement de données)</translation>
    </message>
</context>
<context>
    <name>limber::RoutineWriter</name>
    <message>
        <source>%1 was written by a newer Limber (routine format version %2); this Limber writes version %3 and leaves the file as it is</source>
        <translation>%1 vient d’un Limber plus récent (format de routine version %2) ; ce Limber écrit la version %3 et laisse le fichier tel quel</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>impossible d’écrire %1 : ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 cannot be created</source>
        <translation>impossible d’écrire %1 : le dossier %2 ne peut pas être créé</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesController</name>
    <message>
        <source>The routine cannot be deleted</source>
        <translation>La routine ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>The routine cannot be put back</source>
        <translation>La routine ne peut pas être remise</translation>
    </message>
    <message>
        <source>The routine cannot be copied</source>
        <translation>La routine ne peut pas être copiée</translation>
    </message>
    <message>
        <source>The new order cannot be saved</source>
        <translation>Le nouvel ordre ne peut pas être enregistré</translation>
    </message>
</context>
<context>
    <name>limber::SessionOverlay</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
</context>
<context>
    <name>limber::SessionView</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Limber paused because the computer was asleep or busy. Press %1 or click Resume when you are ready.</source>
        <translation>Limber s’est mis en pause car l’ordinateur était en veille ou occupé. Appuyez sur %1 ou cliquez sur Reprendre quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <source>End the session and go back home</source>
        <translation>Terminer la séance et revenir à l’accueil</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Arrêter cette séance ?</translation>
    </message>
    <message>
        <source>You can start again from home whenever you like.</source>
        <translation>Vous pourrez recommencer depuis l’accueil quand vous voudrez.</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Exercice %1 sur %2</translation>
    </message>
    <message>
        <source>second</source>
        <comment>unit under the countdown</comment>
        <translation>seconde</translation>
    </message>
    <message numerus="yes">
        <source>seconds</source>
        <comment>unit under the countdown</comment>
        <translation>
            <numerusform>seconde</numerusform>
            <numerusform>secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Take your time. Press %1 or click Resume when you are ready.</source>
        <extracomment>%1 is the key that resumes, e.g. &quot;Space&quot;</extracomment>
        <translation>Prenez votre temps. Appuyez sur %1 ou cliquez sur Reprendre quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Floor view</source>
        <translation>Vue au sol</translation>
    </message>
    <message>
        <source>Full screen in big type, to follow from a mat</source>
        <translation>Plein écran en grands caractères, pour suivre depuis un tapis</translation>
    </message>
</context>
<context>
    <name>limber::SessionWording</name>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Répétition %1 sur %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 done</source>
        <translation>Série %1 sur %2 terminée</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Série %1 sur %2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Last step, then you are done</source>
        <translation>Dernière étape, et c’est fini</translation>
    </message>
    <message>
        <source>Next exercise: %1</source>
        <translation>Exercice suivant : %1</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <extracomment>what comes next and how long it lasts, e.g. &quot;Next: Release · 10 s&quot;</extracomment>
        <translation>Ensuite : %1 · %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>time left in the whole session, e.g. &quot;3:40 left&quot;</extracomment>
        <translation>encore %1</translation>
    </message>
</context>
<context>
    <name>limber::SetAsideBook</name>
    <message>
        <source>Limber&apos;s history is not available, so nothing can be set aside.</source>
        <translation>L’historique de Limber n’est pas disponible : rien ne peut être mis de côté.</translation>
    </message>
    <message>
        <source>Limber&apos;s history is not available.</source>
        <translation>L’historique de Limber n’est pas disponible.</translation>
    </message>
</context>
<context>
    <name>limber::SetAsideNote</name>
    <message>
        <source>Suggest it again</source>
        <translation>Le proposer à nouveau</translation>
    </message>
    <message>
        <source>Limber will tick it again when it suggests exercises for this region</source>
        <translation>Limber le cochera de nouveau quand il proposera des exercices pour cette zone</translation>
    </message>
    <message>
        <source>You marked this as making the pain sharper, so Limber no longer suggests it.</source>
        <translation>Vous avez indiqué que cet exercice rendait la douleur plus vive : Limber ne le propose donc plus.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>You marked this on %1: it made the pain sharper. Limber no longer suggests it.</source>
        <extracomment>%1 is a day, e.g. &quot;1 December&quot;</extracomment>
        <translation>Vous l’avez signalé le %1 : il a rendu la douleur plus vive. Limber ne le propose plus.</translation>
    </message>
</context>
<context>
    <name>limber::SilentChimes</name>
    <message>
        <source>Limber&apos;s sound module could not be loaded: the session will be silent.</source>
        <translation>Le module audio de Limber n’a pas pu être chargé : la séance sera silencieuse.</translation>
    </message>
</context>
<context>
    <name>limber::SqliteHistoryStore</name>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>Impossible d’exporter l’historique vers %1 : %2</translation>
    </message>
    <message>
        <source>The folder %1 for Limber&apos;s history could not be created.</source>
        <translation>Impossible de créer le dossier %1 pour l’historique de Limber.</translation>
    </message>
    <message>
        <source>The history file %1 was damaged and could not be read. It was kept as %2, and a new, empty history was started.</source>
        <translation>Le fichier d’historique %1 était endommagé et n’a pas pu être lu. Il a été conservé sous le nom %2, et un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <source>The history file %1 could not be opened: %2</source>
        <translation>Impossible d’ouvrir le fichier d’historique %1 : %2</translation>
    </message>
    <message>
        <source>The history file %1 could not be read: %2</source>
        <translation>Impossible de lire le fichier d’historique %1 : %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Limber (format %2; this version reads up to %3). Please update Limber.</source>
        <translation>Le fichier d’historique %1 a été écrit par une version plus récente de Limber (format %2 ; cette version lit jusqu’au format %3). Veuillez mettre Limber à jour.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be moved aside: %2</source>
        <translation>Le fichier d’historique %1 est endommagé et n’a pas pu être mis de côté : %2</translation>
    </message>
    <message>
        <source>a pain level must be between 0 and 10, not %1</source>
        <translation>un niveau de douleur doit être compris entre 0 et 10, pas %1</translation>
    </message>
    <message>
        <source>there is no running session %1</source>
        <translation>il n’y a pas de séance %1 en cours</translation>
    </message>
    <message>
        <source>a session can only finish completed or stopped</source>
        <translation>une séance ne peut se terminer qu’à l’état « terminée » ou « arrêtée »</translation>
    </message>
    <message>
        <source>there is no unfinished session %1</source>
        <translation>il n’y a pas de séance %1 inachevée</translation>
    </message>
    <message>
        <source>session %1 is not an interrupted session that can be continued</source>
        <translation>la séance %1 n’est pas une séance interrompue qui peut être reprise</translation>
    </message>
    <message>
        <source>there is no session %1</source>
        <translation>il n’y a pas de séance %1</translation>
    </message>
    <message>
        <source>session %1 is not an interrupted session</source>
        <translation>la séance %1 n’est pas une séance interrompue</translation>
    </message>
    <message>
        <source>The history file %1 is not open.</source>
        <translation>Le fichier d’historique %1 n’est pas ouvert.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space: Limber keeps trying at every step, and nothing saved before is lost</source>
        <translation>le disque est plein. Libérez un peu d’espace : Limber réessaie à chaque étape, et rien de ce qui a déjà été enregistré n’est perdu</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer l’historique dans %1 : %2</translation>
    </message>
    <message>
        <source>there is no reminder %1</source>
        <translation>il n’y a pas de rappel %1</translation>
    </message>
    <message>
        <source>reminder %1 was already answered (%2)</source>
        <translation>le rappel %1 a déjà reçu une réponse (%2)</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Limber (format %2; this version reads up to %3).</source>
        <translation>Le fichier d’historique %1 a été écrit par une version plus récente de Limber (format %2 ; cette version lit jusqu’au %3).</translation>
    </message>
    <message>
        <source>no exercise was named to set aside</source>
        <translation>aucun exercice n’a été indiqué à mettre de côté</translation>
    </message>
    <message>
        <source>there is no set-aside mark %1</source>
        <translation>il n’existe pas de mise de côté %1</translation>
    </message>
</context>
<context>
    <name>limber::StoreLibrary</name>
    <message>
        <source>There is no routine “%1”.</source>
        <translation>Il n’y a pas de routine « %1 ».</translation>
    </message>
</context>
<context>
    <name>limber::StretchTray</name>
    <message>
        <source>Start a Region</source>
        <translation>Séance pour une zone</translation>
    </message>
    <message>
        <source>Remind Me In</source>
        <translation>Me le rappeler dans</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause Reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Until I Resume Them</source>
        <translation>Jusqu’à ce que je les réactive</translation>
    </message>
    <message>
        <source>Resume Reminders</source>
        <translation>Réactiver les rappels</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>Ouvrir Limber</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Start a Stretch</source>
        <translation>Commencer un étirement</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Commencer : %1</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Rappels suspendus jusqu’à %1</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them</source>
        <translation>Rappels suspendus jusqu’à ce que vous les réactiviez</translation>
    </message>
    <message>
        <source>Next reminder at %1</source>
        <translation>Prochain rappel à %1</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Rappels désactivés</translation>
    </message>
    <message>
        <source>Limber: reminders paused</source>
        <translation>Limber : rappels suspendus</translation>
    </message>
    <message>
        <source>Limber: %1</source>
        <translation>Limber : %1</translation>
    </message>
    <message>
        <source>Next reminder tomorrow at %1</source>
        <translation>Prochain rappel demain à %1</translation>
    </message>
    <message>
        <source>Next reminder on %1 at %2</source>
        <extracomment>e.g. &quot;Next reminder on Monday at 09:50&quot;</extracomment>
        <translation>Prochain rappel %1 à %2</translation>
    </message>
    <message>
        <source>Start Routine: %1</source>
        <extracomment>the tray menu&apos;s entry for one of the person&apos;s routines that is due today, e.g. &quot;Start Routine: Physio&quot;</extracomment>
        <translation>Commencer la routine : %1</translation>
    </message>
</context>
<context>
    <name>limber::SummaryView</name>
    <message>
        <source>Again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Résumé de la séance</translation>
    </message>
    <message>
        <source>Take a moment before you get up, and stand up slowly. A short session like this helps most when you come back to it regularly.</source>
        <translation>Prenez un moment avant de vous relever, et levez-vous lentement. Une courte séance comme celle-ci est plus efficace si vous la refaites régulièrement.</translation>
    </message>
    <message>
        <source>Do the same exercises once more</source>
        <translation>Refaire les mêmes exercices</translation>
    </message>
    <message>
        <source>Go back to choosing where it hurts</source>
        <translation>Revenir au choix de la zone douloureuse</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>You did 1 exercise in %1.</source>
        <translation>Vous avez fait 1 exercice en %1.</translation>
    </message>
    <message numerus="yes">
        <source>You did %n exercises in %1.</source>
        <extracomment>e.g. &quot;You did 2 exercises in 6 min.&quot;</extracomment>
        <translation>
            <numerusform>Vous avez fait %n exercice en %1.</numerusform>
            <numerusform>Vous avez fait %n exercices en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Reprendre là où j’en étais</translation>
    </message>
    <message>
        <source>Remind me on weekdays, after 50 minutes at the computer</source>
        <translation>Me rappeler en semaine, après 50 minutes devant l’ordinateur</translation>
    </message>
    <message>
        <source>Do the rest of the session, from the exercise it stopped at</source>
        <translation>Faire le reste de la séance, à partir de l’exercice où elle s’est arrêtée</translation>
    </message>
    <message>
        <source>Turns on stretch reminders; you can change them in Preferences</source>
        <translation>Active les rappels d’étirement ; vous pouvez les modifier dans les Préférences</translation>
    </message>
    <message>
        <source>Your routine: %1</source>
        <extracomment>the summary names the person&apos;s own routine the session ran: &quot;Your routine: Morning back&quot;</extracomment>
        <translation>Votre routine : %1</translation>
    </message>
</context>
<context>
    <name>limber::TrayCompanion</name>
    <message>
        <source>This desktop has no tray (no panel that shows status icons), so closing the window minimizes it. Reminders still come.</source>
        <translation>Ce bureau n’a pas de zone de notification (aucun panneau n’affiche les icônes d’état) : fermer la fenêtre la réduit donc. Les rappels continuent d’arriver.</translation>
    </message>
    <message>
        <source>Limber is still here</source>
        <translation>Limber est toujours là</translation>
    </message>
    <message>
        <source>It keeps reminding you to stretch from the panel. Choose Quit in its menu to close it.</source>
        <translation>Il continue de vous rappeler de vous étirer depuis le panneau. Choisissez Quitter dans son menu pour le fermer.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file problem(s): open Limber to see them all.</source>
        <translation>
            <numerusform>Encore %n problème de fichier : ouvrez Limber pour tous les voir.</numerusform>
            <numerusform>Encore %n problèmes de fichier : ouvrez Limber pour tous les voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber could not read a file</source>
        <translation>Limber n’a pas pu lire un fichier</translation>
    </message>
</context>
<context>
    <name>limber::VoiceGuide</name>
    <message>
        <source>No speech engine is installed, so there is no spoken guidance.</source>
        <translation>Aucun moteur de synthèse vocale n’est installé : il n’y a donc pas de guidage vocal.</translation>
    </message>
    <message>
        <source>No sound output found, so the voice cannot be heard.</source>
        <translation>Aucune sortie audio trouvée : la voix ne peut donc pas être entendue.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>Le moteur de synthèse vocale a cessé de fonctionner (%1).</translation>
    </message>
    <message>
        <source>The speech engine cannot play its voice here (%1).</source>
        <translation>Le moteur de synthèse vocale ne peut pas faire entendre sa voix ici (%1).</translation>
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
        <translation>On commence.</translation>
    </message>
    <message>
        <source>Get into position.</source>
        <translation>Mettez-vous en position.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the exercise name, spoken</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Start with your left side.</source>
        <translation>Commencez par le côté gauche.</translation>
    </message>
    <message>
        <source>Start with your right side.</source>
        <translation>Commencez par le côté droit.</translation>
    </message>
    <message>
        <source>Hold for 1 second.</source>
        <translation>Maintenez 1 seconde.</translation>
    </message>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Maintenez %n seconde.</numerusform>
            <numerusform>Maintenez %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Maintenez.</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Relâchez.</translation>
    </message>
    <message>
        <source>Release and rest. Next: %1.</source>
        <translation>Relâchez et reposez-vous. Ensuite : %1.</translation>
    </message>
    <message>
        <source>Release and rest.</source>
        <translation>Relâchez et reposez-vous.</translation>
    </message>
    <message>
        <source>Switch to your left side.</source>
        <translation>Passez au côté gauche.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <source>Switch to your right side.</source>
        <translation>Passez au côté droit.</translation>
    </message>
    <message>
        <source>Breathe in.</source>
        <translation>Inspirez.</translation>
    </message>
    <message>
        <source>Breathe out.</source>
        <translation>Expirez.</translation>
    </message>
    <message>
        <source>Exercise complete.</source>
        <translation>Exercice terminé.</translation>
    </message>
    <message>
        <source>Well done. Your session is complete.</source>
        <translation>Bravo. Votre séance est terminée.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bravo.</translation>
    </message>
</context>
<context>
    <name>limber::VoicePicker</name>
    <message>
        <source>No speech engine is installed, so there is no spoken guidance.</source>
        <translation>Aucun moteur de synthèse vocale n’est installé : il n’y a donc pas de guidage vocal.</translation>
    </message>
    <message>
        <source>The speech engine could not start (%1).</source>
        <translation>Le moteur de synthèse vocale n’a pas pu démarrer (%1).</translation>
    </message>
    <message>
        <source>No installed voice speaks %1. Install speech-dispatcher and espeak-ng for spoken guidance in this language; the chimes guide you meanwhile.</source>
        <translation>Aucune voix installée ne parle %1. Installez speech-dispatcher et espeak-ng pour être guidé à voix haute dans cette langue ; en attendant, les sons vous guident.</translation>
    </message>
    <message>
        <source>Limber speaks %1 through %2.</source>
        <translation>Limber parle %1 avec %2.</translation>
    </message>
    <message>
        <source>Limber speaks %1 with the voice “%2” of %3.</source>
        <extracomment>%1 a language in its own words, %2 the name of a voice, %3 a speech engine</extracomment>
        <translation>Limber parle %1 avec la voix « %2 » de %3.</translation>
    </message>
</context>
<context>
    <name>limber::WeeklyGoalView</name>
    <message>
        <source>Weekly goal reached: 1 session this week</source>
        <translation>Objectif hebdomadaire atteint : 1 séance cette semaine</translation>
    </message>
    <message numerus="yes">
        <source>Weekly goal reached: %n sessions this week</source>
        <extracomment>the weekly goal is reached; %n is the number of sessions done this week</extracomment>
        <translation>
            <numerusform>Objectif hebdomadaire atteint : %n séance cette semaine</numerusform>
            <numerusform>Objectif hebdomadaire atteint : %n séances cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 session this week</source>
        <translation>%1 sur 1 séance cette semaine</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions this week</source>
        <extracomment>%1 sessions done so far this week, of a goal of %n (&quot;3 of 5 sessions this week&quot;)</extracomment>
        <translation>
            <numerusform>%1 sur %n séance cette semaine</numerusform>
            <numerusform>%1 sur %n séances cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>Your weekly goal can be changed in Preferences.</source>
        <translation>Vous pouvez modifier votre objectif hebdomadaire dans les Préférences.</translation>
    </message>
</context>
<context>
    <name>limber::WorkraveImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import Workrave exercises</source>
        <translation>Importer les exercices de Workrave</translation>
    </message>
    <message>
        <source>Workrave&apos;s exercises become your own Limber exercises, with their pictures. Importing the same file again replaces the exercises imported from it before.</source>
        <translation>Les exercices de Workrave deviennent vos propres exercices Limber, avec leurs images. Importer à nouveau le même fichier remplace les exercices importés auparavant depuis celui-ci.</translation>
    </message>
    <message>
        <source>Workrave exercises file</source>
        <translation>Fichier d’exercices de Workrave</translation>
    </message>
    <message>
        <source>exercises.xml</source>
        <translation>exercises.xml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Region for the imported exercises</source>
        <translation>Zone des exercices importés</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Exercises in the file</source>
        <translation>Exercices du fichier</translation>
    </message>
    <message>
        <source>Sitting or standing at your desk.</source>
        <translation>Assis ou debout à votre bureau.</translation>
    </message>
    <message>
        <source>Follow the pictures.</source>
        <translation>Suivez les images.</translation>
    </message>
    <message>
        <source>From Workrave&apos;s exercises.</source>
        <translation>Tiré des exercices de Workrave.</translation>
    </message>
    <message>
        <source>Workrave is not installed here. Choose an exercises.xml file.</source>
        <translation>Workrave n’est pas installé ici. Choisissez un fichier exercises.xml.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <extracomment>%1 is the problem, which names the file</extracomment>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) will be added to %1.</source>
        <translation>
            <numerusform>%n exercice sera ajouté à %1.</numerusform>
            <numerusform>%n exercices seront ajoutés à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workrave exercises (*.xml)</source>
        <translation>Exercices de Workrave (*.xml)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>The exercises were written, but Limber cannot read them back: %1</source>
        <translation>Les exercices ont été enregistrés, mais Limber ne peut pas les relire : %1</translation>
    </message>
    <message>
        <source>Import &amp;Workrave Exercises…</source>
        <translation>Importer les exercices de &amp;Workrave…</translation>
    </message>
</context>
</TS>
