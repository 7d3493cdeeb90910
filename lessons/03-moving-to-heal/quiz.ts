import { defineQuiz } from '$lib/quiz/definition';

export default defineQuiz({
	title: 'Moving to heal: check your understanding',
	questions: [
		{
			id: 'least-sure-result',
			kind: 'predict',
			prompt:
				'A review pooled 22 trials of exercise. It reported four results: staying off drugs, withdrawal, anxiety and depression. Which result do you think the trials were least sure about?',
			section: { lesson: 'what-moving-does', heading: 'what-22-trials-found' },
			options: [
				{
					id: 'abstinence',
					text: 'Staying off drugs',
					correct: false,
					feedback:
						'Not this one. Its range was fairly short, from 1.44 to 1.99, and all of it shows that more people who exercised stayed off drugs.'
				},
				{
					id: 'withdrawal',
					text: 'Withdrawal symptoms',
					correct: true,
					feedback:
						'Yes. Its line ran from −2.46 to −0.02. Exercise seemed to ease withdrawal, but the trials could not say by how much.'
				},
				{
					id: 'anxiety',
					text: 'Anxiety',
					correct: false,
					feedback:
						'Not this one. Anxiety had the shortest line, from −0.45 to −0.16, so it was the most certain of the three symptom results.'
				},
				{
					id: 'depression',
					text: 'Depression',
					correct: false,
					feedback:
						'Not quite. Depression’s line, from −0.80 to −0.14, was longer than anxiety’s but much shorter than withdrawal’s.'
				}
			],
			reveal: {
				text: 'Withdrawal had the longest line by far: a standardized mean difference of −1.24, with a 95% confidence interval from −2.46 to −0.02. All four lines sit on the side where exercise helped (Wang and others, 2014).',
				diagram: 'EvidenceExplorer',
				props: { selected: 'withdrawal' }
			}
		},
		{
			id: 'dopamine-study',
			kind: 'single',
			prompt: 'What did the small brain-scan study of exercise find, and in whom?',
			section: { lesson: 'what-moving-does', heading: 'exercise-and-dopamine-one-small-study' },
			options: [
				{
					id: 'meth-receptors',
					text: 'In 19 adults treated for methamphetamine use: eight weeks of exercise made more D2/D3 dopamine receptors available.',
					correct: true,
					feedback:
						'Yes. 10 people exercised and 9 went to health classes. Only the exercise group changed. It is a hopeful clue, but small, and not about opioids.'
				},
				{
					id: 'heroin-cure',
					text: 'In people recovering from heroin use: eight weeks of exercise brought their dopamine back to normal.',
					correct: false,
					feedback:
						'No. The study was about methamphetamine, not heroin, and it did not show that anything went back to normal.'
				},
				{
					id: 'one-workout',
					text: 'In healthy adults with no drug use: a single hard workout flooded the brain with extra dopamine.',
					correct: false,
					feedback:
						'No. The study was in people in treatment, over eight weeks, and it measured receptors, not a flood of dopamine.'
				}
			]
		},
		{
			id: 'replace-medication',
			kind: 'true-false',
			prompt: 'Exercise can replace medication such as methadone or buprenorphine.',
			section: { lesson: 'what-moving-does', heading: 'where-the-evidence-is-thin' },
			options: [
				{
					id: 'true',
					text: 'True',
					correct: false,
					feedback:
						'No. Exercise is a support next to treatment, not a cure. If you take medication for opioid use disorder, keep taking it.'
				},
				{
					id: 'false',
					text: 'False',
					correct: true,
					feedback:
						'Right. Exercise can work alongside medication and counseling. Its effects depend on the kind and timing of exercise, the drug and the person.'
				}
			]
		},
		{
			id: 'check-first',
			kind: 'multiple',
			prompt:
				'Which of these are good reasons to talk to a clinician before you start? Choose all that apply.',
			section: { lesson: 'starting-safely', heading: 'check-with-a-clinician-first' },
			options: [
				{
					id: 'long-use',
					text: 'You used drugs for a long time',
					correct: true,
					feedback:
						'Yes. After long use, a check first helps you start with a plan that fits your body.'
				},
				{
					id: 'heart',
					text: 'You have a heart problem',
					correct: true,
					feedback: 'Yes. Heart problems are one of the reasons to check first.'
				},
				{
					id: 'lung',
					text: 'You have a lung problem, like asthma',
					correct: true,
					feedback: 'Yes. Lung problems are one of the reasons to check first.'
				},
				{
					id: 'pain',
					text: 'You live with pain',
					correct: true,
					feedback: 'Yes. A clinician can help you find movement that does not make the pain worse.'
				},
				{
					id: 'nervous',
					text: 'You feel nervous about trying something new',
					correct: false,
					feedback:
						'Feeling nervous is normal and not a health reason to wait. Starting small, or with a friend, can help.'
				},
				{
					id: 'likes-dance',
					text: 'You would like to try a dance class',
					correct: false,
					feedback:
						'That is not a reason to worry. Choosing something you enjoy is a great start; the health reasons above are what call for a check.'
				}
			]
		},
		{
			id: 'build-up',
			kind: 'order',
			prompt: 'Put these steps for starting to move in a safe order.',
			section: { lesson: 'starting-safely', heading: 'start-small-and-build' },
			items: [
				{
					id: 'check',
					text: 'Check with a clinician if you need to',
					feedback: 'First, because it tells you what is safe for your body before you begin.'
				},
				{
					id: 'small',
					text: 'Start with a few easy minutes',
					feedback: 'Next: some activity is better than none, and five minutes counts.'
				},
				{
					id: 'repeat',
					text: 'Do it on most days for a week or two',
					feedback: 'Repeating a small thing comes before adding more, so it can become a habit.'
				},
				{
					id: 'add',
					text: 'Add a few minutes at a time, toward 150 a week',
					feedback: 'Last: build up slowly, with 150 minutes a week as a goal to grow toward.'
				}
			]
		},
		{
			id: 'low-day',
			kind: 'single',
			prompt: 'It is a low day and you do not feel like moving. What does the lesson suggest?',
			section: { lesson: 'starting-safely', heading: 'what-to-do-on-low-days' },
			options: [
				{
					id: 'tiny',
					text: 'Do the tiny version you planned, or rest and pick it up tomorrow.',
					correct: true,
					feedback:
						'Yes. A small version keeps the habit going, and rest is part of the plan. A missed day does not undo your progress.'
				},
				{
					id: 'push',
					text: 'Push through a full workout, or the day is wasted.',
					correct: false,
					feedback:
						'No. Pushing hard on a low day can make you want to quit. The tiny version, or rest, is enough.'
				},
				{
					id: 'quit',
					text: 'Stop the plan for good, because it is not working.',
					correct: false,
					feedback:
						'No. A missed day or week is information, not failure. Ask what got in the way and plan for it.'
				}
			]
		},
		{
			id: 'good-if-then',
			kind: 'single',
			prompt: 'Which of these is the strongest if-then plan?',
			section: { lesson: 'make-your-plan', heading: 'why-a-plan-helps' },
			options: [
				{
					id: 'specific',
					text: '“If I leave the clinic on Tuesday, then I walk the long way to the bus stop.”',
					correct: true,
					feedback:
						'Yes. It names a moment, an action and a place, so when Tuesday comes you do not have to decide again.'
				},
				{
					id: 'vague',
					text: '“I will try to exercise more this month.”',
					correct: false,
					feedback:
						'This is a goal, not an if-then plan. It does not say what, when or where, so it is easy to put off.'
				},
				{
					id: 'mood',
					text: '“If I feel like it, then I might go to the gym.”',
					correct: false,
					feedback:
						'This leaves the choice open every time. A strong plan links a set moment to a set action.'
				}
			]
		},
		{
			id: 'week-against-guideline',
			kind: 'predict',
			prompt:
				'Sam plans 20 minutes of brisk walking on Monday to Friday, plus 20 minutes of strength work on Tuesday and Thursday. How does the week compare with the 150-minute guideline?',
			section: { lesson: 'make-your-plan', heading: 'build-your-week' },
			options: [
				{
					id: 'short-50',
					text: '100 moderate minutes: 50 short of 150, and a good start',
					correct: true,
					feedback:
						'Yes. Only the walking counts toward the 150 aerobic minutes. The guideline asks for strength work on 2 or more days as well, and Sam has 2.'
				},
				{
					id: 'meets',
					text: '140 minutes: almost there',
					correct: false,
					feedback:
						'Close, but the 40 minutes of strength are not part of the 150 aerobic minutes. The walking adds up to 100.'
				},
				{
					id: 'over',
					text: 'Over 300 minutes: too much',
					correct: false,
					feedback: 'No. Five walks of 20 minutes add up to 100 minutes of moderate activity.'
				}
			],
			reveal: {
				text: 'The walking adds up to 100 minutes of moderate activity, 50 short of 150. The strength work shows as striped bars: the WHO guideline asks for it on 2 or more days a week, apart from the aerobic minutes (Bull and others, 2020). Sam has it on 2 days. Some activity is better than none, so this is a good start.',
				diagram: 'WeeklyPlan',
				props: {
					plan: {
						version: 1,
						entries: [
							{ id: 'w1', activity: 'walking', day: 'mon', minutes: 20, where: '', withWhom: '' },
							{ id: 'w2', activity: 'walking', day: 'tue', minutes: 20, where: '', withWhom: '' },
							{ id: 's2', activity: 'strength', day: 'tue', minutes: 20, where: '', withWhom: '' },
							{ id: 'w3', activity: 'walking', day: 'wed', minutes: 20, where: '', withWhom: '' },
							{ id: 'w4', activity: 'walking', day: 'thu', minutes: 20, where: '', withWhom: '' },
							{ id: 's4', activity: 'strength', day: 'thu', minutes: 20, where: '', withWhom: '' },
							{ id: 'w5', activity: 'walking', day: 'fri', minutes: 20, where: '', withWhom: '' }
						],
						ifThen: []
					}
				}
			}
		}
	]
});
