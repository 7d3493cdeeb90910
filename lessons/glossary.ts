/**
 * Words the course explains. Lessons mark a word with `<Term id="dopamine">dopamine</Term>`;
 * `npm run content:check` fails on an id that is not here. Definitions are one or two plain
 * sentences (aim for grade 6) and follow the facts in CONTENT.md: dopamine is about wanting and
 * learning, not a "pleasure chemical"; medication for opioid use disorder is recovery.
 */
export interface GlossaryEntry {
	term: string;
	definition: string;
}

export const glossary: Record<string, GlossaryEntry> = {
	neuron: {
		term: 'neuron',
		definition:
			'A nerve cell. Neurons pass messages through the brain and body as tiny electrical and chemical signals.'
	},
	synapse: {
		term: 'synapse',
		definition:
			'The tiny gap where one neuron passes a message to the next. A chemical carries the message across the gap.'
	},
	neurotransmitter: {
		term: 'neurotransmitter',
		definition:
			'A chemical that carries a message across a synapse, from one neuron to the next. Dopamine is one of them.'
	},
	receptor: {
		term: 'receptor',
		definition:
			'A spot on a cell that one kind of chemical fits, like a key in a lock. When the chemical attaches, the cell gets a message.'
	},
	dopamine: {
		term: 'dopamine',
		definition:
			'A chemical messenger in the brain. It helps you notice what matters, learn what leads to a reward, and want to go after it.'
	},
	'reward-system': {
		term: 'reward system',
		definition:
			'A set of brain areas that work together to help you learn what is good for you and want it again. Food, rest and time with people use it, and drugs act on it too.'
	},
	vta: {
		term: 'VTA (ventral tegmental area)',
		definition:
			'A small area deep in the brain where many dopamine neurons start. They send signals to the nucleus accumbens and the prefrontal cortex.'
	},
	'nucleus-accumbens': {
		term: 'nucleus accumbens',
		definition:
			'A small area deep in the brain and a key part of the reward system. It helps link a reward, and the things that come before it, to wanting.'
	},
	'prefrontal-cortex': {
		term: 'prefrontal cortex',
		definition:
			'The front part of the brain, behind your forehead. It helps you plan, make choices and stop before you act.'
	},
	opioid: {
		term: 'opioid',
		definition:
			'A drug that acts on opioid receptors in the brain and body. Heroin and fentanyl are opioids. So are some medicines, like methadone.'
	},
	'mu-opioid-receptor': {
		term: 'mu-opioid receptor',
		definition:
			'The main receptor that opioid drugs such as heroin and fentanyl attach to. Some of the body’s own natural opioids use it too.'
	},
	tolerance: {
		term: 'tolerance',
		definition:
			'When the body gets used to a drug, so the same amount does less. Tolerance drops during a break from use, and after stopping naltrexone (such as the monthly shot), so an old dose can then cause an overdose.'
	},
	withdrawal: {
		term: 'withdrawal',
		definition:
			'The sick, hard feelings when you stop or cut down a drug your body is used to. Opioid withdrawal can feel like a bad flu, with aches, chills, sweats and an upset stomach. Vomiting and diarrhea can dry the body out, so it is safer with medical help.'
	},
	cue: {
		term: 'cue',
		definition:
			'Anything the brain has linked with using, such as a place, a person, a smell, a feeling or a time of day. Cues can set off cravings.'
	},
	craving: {
		term: 'craving',
		definition: 'A strong urge to use a drug. A craving can feel huge, but it rises and then fades.'
	},
	overdose: {
		term: 'overdose',
		definition:
			'When a drug is more than the body can handle. An opioid overdose can slow or stop breathing, and it can kill. The street supply often has fentanyl in it, a very strong opioid, so the risk is hard to judge.'
	},
	naloxone: {
		term: 'naloxone',
		definition:
			'A medicine that can reverse an opioid overdose. It comes as a nose spray or a shot, and anyone can learn to give it. It may take more than one dose, and it can wear off before the opioid does, so call 911 and stay with the person.'
	},
	moud: {
		term: 'MOUD (medication for opioid use disorder)',
		definition:
			'Medicine that treats opioid use disorder. It can be methadone, buprenorphine or naltrexone. Taking it is part of recovery, not a step back.'
	},
	'substance-use-disorder': {
		term: 'substance use disorder',
		definition:
			'A health condition where a person keeps using a drug even when it causes harm, and finds it very hard to stop. It can be treated, and people do recover.'
	},
	recovery: {
		term: 'recovery',
		definition:
			'The process of getting your health and your life back, in your own way. It can include medication, counseling and support from other people.'
	},
	lapse: {
		term: 'lapse',
		definition:
			'A return to use after a time of not using. A lapse is information you can learn from, not a failure.'
	},
	neuroplasticity: {
		term: 'neuroplasticity',
		definition:
			'The brain’s power to change by building up some links between neurons and letting others fade. It is how you learn, and how the brain can change again in recovery.'
	},
	habit: {
		term: 'habit',
		definition:
			'Something you have done so many times that you do it almost without thinking. Habits form when the same path in the brain is used again and again.'
	},
	trigger: {
		term: 'trigger',
		definition:
			'Another word for a cue: a person, place, thing, feeling or time that can set off a craving.'
	},
	'brain-scan': {
		term: 'brain scan',
		definition:
			'A picture of the brain at work, taken with a machine such as a PET or MRI scanner. It can show which parts of the brain are more active.'
	},
	amygdala: {
		term: 'amygdala',
		definition:
			'A small area deep in the brain that helps link feelings, like fear or desire, to the things around you.'
	},
	hippocampus: {
		term: 'hippocampus',
		definition:
			'A part deep in the brain that stores memories of places, people and events. It helps you remember where and when something happened.'
	},
	endorphin: {
		term: 'endorphins',
		definition:
			'Opioid chemicals that your own body makes. They act on the same kinds of receptors that opioid drugs act on.'
	},
	'pet-scan': {
		term: 'PET scan',
		definition:
			'A kind of brain scan. A tiny amount of a tracer that gives off a signal is put in the blood, and the scanner shows where it goes, such as to dopamine receptors.'
	},
	'dopamine-receptor': {
		term: 'dopamine receptor',
		definition:
			'A spot on a neuron that dopamine fits into, so the neuron gets the message. D2 and D3 are two kinds of dopamine receptor.'
	},
	'dopamine-transporter': {
		term: 'dopamine transporter',
		definition:
			'A tiny pump on a nerve cell. It pulls dopamine back in after the cell lets it out. That ends the signal.'
	},
	dependence: {
		term: 'dependence',
		definition:
			'When the body has adjusted to a drug and needs it to feel normal. Stopping then brings withdrawal.'
	},
	'self-efficacy': {
		term: 'self-efficacy',
		definition:
			'Your belief that you can do a certain thing, like get through a craving. It grows when you do hard things, and when you see people like you do them.'
	},
	'peer-support': {
		term: 'peer support',
		definition:
			'Help from people who have been through what you are going through, such as other people in recovery.'
	},
	'mutual-help-group': {
		term: 'mutual-help group',
		definition:
			'A group where people with the same problem meet to help each other. No doctor or counselor is in charge. Narcotics Anonymous and SMART Recovery are two kinds.'
	},
	'chronic-condition': {
		term: 'chronic condition',
		definition:
			'A health problem that lasts a long time and needs care over time, like diabetes or asthma. Good and bad stretches are part of it.'
	},
	'relapse-prevention': {
		term: 'relapse prevention',
		definition:
			'A way of planning, often with a counselor, for risky times and for what to do after a lapse. Its name uses the older word “relapse”; this course says “return to use”.'
	},
	'abstinence-violation-effect': {
		term: 'abstinence violation effect',
		definition:
			'The “I have blown it, so why stop now?” feeling after a lapse. Shame and blame can turn one lapse into a longer return to use.'
	},
	'meta-analysis': {
		term: 'meta-analysis',
		definition:
			'A study that pools the results of many studies on the same question. Together they give a clearer answer than one study can.'
	},
	'randomized-trial': {
		term: 'randomized trial',
		definition:
			'A study where people are put into groups by chance, like a coin toss. One group gets the thing being tested and the other does not, so the groups can be fairly compared.'
	},
	'odds-ratio': {
		term: 'odds ratio (OR)',
		definition:
			'A way to compare how often something happens in two groups. 1 means no difference; above 1 means it happened more often in the first group.'
	},
	smd: {
		term: 'standardized mean difference (SMD)',
		definition:
			'A way to compare the average scores of two groups on one shared scale, so studies that used different questionnaires can be pooled. 0 means no difference.'
	},
	'confidence-interval': {
		term: 'confidence interval',
		definition:
			'The range where the true result most likely lies. A short range means the result is more certain; a long range means it is less certain.'
	},
	abstinence: {
		term: 'abstinence',
		definition:
			'Not using a drug at all for a time. In studies it is often checked with tests or by asking people.'
	},
	'moderate-activity': {
		term: 'moderate activity',
		definition:
			'Movement that makes your heart beat faster and makes you breathe harder than at rest, like a brisk walk.'
	},
	'if-then-plan': {
		term: 'if-then plan',
		definition:
			'A plan made ahead of time that links a moment to an action: "If it is Monday at 5, then I walk to the park." It helps you act without having to decide again.'
	},
	clinician: {
		term: 'clinician',
		definition: 'A health worker who cares for patients, such as a doctor or a nurse.'
	},
	'trauma-informed-care': {
		term: 'trauma-informed care',
		definition:
			'Care from people who know how common trauma is, notice its signs, and take care not to hurt you again. You can ask a clinic or counselor if they offer it.'
	}
};
