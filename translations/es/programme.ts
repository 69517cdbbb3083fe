<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Programme</name>
        <message>
            <source>Welcome to Circle of Security Parenting</source>
            <translation>Bienvenida al Círculo de Seguridad Parental</translation>
        </message>
        <message>
            <source>This week we met each other and agreed how we want our group to work. We were introduced to the Circle: children go out to explore and come back in for comfort, and they need us at both ends. We talked about being Bigger, Stronger, Wiser and Kind for our children. Nobody gets this right all the time, and being "good enough" is what children really need.</source>
            <translation>Esta semana nos conocimos y acordamos cómo queremos que funcione nuestro grupo. Conocimos el Círculo: los niños salen a explorar y vuelven en busca de consuelo, y nos necesitan en los dos extremos. Hablamos de ser para nuestros hijos alguien más grande, más fuerte, más sabio y bondadoso. Nadie lo hace bien siempre, y ser «suficientemente bueno» es lo que los niños de verdad necesitan.</translation>
        </message>
        <message>
            <source>Notice the moments when your child goes off to explore and when they come back to you. You don't need to change anything yet; just watch.</source>
            <translation>Fíjese en los momentos en que su hijo o hija se aleja para explorar y en los que vuelve a usted. Todavía no hace falta cambiar nada; solo observe.</translation>
        </message>
        <message>
            <source>Welcome and check-in</source>
            <translation>Bienvenida y ronda de inicio</translation>
        </message>
        <message>
            <source>Introductions</source>
            <translation>Presentaciones</translation>
        </message>
        <message>
            <source>Every parent here cares about their child and wants to understand them better.</source>
            <translation>Cada madre y cada padre de este grupo quiere a su hijo y desea entenderlo mejor.</translation>
        </message>
        <message>
            <source>Group agreements</source>
            <translation>Acuerdos del grupo</translation>
        </message>
        <message>
            <source>This is a safe place to think out loud, and what is shared here stays here.</source>
            <translation>Este es un lugar seguro para pensar en voz alta, y lo que se comparte aquí se queda aquí.</translation>
        </message>
        <message>
            <source>Video: chapter 1, part 1</source>
            <translation>Vídeo: capítulo 1, parte 1</translation>
        </message>
        <message>
            <source>What stood out for you?</source>
            <translation>¿Qué le llamó la atención?</translation>
        </message>
        <message>
            <source>Behind most behaviour is a need, and my child looks to me to help meet it.</source>
            <translation>Detrás de casi todo comportamiento hay una necesidad, y mi hijo cuenta conmigo para atenderla.</translation>
        </message>
        <message>
            <source>Video: chapter 1, part 2</source>
            <translation>Vídeo: capítulo 1, parte 2</translation>
        </message>
        <message>
            <source>The Circle in our own homes</source>
            <translation>El Círculo en nuestras casas</translation>
        </message>
        <message>
            <source>At the top of the Circle I am my child's secure base; at the bottom I am their safe haven.</source>
            <translation>En la parte de arriba del Círculo soy la base segura de mi hijo; en la de abajo soy su refugio seguro.</translation>
        </message>
        <message>
            <source>Something to notice this week</source>
            <translation>Algo para observar esta semana</translation>
        </message>
        <message>
            <source>Just noticing is enough for this week.</source>
            <translation>Esta semana basta con observar.</translation>
        </message>
        <message>
            <source>Closing round</source>
            <translation>Ronda de cierre</translation>
        </message>
        <message>
            <source>Thank you for coming; we look forward to seeing you next week.</source>
            <translation>Gracias por venir; nos alegrará verle la próxima semana.</translation>
        </message>
        <message>
            <source>Exploring Our Children's Needs All the Way Around the Circle</source>
            <translation>Explorar las necesidades de nuestros hijos en todo el Círculo</translation>
        </message>
        <message>
            <source>This week we went all the way around the Circle. At the top, children need us to keep an eye on them, enjoy them and lend a hand when they get stuck. At the bottom, they need to know they are welcome back, that we will keep them safe, and that we will help them settle big feelings. Our Hands hold the Circle, ready to support our child on either side.</source>
            <translation>Esta semana recorrimos todo el Círculo. Arriba, los niños necesitan que estemos pendientes de ellos, que disfrutemos con ellos y que les echemos una mano cuando se atascan. Abajo, necesitan saber que son bienvenidos al volver, que los protegeremos y que les ayudaremos a calmar los sentimientos fuertes. Nuestras Manos sostienen el Círculo, listas para apoyar a nuestro hijo por los dos lados.</translation>
        </message>
        <message>
            <source>Notice what your child seems to need when they head off to play and when they come back to you. Does one side of the Circle feel easier for you than the other?</source>
            <translation>Fíjese en lo que parece necesitar su hijo o hija cuando se va a jugar y cuando vuelve a usted. ¿Le resulta más fácil un lado del Círculo que el otro?</translation>
        </message>
        <message>
            <source>Weekly check-in</source>
            <translation>Ronda de inicio semanal</translation>
        </message>
        <message>
            <source>Video: chapter 2, part 1</source>
            <translation>Vídeo: capítulo 2, parte 1</translation>
        </message>
        <message>
            <source>Needs at the top of the Circle</source>
            <translation>Necesidades en la parte de arriba del Círculo</translation>
        </message>
        <message>
            <source>When my child explores, knowing I am watching and enjoying them helps them go further.</source>
            <translation>Cuando mi hijo explora, saber que lo miro y disfruto con él le ayuda a llegar más lejos.</translation>
        </message>
        <message>
            <source>Video: chapter 2, part 2</source>
            <translation>Vídeo: capítulo 2, parte 2</translation>
        </message>
        <message>
            <source>Needs at the bottom of the Circle</source>
            <translation>Necesidades en la parte de abajo del Círculo</translation>
        </message>
        <message>
            <source>When my child comes back upset, a warm welcome and comfort help them settle.</source>
            <translation>Cuando mi hijo vuelve disgustado, una bienvenida cálida y mi consuelo le ayudan a calmarse.</translation>
        </message>
        <message>
            <source>Video: chapter 2, part 3</source>
            <translation>Vídeo: capítulo 2, parte 3</translation>
        </message>
        <message>
            <source>Our Hands on the Circle</source>
            <translation>Nuestras Manos en el Círculo</translation>
        </message>
        <message>
            <source>Whenever possible I follow my child's need; whenever necessary I take charge, kindly.</source>
            <translation>Siempre que puedo, sigo la necesidad de mi hijo; cuando hace falta, tomo las riendas con cariño.</translation>
        </message>
        <message>
            <source>Both sides of the Circle matter, and most parents find one side easier than the other.</source>
            <translation>Los dos lados del Círculo importan, y a casi todos los padres un lado les resulta más fácil que el otro.</translation>
        </message>
        <message>
            <source>I already do much of this; now I can notice it more.</source>
            <translation>Ya hago mucho de esto; ahora puedo darme más cuenta.</translation>
        </message>
        <message>
            <source>"Being-With" on the Circle</source>
            <translation>«Estar con» en el Círculo</translation>
        </message>
        <message>
            <source>This week we talked about Being-With: staying alongside our child's feelings instead of rushing to fix them or talk them out of them. Children learn that feelings can be managed when someone they trust stays with them through the hard ones. We also met Shark Music, the alarm inside us that can make an ordinary need feel like trouble. Noticing our own Shark Music is the first step to choosing how we respond.</source>
            <translation>Esta semana hablamos de «Estar con»: acompañar los sentimientos de nuestro hijo en lugar de correr a arreglarlos o a convencerle de que no los sienta. Los niños aprenden que los sentimientos se pueden manejar cuando alguien de confianza se queda a su lado en los momentos difíciles. También conocimos la Música de tiburón, la alarma que llevamos dentro y que puede hacer que una necesidad corriente parezca un problema. Darnos cuenta de nuestra propia Música de tiburón es el primer paso para elegir cómo respondemos.</translation>
        </message>
        <message>
            <source>Notice a moment when your child has a big feeling. Try staying with them for a little while, and notice what happens inside you as you do.</source>
            <translation>Fíjese en algún momento en que su hijo o hija tenga un sentimiento fuerte. Intente quedarse a su lado un ratito y observe lo que pasa dentro de usted mientras tanto.</translation>
        </message>
        <message>
            <source>Video: chapter 3, part 1</source>
            <translation>Vídeo: capítulo 3, parte 1</translation>
        </message>
        <message>
            <source>Being with a feeling</source>
            <translation>Estar con un sentimiento</translation>
        </message>
        <message>
            <source>I don't have to fix my child's feelings; staying with them helps them feel less alone.</source>
            <translation>No tengo que arreglar los sentimientos de mi hijo; quedarme a su lado le ayuda a sentirse menos solo.</translation>
        </message>
        <message>
            <source>Video: chapter 3, part 2</source>
            <translation>Vídeo: capítulo 3, parte 2</translation>
        </message>
        <message>
            <source>Our own Shark Music</source>
            <translation>Nuestra propia Música de tiburón</translation>
        </message>
        <message>
            <source>Shark Music is my own alarm; it doesn't mean my child is doing something wrong.</source>
            <translation>La Música de tiburón es mi propia alarma; no significa que mi hijo esté haciendo algo mal.</translation>
        </message>
        <message>
            <source>Video: chapter 3, part 3</source>
            <translation>Vídeo: capítulo 3, parte 3</translation>
        </message>
        <message>
            <source>When the music starts</source>
            <translation>Cuando empieza la música</translation>
        </message>
        <message>
            <source>When I notice my Shark Music, I can pause before I react.</source>
            <translation>Cuando noto mi Música de tiburón, puedo hacer una pausa antes de reaccionar.</translation>
        </message>
        <message>
            <source>Staying with my child's feelings, even for a moment, is Being-With.</source>
            <translation>Quedarme con los sentimientos de mi hijo, aunque sea un momento, es «Estar con».</translation>
        </message>
        <message>
            <source>Feelings are easier to carry when someone shares them.</source>
            <translation>Los sentimientos pesan menos cuando alguien los comparte.</translation>
        </message>
        <message>
            <source>"Being-With" Infants on the Circle</source>
            <translation>«Estar con» los bebés en el Círculo</translation>
        </message>
        <message>
            <source>This week we thought about babies and very young children on the Circle. Even tiny babies go out and come back: they look away to take a break and look back to reconnect. Being-With a baby means following their cues, slowing down and matching their pace. Babies can't tell us in words what they need, so we watch, wonder and try again when we get it wrong.</source>
            <translation>Esta semana pensamos en los bebés y los niños muy pequeños en el Círculo. Incluso los bebés más pequeños salen y vuelven: apartan la mirada para descansar y vuelven a mirar para reconectar. «Estar con» un bebé es seguir sus señales, ir más despacio y adaptarnos a su ritmo. Los bebés no pueden decirnos con palabras lo que necesitan, así que observamos, nos hacemos preguntas y volvemos a intentarlo cuando nos equivocamos.</translation>
        </message>
        <message>
            <source>Watch your child's face and body for small signs that they want more closeness or need a little break. Notice how they let you know.</source>
            <translation>Observe la cara y el cuerpo de su hijo o hija en busca de pequeñas señales de que quiere más cercanía o necesita un pequeño descanso. Fíjese en cómo se lo hace saber.</translation>
        </message>
        <message>
            <source>Video: chapter 4, part 1</source>
            <translation>Vídeo: capítulo 4, parte 1</translation>
        </message>
        <message>
            <source>Tiny trips around the Circle</source>
            <translation>Pequeños viajes por el Círculo</translation>
        </message>
        <message>
            <source>Even a baby looking away and back again is a trip around the Circle.</source>
            <translation>Incluso un bebé que aparta la mirada y vuelve a mirar hace un viaje por el Círculo.</translation>
        </message>
        <message>
            <source>Video: chapter 4, part 2</source>
            <translation>Vídeo: capítulo 4, parte 2</translation>
        </message>
        <message>
            <source>Reading cues</source>
            <translation>Leer las señales</translation>
        </message>
        <message>
            <source>I won't always read my baby right, and trying again is how we learn each other.</source>
            <translation>No siempre entenderé bien a mi bebé, y volviendo a intentarlo aprendemos a conocernos.</translation>
        </message>
        <message>
            <source>Video: chapter 4, part 3</source>
            <translation>Vídeo: capítulo 4, parte 3</translation>
        </message>
        <message>
            <source>Slowing down together</source>
            <translation>Ir más despacio juntos</translation>
        </message>
        <message>
            <source>Slowing down, even for a minute, helps my child feel I am with them.</source>
            <translation>Ir más despacio, aunque sea un minuto, ayuda a mi hijo a sentir que estoy con él.</translation>
        </message>
        <message>
            <source>My child shows me what they need in small ways, long before they have words.</source>
            <translation>Mi hijo me muestra lo que necesita con pequeños gestos, mucho antes de tener palabras.</translation>
        </message>
        <message>
            <source>Watching and wondering is a loving thing to do.</source>
            <translation>Observar y preguntarse es una forma de querer.</translation>
        </message>
        <message>
            <source>The Path to Security</source>
            <translation>El camino hacia la seguridad</translation>
        </message>
        <message>
            <source>This week we looked at how children adapt to what they sense we are comfortable with. If one side of the Circle makes us uneasy, children may learn to hide that need and show us something else instead, which we call a miscue. This is nobody's fault; it is how children keep close to us. When we understand our own struggles, we can slowly widen the Circle and make room for all of our child's needs.</source>
            <translation>Esta semana vimos cómo los niños se adaptan a lo que notan que nos resulta cómodo. Si un lado del Círculo nos incomoda, los niños pueden aprender a esconder esa necesidad y mostrarnos otra cosa en su lugar: a eso lo llamamos una señal confusa. No es culpa de nadie; es la manera que tienen los niños de seguir cerca de nosotros. Cuando entendemos nuestras propias dificultades, podemos ir ampliando el Círculo poco a poco y dar cabida a todas las necesidades de nuestro hijo.</translation>
        </message>
        <message>
            <source>Notice a time when your child's behaviour might be covering another need, for example busy and independent when they are really tired or unsure. Wonder what they might need underneath.</source>
            <translation>Fíjese en algún momento en que el comportamiento de su hijo o hija pueda estar tapando otra necesidad; por ejemplo, muy ocupado e independiente cuando en realidad está cansado o inseguro. Pregúntese qué podría necesitar en el fondo.</translation>
        </message>
        <message>
            <source>Video: chapter 5, part 1</source>
            <translation>Vídeo: capítulo 5, parte 1</translation>
        </message>
        <message>
            <source>What children learn from us</source>
            <translation>Lo que los niños aprenden de nosotros</translation>
        </message>
        <message>
            <source>Children are very good at sensing what we are comfortable with.</source>
            <translation>Los niños notan muy bien lo que nos resulta cómodo.</translation>
        </message>
        <message>
            <source>Video: chapter 5, part 2</source>
            <translation>Vídeo: capítulo 5, parte 2</translation>
        </message>
        <message>
            <source>Miscues</source>
            <translation>Señales confusas</translation>
        </message>
        <message>
            <source>Sometimes my child shows me one need while really needing another.</source>
            <translation>A veces mi hijo me muestra una necesidad cuando en realidad necesita otra.</translation>
        </message>
        <message>
            <source>Video: chapter 5, part 3</source>
            <translation>Vídeo: capítulo 5, parte 3</translation>
        </message>
        <message>
            <source>A Limited Circle</source>
            <translation>Un Círculo limitado</translation>
        </message>
        <message>
            <source>If part of the Circle feels hard for me, I can understand it and work with it; it is not a failure.</source>
            <translation>Si una parte del Círculo me resulta difícil, puedo entenderlo y trabajar con ello; no es un fracaso.</translation>
        </message>
        <message>
            <source>Video: chapter 5, part 4</source>
            <translation>Vídeo: capítulo 5, parte 4</translation>
        </message>
        <message>
            <source>Widening the Circle</source>
            <translation>Ampliar el Círculo</translation>
        </message>
        <message>
            <source>Small steps can make room for more of my child's needs.</source>
            <translation>Los pasos pequeños pueden dar cabida a más necesidades de mi hijo.</translation>
        </message>
        <message>
            <source>Wondering what my child needs underneath their behaviour is a good place to start.</source>
            <translation>Preguntarme qué necesita mi hijo detrás de su comportamiento es un buen punto de partida.</translation>
        </message>
        <message>
            <source>Understanding comes before change, and that takes time.</source>
            <translation>Comprender va antes que cambiar, y eso lleva tiempo.</translation>
        </message>
        <message>
            <source>Exploring Our Struggles</source>
            <translation>Explorar nuestras dificultades</translation>
        </message>
        <message>
            <source>This week we looked honestly at the parts of parenting that feel hardest. Many of us carry feelings and patterns from our own childhood, and they can show up as Shark Music with our own children. Noticing these moments with kindness, rather than blame, gives us more choice in how we respond. Every parent struggles somewhere on the Circle, and being "good enough" really is enough.</source>
            <translation>Esta semana miramos con sinceridad las partes de la crianza que nos resultan más difíciles. Muchos llevamos sentimientos y formas de reaccionar de nuestra propia infancia, que pueden aparecer como Música de tiburón con nuestros hijos. Fijarnos en esos momentos con amabilidad, y no con culpa, nos da más opciones para elegir cómo respondemos. Todos los padres tienen dificultades en alguna parte del Círculo, y ser «suficientemente bueno» de verdad es suficiente.</translation>
        </message>
        <message>
            <source>Notice one moment when you felt your Shark Music start. Be kind to yourself, and notice what helped, even a little.</source>
            <translation>Fíjese en algún momento en que notó que empezaba su Música de tiburón. Trátese con cariño y observe qué le ayudó, aunque fuera un poco.</translation>
        </message>
        <message>
            <source>Video: chapter 6, part 1</source>
            <translation>Vídeo: capítulo 6, parte 1</translation>
        </message>
        <message>
            <source>Where it feels hard</source>
            <translation>Dónde se hace difícil</translation>
        </message>
        <message>
            <source>Every parent finds some part of the Circle hard; that is human, not a failing.</source>
            <translation>A toda madre y todo padre alguna parte del Círculo le resulta difícil; es humano, no un fallo.</translation>
        </message>
        <message>
            <source>Video: chapter 6, part 2</source>
            <translation>Vídeo: capítulo 6, parte 2</translation>
        </message>
        <message>
            <source>Where our Shark Music comes from</source>
            <translation>De dónde viene nuestra Música de tiburón</translation>
        </message>
        <message>
            <source>Understanding where my Shark Music comes from helps me choose how I respond.</source>
            <translation>Entender de dónde viene mi Música de tiburón me ayuda a elegir cómo respondo.</translation>
        </message>
        <message>
            <source>Video: chapter 6, part 3</source>
            <translation>Vídeo: capítulo 6, parte 3</translation>
        </message>
        <message>
            <source>Being kind to ourselves</source>
            <translation>Ser amables con nosotros mismos</translation>
        </message>
        <message>
            <source>I can offer myself the same kindness I want to offer my child.</source>
            <translation>Puedo ofrecerme la misma amabilidad que quiero ofrecer a mi hijo.</translation>
        </message>
        <message>
            <source>Noticing my own reactions kindly is a big step.</source>
            <translation>Fijarme con amabilidad en mis propias reacciones es un gran paso.</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Puesta en común</translation>
        </message>
        <message>
            <source>It's okay if today stirred things up; talking with someone I trust can help.</source>
            <translation>Es normal que hoy se hayan removido cosas; hablar con alguien de confianza puede ayudar.</translation>
        </message>
        <message>
            <source>Looking after myself helps me look after my child.</source>
            <translation>Cuidarme me ayuda a cuidar de mi hijo.</translation>
        </message>
        <message>
            <source>Rupture and Repair in Relationships</source>
            <translation>Ruptura y reparación en las relaciones</translation>
        </message>
        <message>
            <source>This week we talked about rupture and repair. Every relationship has moments when things go wrong: we lose our temper, miss a cue or are simply too busy. What matters most is coming back to mend it. Repair shows children that relationships can survive hard moments and that feelings can be shared and settled together.</source>
            <translation>Esta semana hablamos de ruptura y reparación. En toda relación hay momentos en que las cosas salen mal: perdemos los nervios, no captamos una señal o simplemente estamos demasiado ocupados. Lo que más importa es volver para arreglarlo. La reparación enseña a los niños que las relaciones aguantan los momentos difíciles y que los sentimientos se pueden compartir y calmar juntos.</translation>
        </message>
        <message>
            <source>Notice a moment when things went wrong between you and your child, and what you did to reconnect. Even a small repair counts.</source>
            <translation>Fíjese en algún momento en que las cosas salieron mal entre usted y su hijo o hija, y en lo que hizo para volver a conectar. Hasta una pequeña reparación cuenta.</translation>
        </message>
        <message>
            <source>Video: chapter 7, part 1</source>
            <translation>Vídeo: capítulo 7, parte 1</translation>
        </message>
        <message>
            <source>When things go wrong</source>
            <translation>Cuando las cosas salen mal</translation>
        </message>
        <message>
            <source>Ruptures happen in every family; they don't mean I have failed.</source>
            <translation>Las rupturas pasan en todas las familias; no significan que yo haya fallado.</translation>
        </message>
        <message>
            <source>Video: chapter 7, part 2</source>
            <translation>Vídeo: capítulo 7, parte 2</translation>
        </message>
        <message>
            <source>Making repair</source>
            <translation>Reparar</translation>
        </message>
        <message>
            <source>Coming back to mend things teaches my child that our relationship is safe.</source>
            <translation>Volver para arreglar las cosas enseña a mi hijo que nuestra relación es segura.</translation>
        </message>
        <message>
            <source>Video: chapter 7, part 3</source>
            <translation>Vídeo: capítulo 7, parte 3</translation>
        </message>
        <message>
            <source>Connection after conflict</source>
            <translation>Conexión después del conflicto</translation>
        </message>
        <message>
            <source>Repair is what builds security, not getting it right every time.</source>
            <translation>Lo que da seguridad es reparar, no hacerlo todo bien siempre.</translation>
        </message>
        <message>
            <source>Even a small repair helps my child feel safe with me again.</source>
            <translation>Hasta una pequeña reparación ayuda a mi hijo a sentirse seguro conmigo otra vez.</translation>
        </message>
        <message>
            <source>It's never too late to come back and repair.</source>
            <translation>Nunca es tarde para volver y reparar.</translation>
        </message>
        <message>
            <source>Summary and Celebration</source>
            <translation>Resumen y celebración</translation>
        </message>
        <message>
            <source>This week we looked back over everything we have explored together: the Circle, our Hands, Being-With, Shark Music, and rupture and repair. We shared what has changed for us and for our children, and celebrated the effort everyone has put in. The ideas don't end with the group; you can come back to the Circle whenever you need it. Remember that "good enough" parenting is what children need.</source>
            <translation>Esta semana repasamos todo lo que hemos explorado juntos: el Círculo, nuestras Manos, «Estar con», la Música de tiburón, y la ruptura y la reparación. Compartimos lo que ha cambiado para nosotros y para nuestros hijos, y celebramos el esfuerzo de todos. Las ideas no terminan con el grupo; puede volver al Círculo siempre que lo necesite. Recuerde que una crianza «suficientemente buena» es lo que los niños necesitan.</translation>
        </message>
        <message>
            <source>Keep noticing the Circle in everyday moments: when your child goes out, when they come back, and what they need. When things go wrong, remember you can always come back and repair.</source>
            <translation>Siga fijándose en el Círculo en los momentos de cada día: cuando su hijo o hija sale, cuando vuelve y lo que necesita. Cuando algo salga mal, recuerde que siempre puede volver y reparar.</translation>
        </message>
        <message>
            <source>Video: chapter 8, part 1</source>
            <translation>Vídeo: capítulo 8, parte 1</translation>
        </message>
        <message>
            <source>Bringing it together</source>
            <translation>Reunir lo aprendido</translation>
        </message>
        <message>
            <source>The Circle is something I can keep coming back to.</source>
            <translation>El Círculo es algo a lo que puedo volver siempre.</translation>
        </message>
        <message>
            <source>Video: chapter 8, part 2</source>
            <translation>Vídeo: capítulo 8, parte 2</translation>
        </message>
        <message>
            <source>What has changed</source>
            <translation>Lo que ha cambiado</translation>
        </message>
        <message>
            <source>I have grown as a parent, and my child feels it.</source>
            <translation>He crecido como madre o padre, y mi hijo lo nota.</translation>
        </message>
        <message>
            <source>Looking back over the programme</source>
            <translation>Un repaso al programa</translation>
        </message>
        <message>
            <source>I have words now for what my child needs and for what goes on in me.</source>
            <translation>Ahora tengo palabras para lo que necesita mi hijo y para lo que pasa dentro de mí.</translation>
        </message>
        <message>
            <source>I can keep noticing the Circle long after the group ends.</source>
            <translation>Puedo seguir fijándome en el Círculo mucho después de que termine el grupo.</translation>
        </message>
        <message>
            <source>Celebration</source>
            <translation>Celebración</translation>
        </message>
        <message>
            <source>I have put real care and effort into my relationship with my child.</source>
            <translation>He puesto cariño y esfuerzo de verdad en la relación con mi hijo.</translation>
        </message>
        <message>
            <source>Being "good enough" is what my child needs, and I am.</source>
            <translation>Ser «suficientemente bueno» es lo que mi hijo necesita, y lo soy.</translation>
        </message>
    </context>
</TS>