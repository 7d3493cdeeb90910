// What pages show about a learner's progress (built by $lib/server/progress; safe to send).

export interface ScoreAt {
	percent: number;
	at: Date;
}

export interface ModuleProgress {
	moduleSlug: string;
	title: string;
	lessons: { total: number; started: number; completed: number };
	quiz: {
		available: boolean;
		attempts: number;
		best: ScoreAt | null;
		latest: ScoreAt | null;
		/** Best attempt at or above mastery (80%). */
		mastered: boolean;
	};
	/** Every lesson complete and the quiz mastered (a module without a quiz: its lessons). */
	complete: boolean;
}

export interface AttemptSummary {
	id: string;
	moduleSlug: string;
	moduleTitle: string;
	score: number;
	maxScore: number;
	percent: number;
	mastered: boolean;
	at: Date;
}
