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
        <source>No sound output found: the session will be silent. Watch the screen for changes.</source>
        <translation>Aucune sortie audio trouvée : la séance sera silencieuse. Suivez les changements à l’écran.</translation>
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
        <translation>Maintien</translation>
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
    <message>
        <source>Rep&amp;etitions</source>
        <translation>R&amp;épétitions</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Ajouter une p&amp;hase</translation>
    </message>
    <message>
        <source>Remo&amp;ve phase</source>
        <translation>Supprimer la pha&amp;se</translation>
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
        <source>The speech engine could not start (%1).</source>
        <translation>Le moteur de synthèse vocale n’a pas pu démarrer (%1).</translation>
    </message>
    <message>
        <source>The speech engine has no voices installed.</source>
        <translation>Aucune voix n’est installée pour le moteur de synthèse vocale.</translation>
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
        <source>The speech engine could not start (%1).</source>
        <translation>Le moteur de synthèse vocale n’a pas pu démarrer (%1).</translation>
    </message>
    <message>
        <source>No installed voice speaks %1.</source>
        <translation>Aucune voix installée ne parle %1.</translation>
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
