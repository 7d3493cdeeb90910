import { defineQuiz } from '$lib/quiz/definition';

export default defineQuiz({
	questions: [
		{
			id: 'stories-help',
			kind: 'single',
			prompt:
				'A review looked at what hearing recovery stories does for people. Which finding fits it?',
			section: { lesson: 'why-stories-help', heading: 'why-stories-matter' },
			options: [
				{
					id: 'connected',
					text: 'People felt more connected and less alone, and their own experience made more sense',
					correct: true,
					feedback:
						'Yes. Connection, a better picture of recovery and feeling that your own experience is real were among the main effects.'
				},
				{
					id: 'cure',
					text: 'Hearing stories was enough for recovery on its own',
					correct: false,
					feedback:
						'Not quite. Stories helped, but the review found only five studies, and nothing in it says stories replace treatment or other support.'
				},
				{
					id: 'always-safe',
					text: 'Stories always felt good and never did any harm',
					correct: false,
					feedback:
						'Not quite. Stories stirred up strong feelings, and for a few people they did harm. It is fine to stop if a story is too much today.'
				}
			]
		},
		{
			id: 'self-efficacy-sources',
			kind: 'multiple',
			prompt:
				'Bandura described where self-efficacy comes from. Which of these are sources he named?',
			section: { lesson: 'why-stories-help', heading: 'what-listening-does' },
			options: [
				{
					id: 'doing',
					text: 'Getting through something hard yourself',
					correct: true,
					feedback:
						'Yes. Each time you get through something hard, your belief that you can do it grows.'
				},
				{
					id: 'seeing',
					text: 'Seeing someone like you succeed',
					correct: true,
					feedback:
						'Yes. This is the source a recovery story feeds: if someone like you got through it, you might too.'
				},
				{
					id: 'encouraged',
					text: 'Being encouraged by other people',
					correct: true,
					feedback: 'Yes. Hearing other people say you can do it is one of the four sources.'
				},
				{
					id: 'waiting',
					text: 'Waiting until you feel ready',
					correct: false,
					feedback:
						'Not one of them. Belief grows from doing, seeing, encouragement and how your body feels, not from waiting.'
				},
				{
					id: 'shame',
					text: 'Feeling ashamed of past mistakes',
					correct: false,
					feedback:
						'Not one of them. Shame tends to work against you; the lesson on lapses shows how it can keep a lapse going.'
				}
			]
		},
		{
			id: 'medication-recovery',
			kind: 'true-false',
			prompt:
				'True or false: a person who takes methadone or buprenorphine is not really in recovery.',
			section: { lesson: 'why-stories-help', heading: 'three-people-three-roads' },
			options: [
				{
					id: 'true',
					text: 'True',
					correct: false,
					feedback:
						'Not so. Medication for opioid use disorder works and saves lives. Taking it is recovery, as Marcus’s counselor told him.'
				},
				{
					id: 'false',
					text: 'False',
					correct: true,
					feedback:
						'Right. Methadone, buprenorphine and naltrexone work and save lives. Taking them is recovery, not a step back.'
				}
			]
		},
		{
			id: 'after-the-lapse',
			kind: 'predict',
			prompt:
				'In the chart of Marcus’s year, he has a lapse at month 7. What do you predict happens to his path next?',
			section: { lesson: 'not-a-straight-line', heading: 'the-real-shape-of-recovery' },
			options: [
				{
					id: 'rises',
					text: 'It rises again, as he uses what the lapse taught him',
					correct: true,
					feedback:
						'Yes. He looked at what led up to it with his counselor, wrote a lapse plan, and his path went up again.'
				},
				{
					id: 'start-over',
					text: 'He is back at the very start, and the months before count for nothing',
					correct: false,
					feedback:
						'Not so. A lapse does not erase what he built: his medicine, his walking partner and his sister were all still there.'
				},
				{
					id: 'ends',
					text: 'The path ends: one lapse means recovery is over',
					correct: false,
					feedback:
						'Not so. A lapse is information, not the end. Half of the people in one large survey needed two serious tries or fewer.'
				},
				{
					id: 'straight-line',
					text: 'He jumps straight back onto the dashed line people expect',
					correct: false,
					feedback:
						'Not quite. His path rises again, but it stays below the straight line. Real recovery rarely matches that line.'
				}
			],
			reveal: {
				text: 'After the lapse, Marcus and his counselor looked at what led up to it: grief, old friends and no plan. He wrote a lapse plan, and his path rose again. It stayed below the straight line people expect, but by the end of the year it was far above where it started.',
				diagram: 'RecoveryPath',
				props: { step: 5 }
			}
		},
		{
			id: 'lapse-plan-order',
			kind: 'order',
			prompt: 'Put the steps of a lapse plan in the order you would use them after a lapse.',
			section: { lesson: 'not-a-straight-line', heading: 'make-a-lapse-plan' },
			items: [
				{
					id: 'safe',
					text: 'Get safe: leave the place, do not stay alone, keep naloxone close',
					feedback:
						'First comes safety. After a break your tolerance is lower, so an overdose is more likely.'
				},
				{
					id: 'call',
					text: 'Call someone on your list',
					feedback:
						'Next, reach out: a person you trust, your counselor or clinic, or a help line. You do not have to handle it alone.'
				},
				{
					id: 'routines',
					text: 'Go back to your routines and your care',
					feedback:
						'Then get back on the road: a meeting, your counselor, your medicine, your daily plan.'
				},
				{
					id: 'learn',
					text: 'Look at what led up to it, without blame, and change your plan',
					feedback:
						'Last, learn from it. Once you are safe and steady, the lapse becomes information for a better plan.'
				}
			]
		},
		{
			id: 'friend-lapsed',
			kind: 'single',
			prompt:
				'Your brother tells you he used last night, after three months without using. What is most likely to help?',
			section: { lesson: 'not-a-straight-line', heading: 'families-and-friends' },
			options: [
				{
					id: 'ask',
					text: 'Ask if he is safe and what he needs right now',
					correct: true,
					feedback:
						'Yes. Care first helps him get back on the road. Blame tends to feed the shame that keeps a lapse going.'
				},
				{
					id: 'blame',
					text: 'Tell him he has thrown away three months',
					correct: false,
					feedback:
						'This tends to backfire. The “I have blown it” feeling can turn one lapse into a longer return to use.'
				},
				{
					id: 'silence',
					text: 'Say nothing, so he does not feel bad',
					correct: false,
					feedback:
						'Kind, but not enough. He needs to know you are there, and after a break, safety and naloxone matter.'
				}
			]
		},
		{
			id: 'exercise-role',
			kind: 'single',
			prompt: 'How does this course describe exercise in recovery?',
			section: { lesson: 'mind-and-body-together', heading: 'bringing-it-together' },
			options: [
				{
					id: 'support',
					text: 'One support next to treatment, not a cure',
					correct: true,
					feedback:
						'Yes. A review of 22 trials found real benefits. How much it helps depends on the kind of exercise, its timing and the stage of use or recovery, so it is a support, not a cure.'
				},
				{
					id: 'cure',
					text: 'A cure that can replace medication and counseling',
					correct: false,
					feedback:
						'Not so. Exercise helps, but it is not a cure on its own. Medication and counseling still matter.'
				},
				{
					id: 'no-use',
					text: 'Something that makes no difference to recovery',
					correct: false,
					feedback:
						'Not so. In a review of 22 trials, exercise helped more people stay off drugs and eased withdrawal, anxiety and low mood.'
				}
			]
		},
		{
			id: 'story-privacy',
			kind: 'single',
			prompt: 'You write “your story so far” in the last lesson. Who can read it?',
			section: { lesson: 'mind-and-body-together', heading: 'your-story-so-far' },
			options: [
				{
					id: 'only-you',
					text: 'Only you, unless you choose to share it',
					correct: true,
					feedback:
						'Yes. What you write is private. If you link with a counselor later, you will be able to choose whether to share it.'
				},
				{
					id: 'counselor',
					text: 'Your counselor, as soon as you save it',
					correct: false,
					feedback:
						'No. A counselor never sees what you write unless you choose to share that item.'
				},
				{
					id: 'group',
					text: 'Other people taking the course',
					correct: false,
					feedback: 'No. Your writing is never shown to other learners.'
				}
			]
		}
	]
});
