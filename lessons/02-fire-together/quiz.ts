import { defineQuiz } from '$lib/quiz/definition';

export default defineQuiz({
	title: 'Fire together, wire together: check what you learned',
	questions: [
		{
			id: 'hebbs-idea',
			kind: 'single',
			prompt: 'What was Hebb’s idea about how the brain learns?',
			section: { lesson: 'how-brains-learn', heading: 'hebbs-idea' },
			options: [
				{
					id: 'link-grows',
					text: 'When one neuron keeps helping another fire, the link between them grows stronger',
					correct: true,
					feedback:
						'Yes. That is Hebb’s idea in plain words. "Neurons that fire together wire together" is a later summary of it.'
				},
				{
					id: 'fixed',
					text: 'The links between neurons are set in childhood and do not change after that',
					correct: false,
					feedback:
						'Not quite. The links change with use all through life. That is what lets the brain learn, and change again in recovery.'
				},
				{
					id: 'exact-words',
					text: 'Hebb wrote the words "neurons that fire together wire together"',
					correct: false,
					feedback:
						'Not quite. That saying came later. It sums up Hebb’s idea, but they are not his words.'
				},
				{
					id: 'willpower',
					text: 'Habits come from willpower, not from changes in the brain',
					correct: false,
					feedback:
						'Not quite. Habits form as paths in the brain get stronger with practice. That is how brains work, not a matter of character.'
				}
			]
		},
		{
			id: 'old-road-erased',
			kind: 'true-false',
			prompt:
				'True or false: once you have practised a new habit for a while, the old road in the brain is erased.',
			section: { lesson: 'building-new-roads', heading: 'the-old-road-does-not-vanish' },
			options: [
				{
					id: 'true',
					text: 'True',
					correct: false,
					feedback:
						'Not quite. New learning is stored alongside the old learning, not on top of it. The old road fades with disuse, but it does not fully vanish.'
				},
				{
					id: 'false',
					text: 'False',
					correct: true,
					feedback:
						'Right. The old road fades slowly but stays. That is why it can wake on a hard day, and why a pull toward it is not a sign of failure.'
				}
			]
		},
		{
			id: 'kinds-of-cues',
			kind: 'multiple',
			prompt: 'Which of these could be a cue for someone in recovery? Choose all that fit.',
			section: { lesson: 'cues-and-triggers', heading: 'five-kinds-of-cues' },
			options: [
				{
					id: 'person',
					text: 'An old friend they used with',
					correct: true,
					feedback: 'Yes. People are one of the five kinds of cues.'
				},
				{
					id: 'time',
					text: 'Payday',
					correct: true,
					feedback: 'Yes. Times, like payday or a weekend night, can be cues.'
				},
				{
					id: 'feeling',
					text: 'Feeling lonely',
					correct: true,
					feedback:
						'Yes. Feelings can be cues, and they are ones you cannot simply avoid. Planning for them helps.'
				},
				{
					id: 'place',
					text: 'A street corner where they used to buy',
					correct: true,
					feedback: 'Yes. Places are cues, which is one reason people change their routes.'
				},
				{
					id: 'nothing',
					text: 'Nothing: once the drug has left the body, cues stop working',
					correct: false,
					feedback:
						'Not quite. Brain scans show that reminders of use set off emotion and memory areas even with no drug there.'
				}
			]
		},
		{
			id: 'stressful-day',
			kind: 'predict',
			prompt:
				'In the network, you have practised the new response on six days, and now the new road wins on a calm day. Then a stressful day comes, and a cue goes off. What do you predict?',
			section: { lesson: 'building-new-roads', heading: 'see-it-in-the-network' },
			options: [
				{
					id: 'old-wakes',
					text: 'The old road wakes up and wins this time',
					correct: true,
					feedback:
						'Yes. Stress lifts the old road for a while. Six days of practice made the new road strong, but not yet strong enough for a hard day.'
				},
				{
					id: 'new-holds',
					text: 'The new road wins easily, as on a calm day',
					correct: false,
					feedback:
						'Not this time. The new road is still there, but stress makes the old road pull harder. With more practice and time, the new road can hold even on hard days.'
				},
				{
					id: 'nothing',
					text: 'The signal stops at the urge neuron and goes nowhere',
					correct: false,
					feedback:
						'Not quite. A cue always sends the signal down one of the roads. The question is which one is stronger today.'
				}
			],
			reveal: {
				text: 'The old road wins: stress lifted it to full strength (100 in the picture), above the new road (90). The new road did not go away. More practice, a steady routine and time let the old road fade toward its floor, and then the new road can win even on a stressful day.',
				diagram: 'RutsAndRoads',
				props: { practiceCount: 6, stress: true, fireCue: true }
			}
		},
		{
			id: 'craving-grows',
			kind: 'single',
			prompt:
				'Three months into recovery, Sam finds that cravings to cues feel stronger than in the first week. What fits what you learned?',
			section: { lesson: 'cues-and-triggers', heading: 'craving-can-grow-before-it-fades' },
			options: [
				{
					id: 'can-be-normal',
					text: 'This can be a normal part of the road, and it tends to ease later',
					correct: true,
					feedback:
						'Yes. In a study of people who had used methamphetamine, craving to cues was higher at three months than at first, and lower at six months and one year.'
				},
				{
					id: 'failing',
					text: 'It means Sam’s recovery is not working',
					correct: false,
					feedback:
						'Not quite. Stronger cue craving a few months in has been seen in research. It does not mean Sam is doing anything wrong.'
				},
				{
					id: 'only-down',
					text: 'It cannot be true: cravings only get weaker from the first day',
					correct: false,
					feedback:
						'Not quite. Craving set off by cues can grow for a while after stopping, before it eases.'
				}
			]
		},
		{
			id: 'new-road-steps',
			kind: 'order',
			prompt: 'Put these steps in order: how one practice builds a new road.',
			section: { lesson: 'building-new-roads', heading: 'make-the-new-road-the-easy-one' },
			items: [
				{
					id: 'cue',
					text: 'A cue comes, and an urge starts',
					feedback: 'First the cue sets off the urge neurons, as it always has.'
				},
				{
					id: 'choose',
					text: 'You take a walk or call a friend instead of using',
					feedback: 'Next you choose the new response, while the urge is still there.'
				},
				{
					id: 'fire',
					text: 'The urge and the new response fire together',
					feedback: 'Because they happen at the same time, their neurons fire together.'
				},
				{
					id: 'grow',
					text: 'The link between them grows a little',
					feedback: 'That is Hebb’s idea: firing together makes the link stronger.'
				},
				{
					id: 'easier',
					text: 'Next time, the new response comes to mind more easily',
					feedback: 'Last comes the pay-off: each practice makes the new road a bit easier.'
				}
			]
		},
		{
			id: 'someone-close',
			kind: 'single',
			prompt:
				'Jo is in recovery. Jo’s partner still uses. Which approach fits what the lesson suggests?',
			section: { lesson: 'building-new-roads', heading: 'when-someone-close-to-you-still-uses' },
			options: [
				{
					id: 'think-and-talk',
					text: 'Think through safety, what being together brings up and what support would help, and talk it over with a counselor or a support group',
					correct: true,
					feedback:
						'Yes. There is no single right answer. The lesson offers questions and places to talk, and the choice stays with Jo.'
				},
				{
					id: 'must-leave',
					text: 'Jo must leave the relationship right away',
					correct: false,
					feedback:
						'Not quite. The lesson does not tell anyone what to decide. If Jo is ever in danger, though, calling 911 or using Get help now comes first.'
				},
				{
					id: 'keep-quiet',
					text: 'Keep it to yourself: nobody else can help with this',
					correct: false,
					feedback:
						'Not quite. Counselors, treatment programs and support groups can help Jo think it through. The SAMHSA helpline can point to services too.'
				}
			]
		}
	]
});
