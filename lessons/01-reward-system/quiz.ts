import { defineQuiz } from '$lib/quiz/definition';

const reward = 'what-reward-is';
const opioids = 'what-opioids-do';
const healing = 'healing-takes-time';

export default defineQuiz({
	questions: [
		{
			id: 'dopamine-role',
			kind: 'single',
			prompt: 'What does dopamine mostly do in the reward system?',
			section: { lesson: reward, heading: 'a-signal-for-learning' },
			options: [
				{
					id: 'learn-and-want',
					text: 'It signals what matters, so you learn it and want it again',
					correct: true,
					feedback:
						'Yes. Dopamine works like a "this matters, go for it again" signal. It drives learning and wanting.'
				},
				{
					id: 'pleasure',
					text: 'It is the chemical that makes things feel good',
					correct: false,
					feedback:
						'Not quite. That is a common idea, but the good feeling itself does not depend on dopamine. Dopamine is more about learning and wanting.'
				},
				{
					id: 'calm',
					text: 'It calms you down and helps you sleep',
					correct: false,
					feedback:
						'No. In the reward system, dopamine marks what matters so that you learn it and go after it again.'
				}
			]
		},
		{
			id: 'wanting-liking',
			kind: 'multiple',
			prompt: 'Which of these are true about wanting and liking? Choose all that are true.',
			section: { lesson: reward, heading: 'wanting-and-liking' },
			options: [
				{
					id: 'different-systems',
					text: 'Wanting and liking come from different brain systems',
					correct: true,
					feedback:
						'Right. Wanting comes from large systems that use dopamine. Liking comes from smaller systems that do not depend on dopamine.'
				},
				{
					id: 'wanting-grows',
					text: 'In addiction, wanting can grow even when liking does not',
					correct: true,
					feedback:
						'Right. That is why a drug can pull hard even when it is no longer enjoyed much.'
				},
				{
					id: 'want-means-enjoy',
					text: 'If you still want something, you must still enjoy it',
					correct: false,
					feedback:
						'No. Wanting and liking can come apart. Many people want a drug badly without enjoying it anymore.'
				},
				{
					id: 'willpower',
					text: 'Strong wanting is a sign of weak willpower',
					correct: false,
					feedback:
						'No. Strong wanting is learning, deep in the brain. It is not a flaw in who you are, and it can change.'
				}
			]
		},
		{
			id: 'heroin-floods',
			kind: 'true-false',
			prompt:
				'True or false: brain scans of people have shown that heroin floods the human brain with dopamine.',
			section: { lesson: opioids, heading: 'what-brain-scans-of-people-show' },
			options: [
				{
					id: 'true',
					text: 'True',
					correct: false,
					feedback:
						'Not so. The dopamine rise comes from animal work. Scans of people with heroin dependence found fewer D2/D3 receptors and less dopamine release, and one study found no clear rise to heroin in people on methadone or buprenorphine.'
				},
				{
					id: 'false',
					text: 'False',
					correct: true,
					feedback:
						'Right. Animal work points to a dopamine rise. Scans of people found a dopamine system that had been turned down, and one study of 10 people on medication found no clear rise to heroin.'
				}
			]
		},
		{
			id: 'opioid-path',
			kind: 'order',
			prompt:
				'Put these steps in order, as studies of animal brain cells describe how opioids reach the reward circuit.',
			section: { lesson: opioids, heading: 'how-opioids-reach-the-reward-circuit' },
			items: [
				{
					id: 'attach',
					text: 'An opioid attaches to mu-opioid receptors in the VTA',
					feedback: 'First, the drug has to reach its "lock": the mu-opioid receptor.'
				},
				{
					id: 'brake-quiet',
					text: 'The brake cells that hold dopamine neurons back go quiet',
					feedback:
						'Next: those receptors are on the brake cells (GABA cells), so the brake cells quiet down.'
				},
				{
					id: 'dopamine-fires',
					text: 'The dopamine neurons, no longer held back, become more active',
					feedback: 'With the brake eased, the dopamine neurons fire more.'
				},
				{
					id: 'marked',
					text: 'The brain marks the drug, the place and the people as important',
					feedback:
						'Last, the stronger "this matters" signal teaches the brain to want the drug, and what comes with it, again.'
				}
			]
		},
		{
			id: 'tolerance-signal',
			kind: 'predict',
			prompt:
				'Someone has taken an opioid many times and has built up tolerance. Predict: when they take the same drug again, what happens to the "this matters" signal from the VTA to the nucleus accumbens?',
			section: { lesson: opioids, heading: 'tolerance-the-drug-does-less' },
			options: [
				{
					id: 'bigger',
					text: 'It is bigger than the first time',
					correct: false,
					feedback:
						'Not quite. Many people expect that, but the brain adjusts to the drug. The same drug now sends a smaller signal.'
				},
				{
					id: 'same',
					text: 'It is about the same as the first time',
					correct: false,
					feedback:
						'Not quite. The brain does not stay the same. It adjusts to the drug, so the signal gets smaller.'
				},
				{
					id: 'smaller',
					text: 'It is smaller than the first time',
					correct: true,
					feedback: 'Yes. With tolerance, the same drug gives a smaller response.'
				}
			],
			reveal: {
				text: 'In addiction, the drug itself gives a smaller response, cues linked to it give a larger one, and the prefrontal cortex has less control. The explorer shows this as a thin line from the VTA to the nucleus accumbens. The picture is a teaching drawing, not a measurement.',
				diagram: 'RewardCircuit',
				props: { scene: 'after-tolerance', reveal: true }
			}
		},
		{
			id: 'old-dose',
			kind: 'single',
			prompt:
				'Sam has not used opioids for two months since leaving jail. Why would a return to his old dose be so dangerous?',
			section: { lesson: healing, heading: 'after-a-break-your-tolerance-is-lower' },
			options: [
				{
					id: 'tolerance-lower',
					text: 'His tolerance is lower, so his old dose could be more than his body can handle',
					correct: true,
					feedback:
						'Yes. After a break, tolerance falls, and an old dose can cause an overdose that kills. Carrying naloxone can save a life.'
				},
				{
					id: 'withdrawal',
					text: 'It would send him into withdrawal',
					correct: false,
					feedback:
						'Not quite. Withdrawal comes when a drug the body is used to stops. The danger here is an overdose, because his tolerance is lower.'
				},
				{
					id: 'body-remembers',
					text: 'It would not be dangerous, because his body remembers the old dose',
					correct: false,
					feedback:
						'No. The body does not keep its tolerance through a break. That is why an old dose can kill.'
				}
			]
		},
		{
			id: 'famous-scans',
			kind: 'multiple',
			prompt:
				'Think of the well-known brain scans "after 14 months without use". Which of these are true? Choose all that are true.',
			section: { lesson: healing, heading: 'the-famous-brain-scans' },
			options: [
				{
					id: 'methamphetamine',
					text: 'They come from people who used methamphetamine',
					correct: true,
					feedback: 'Right. They are from a study of methamphetamine, a stimulant, not opioids.'
				},
				{
					id: 'transporters',
					text: 'They show dopamine transporters',
					correct: true,
					feedback: 'Right. They show the pumps that pull dopamine back into neurons.'
				},
				{
					id: 'toward-normal',
					text: 'They show that some brain changes moved back toward normal with time',
					correct: true,
					feedback:
						'Right. After 14 months without use, transporters were close to normal in that study.'
				},
				{
					id: 'heroin-proof',
					text: 'They prove the brain heals fully 14 months after stopping heroin',
					correct: false,
					feedback:
						'No. They are not about heroin, and some effects did not fully return. For opioids, studies do not yet show how long healing takes.'
				}
			]
		},
		{
			id: 'medication-recovery',
			kind: 'true-false',
			prompt:
				'True or false: someone who takes buprenorphine every day is not really in recovery yet.',
			section: { lesson: healing, heading: 'medication-is-recovery' },
			options: [
				{
					id: 'true',
					text: 'True',
					correct: false,
					feedback:
						'Not so. Methadone, buprenorphine and naltrexone are treatment, and taking them is recovery. They lower cravings and save lives.'
				},
				{
					id: 'false',
					text: 'False',
					correct: true,
					feedback:
						'Right. Medication for opioid use disorder is recovery. Overdose deaths are much less common in treatment than out of it.'
				}
			]
		}
	]
});
