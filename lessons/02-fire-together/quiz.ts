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
						'Not quite. New learning is stored alongside the old learning, not on top of it. The old road stays, and time alone does not wear it away.'
				},
				{
					id: 'false',
					text: 'False',
					correct: true,
					feedback:
						'Right. The old road stays, even when the new one wins. That is why it can wake on a hard day, and why a pull toward it is not a sign of failure.'
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
				text: 'The old road wins: stress lifted it to full strength (100 in the picture), above the new road (90). The new road did not go away. More practice makes the new road stronger and holds the old road back further; then the new road can win even on a stressful day. Time alone would not do it.',
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
						'Yes. In a study of people who had used methamphetamine, cue craving was higher in the group three months in than in the group a few days in, and lower again at six months and one year.'
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
			id: 'time-alone',
			kind: 'true-false',
			prompt:
				'True or false: once the new road wins, you can stop practising, because the old road keeps fading on its own as the weeks go by.',
			section: { lesson: 'building-new-roads', heading: 'the-old-road-does-not-vanish' },
			options: [
				{
					id: 'true',
					text: 'True',
					correct: false,
					feedback:
						'Not quite. Time alone does not wear the old road away. After a long gap with no practice it can even come partly back, while the unused new road fades.'
				},
				{
					id: 'false',
					text: 'False',
					correct: true,
					feedback:
						'Right. Time alone does not weaken the old road. Practice is what keeps the new road winning, which is why routine matters.'
				}
			]
		},
		{
			id: 'new-road-steps',
			kind: 'order',
			prompt: 'Put these in order: how one practice builds a new road.',
			section: { lesson: 'building-new-roads', heading: 'make-the-new-road-the-easy-one' },
			items: [
				{
					id: 'cue',
					text: 'A cue comes, and an urge starts',
					feedback:
						'First the cue sets off the urge, as it always has. Nothing can happen before it.'
				},
				{
					id: 'walk',
					text: 'While the urge is still there, you take a walk instead of using',
					feedback:
						'Next comes the new response, at the same moment as the urge. So the urge and the walk fire together.'
				},
				{
					id: 'grow',
					text: 'The link between the urge and the walk grows a little',
					feedback: 'Because they fired together, the link between them grows. That is Hebb’s idea.'
				},
				{
					id: 'easier',
					text: 'Next time a cue comes, the walk comes to mind a little more easily',
					feedback: 'Last comes the pay-off: the stronger link makes the new road easier next time.'
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
