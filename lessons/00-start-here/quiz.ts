import { defineQuiz } from '$lib/quiz/definition';

const lesson = 'how-this-course-works';

export default defineQuiz({
	questions: [
		{
			id: 'stopping-partway',
			kind: 'single',
			prompt: 'You are partway through a lesson and need to stop. What happens?',
			section: { lesson, heading: 'what-you-will-find' },
			options: [
				{
					id: 'come-back',
					text: 'You can stop now and come back later',
					correct: true,
					feedback: 'Yes. You can stop at any point and pick up again when you are ready.'
				},
				{
					id: 'start-over',
					text: 'You have to start the module again',
					correct: false,
					feedback:
						'No. Nothing is lost when you stop. You can come back later and carry on from there.'
				},
				{
					id: 'one-sitting',
					text: 'You must finish the lesson before you leave',
					correct: false,
					feedback: 'No. Lessons are short, but you never have to finish one in one go.'
				}
			]
		},
		{
			id: 'what-you-write',
			kind: 'multiple',
			prompt:
				'Some lessons ask you to write a few lines. Which of these are true? Choose all that fit.',
			section: { lesson, heading: 'how-to-use-it' },
			options: [
				{
					id: 'private',
					text: 'What you write is private',
					correct: true,
					feedback: 'Right. What you write is yours. It stays private.'
				},
				{
					id: 'you-choose',
					text: 'Nobody sees it unless you choose to share it',
					correct: true,
					feedback: 'Right. You decide if anyone else gets to see it.'
				},
				{
					id: 'counselor-reads-all',
					text: 'A counselor can read all of it',
					correct: false,
					feedback: 'No. A counselor only sees what you agree to share with them.'
				},
				{
					id: 'scored',
					text: 'It gets a score, like a quiz',
					correct: false,
					feedback: 'No. Nobody scores what you write. It is there to help you think.'
				}
			]
		},
		{
			id: 'instead-of-treatment',
			kind: 'true-false',
			prompt: 'True or false: this course can take the place of treatment.',
			section: { lesson, heading: 'if-today-is-hard' },
			options: [
				{
					id: 'true',
					text: 'True',
					correct: false,
					feedback:
						'Not true. This course is education, not treatment. It works best next to care from people who know you.'
				},
				{
					id: 'false',
					text: 'False',
					correct: true,
					feedback:
						'Right. This course is education, not treatment. It works best next to care from people who know you.'
				}
			]
		},
		{
			id: 'after-a-lapse',
			kind: 'order',
			prompt:
				'Partway through the course, you have a lapse and tonight feels hard. Put these in the order the course suggests.',
			section: { lesson, heading: 'if-today-is-hard' },
			items: [
				{
					id: 'safe',
					text: 'Get safe: tap Get help now, or call 911 if you are in danger',
					feedback:
						'Safety comes first. After a break your tolerance is lower, and help is one tap away on every page.'
				},
				{
					id: 'reach-out',
					text: 'Reach out to someone you trust, your counselor or a help line',
					feedback:
						'Next, reach out. You do not have to get through it alone. This course is not an emergency service, so a person comes before a lesson.'
				},
				{
					id: 'come-back',
					text: 'Come back to the course when you are ready',
					feedback:
						'Last, come back when you are ready. A lapse is information, not failure, and nothing you did in the course is lost.'
				}
			]
		},
		{
			id: 'wrong-answer',
			kind: 'predict',
			prompt: 'Make a guess: you get a quiz question wrong. What do you think happens next?',
			section: { lesson, heading: 'how-to-use-it' },
			options: [
				{
					id: 'see-why-retry',
					text: 'You see why, and you can try again',
					correct: true,
					feedback:
						'Yes. Each answer tells you why it is right or not. Then you can try again as often as you like.'
				},
				{
					id: 'fail',
					text: 'You fail the module',
					correct: false,
					feedback:
						'No. There is no test you can fail here. A wrong answer shows you what to read again.'
				},
				{
					id: 'wait',
					text: 'You have to wait a day to try again',
					correct: false,
					feedback: 'No. You can try again right away, as many times as you like.'
				}
			],
			reveal: {
				text: 'Each answer comes with a short reason and a link back to the part of the lesson that explains it. Then you can try again, as many times as you like, even after you pass. The answers come in a new order each time. If you are logged in, your scores are kept.'
			}
		}
	]
});
