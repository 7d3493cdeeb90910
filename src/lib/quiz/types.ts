import type { QuestionKind } from './definition';

// What the browser may see. Before the learner answers it gets only `PublicQuiz`: questions and
// option texts, no answer keys, no feedback, no reveal. `QuizResult` (with every option's
// feedback) is sent only in reply to a submitted attempt.

export type { QuestionKind };

export interface PublicOption {
	id: string;
	text: string;
}

export interface PublicQuestion {
	id: string;
	kind: QuestionKind;
	prompt: string;
	/** Choices in a fresh random order; for `order` questions, the steps in a shuffled order. */
	options: PublicOption[];
}

export interface PublicQuiz {
	moduleSlug: string;
	moduleTitle: string;
	title: string;
	questions: PublicQuestion[];
}

/** A learner's answers by question id: chosen option ids, or for `order` the step ids in order. */
export type Answers = Record<string, string[]>;

/** Messages beside questions a person can fix (skipped, two steps in one place), by question id. */
export type QuestionProblems = Record<string, string>;

/** Where the answer is taught. */
export interface SectionLink {
	href: string;
	lessonTitle: string;
	heading: string;
}

export interface OptionFeedback {
	id: string;
	text: string;
	chosen: boolean;
	correct: boolean;
	feedback: string;
}

export interface StepFeedback {
	id: string;
	text: string;
	/** 1-based place the learner gave this step, and the place it belongs. */
	placed: number;
	belongs: number;
	feedback: string;
}

export interface Reveal {
	text: string;
	diagram?: string;
	props?: Record<string, unknown>;
}

export interface QuestionResult {
	id: string;
	kind: QuestionKind;
	prompt: string;
	/** Fully right. */
	correct: boolean;
	/** Points earned, 0 to 1. */
	credit: number;
	/** What the learner answered: chosen option ids, or for `order` the step ids in their order. */
	answer: string[];
	/** Every option with its feedback (empty for `order`). */
	options: OptionFeedback[];
	/** `order` only: the steps in the order the learner put them. */
	steps: StepFeedback[];
	section: SectionLink;
	reveal?: Reveal;
}

export interface QuizResult {
	/** Points earned (partial credit makes them fractional) out of `maxScore` (one per question). */
	score: number;
	maxScore: number;
	mastered: boolean;
	questions: QuestionResult[];
}

/** What the quiz's form action answers: a result, or what to fix before it can check. */
export interface QuizAnswer {
	result?: QuizResult;
	saved?: boolean;
	/** Where this result can be seen again (see $lib/quiz/result-href.ts). */
	resultHref?: string;
	answers?: Answers;
	problems?: QuestionProblems;
	invalid?: string;
}
