<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Programme</name>
        <message>
            <source>Welcome to Circle of Security Parenting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week we met each other and agreed how we want our group to work. We were introduced to the Circle: children go out to explore and come back in for comfort, and they need us at both ends. We talked about being Bigger, Stronger, Wiser and Kind for our children. Nobody gets this right all the time, and being "good enough" is what children really need.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice the moments when your child goes off to explore and when they come back to you. You don't need to change anything yet; just watch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome and check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introductions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every parent here cares about their child and wants to understand them better.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group agreements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a safe place to think out loud, and what is shared here stays here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 1, part 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What stood out for you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behind most behaviour is a need, and my child looks to me to help meet it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 1, part 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Circle in our own homes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the top of the Circle I am my child's secure base; at the bottom I am their safe haven.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something to notice this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Just noticing is enough for this week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for coming; we look forward to seeing you next week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exploring Our Children's Needs All the Way Around the Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week we went all the way around the Circle. At the top, children need us to keep an eye on them, enjoy them and lend a hand when they get stuck. At the bottom, they need to know they are welcome back, that we will keep them safe, and that we will help them settle big feelings. Our Hands hold the Circle, ready to support our child on either side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice what your child seems to need when they head off to play and when they come back to you. Does one side of the Circle feel easier for you than the other?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 2, part 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs at the top of the Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When my child explores, knowing I am watching and enjoying them helps them go further.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 2, part 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs at the bottom of the Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When my child comes back upset, a warm welcome and comfort help them settle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 2, part 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our Hands on the Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whenever possible I follow my child's need; whenever necessary I take charge, kindly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both sides of the Circle matter, and most parents find one side easier than the other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I already do much of this; now I can notice it more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Being-With" on the Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week we talked about Being-With: staying alongside our child's feelings instead of rushing to fix them or talk them out of them. Children learn that feelings can be managed when someone they trust stays with them through the hard ones. We also met Shark Music, the alarm inside us that can make an ordinary need feel like trouble. Noticing our own Shark Music is the first step to choosing how we respond.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice a moment when your child has a big feeling. Try staying with them for a little while, and notice what happens inside you as you do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 3, part 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Being with a feeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I don't have to fix my child's feelings; staying with them helps them feel less alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 3, part 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our own Shark Music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shark Music is my own alarm; it doesn't mean my child is doing something wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 3, part 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the music starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When I notice my Shark Music, I can pause before I react.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staying with my child's feelings, even for a moment, is Being-With.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feelings are easier to carry when someone shares them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Being-With" Infants on the Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week we thought about babies and very young children on the Circle. Even tiny babies go out and come back: they look away to take a break and look back to reconnect. Being-With a baby means following their cues, slowing down and matching their pace. Babies can't tell us in words what they need, so we watch, wonder and try again when we get it wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Watch your child's face and body for small signs that they want more closeness or need a little break. Notice how they let you know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 4, part 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiny trips around the Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Even a baby looking away and back again is a trip around the Circle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 4, part 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading cues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I won't always read my baby right, and trying again is how we learn each other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 4, part 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slowing down together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slowing down, even for a minute, helps my child feel I am with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My child shows me what they need in small ways, long before they have words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Watching and wondering is a loving thing to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Path to Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week we looked at how children adapt to what they sense we are comfortable with. If one side of the Circle makes us uneasy, children may learn to hide that need and show us something else instead, which we call a miscue. This is nobody's fault; it is how children keep close to us. When we understand our own struggles, we can slowly widen the Circle and make room for all of our child's needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice a time when your child's behaviour might be covering another need, for example busy and independent when they are really tired or unsure. Wonder what they might need underneath.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 5, part 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What children learn from us</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children are very good at sensing what we are comfortable with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 5, part 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Miscues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sometimes my child shows me one need while really needing another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 5, part 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Limited Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If part of the Circle feels hard for me, I can understand it and work with it; it is not a failure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 5, part 4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Widening the Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small steps can make room for more of my child's needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wondering what my child needs underneath their behaviour is a good place to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Understanding comes before change, and that takes time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exploring Our Struggles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week we looked honestly at the parts of parenting that feel hardest. Many of us carry feelings and patterns from our own childhood, and they can show up as Shark Music with our own children. Noticing these moments with kindness, rather than blame, gives us more choice in how we respond. Every parent struggles somewhere on the Circle, and being "good enough" really is enough.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice one moment when you felt your Shark Music start. Be kind to yourself, and notice what helped, even a little.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 6, part 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it feels hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every parent finds some part of the Circle hard; that is human, not a failing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 6, part 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where our Shark Music comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Understanding where my Shark Music comes from helps me choose how I respond.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 6, part 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Being kind to ourselves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I can offer myself the same kindness I want to offer my child.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noticing my own reactions kindly is a big step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It's okay if today stirred things up; talking with someone I trust can help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking after myself helps me look after my child.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rupture and Repair in Relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week we talked about rupture and repair. Every relationship has moments when things go wrong: we lose our temper, miss a cue or are simply too busy. What matters most is coming back to mend it. Repair shows children that relationships can survive hard moments and that feelings can be shared and settled together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice a moment when things went wrong between you and your child, and what you did to reconnect. Even a small repair counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 7, part 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When things go wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ruptures happen in every family; they don't mean I have failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 7, part 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coming back to mend things teaches my child that our relationship is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 7, part 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection after conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repair is what builds security, not getting it right every time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Even a small repair helps my child feel safe with me again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It's never too late to come back and repair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary and Celebration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week we looked back over everything we have explored together: the Circle, our Hands, Being-With, Shark Music, and rupture and repair. We shared what has changed for us and for our children, and celebrated the effort everyone has put in. The ideas don't end with the group; you can come back to the Circle whenever you need it. Remember that "good enough" parenting is what children need.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep noticing the Circle in everyday moments: when your child goes out, when they come back, and what they need. When things go wrong, remember you can always come back and repair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 8, part 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bringing it together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Circle is something I can keep coming back to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video: chapter 8, part 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What has changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have grown as a parent, and my child feels it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking back over the programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have words now for what my child needs and for what goes on in me.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I can keep noticing the Circle long after the group ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Celebration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have put real care and effort into my relationship with my child.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Being "good enough" is what my child needs, and I am.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>