// The quiz form's field names, shared by the form components and the server that reads them.
// Choice questions send `q:<question>` (once per chosen option); order questions send
// `q:<question>:<step>` = the step's place, 1-based. Nothing else is accepted: the score, in
// particular, is only ever worked out on the server.

export const answerField = (questionId: string) => `q:${questionId}`;

export const stepField = (questionId: string, stepId: string) => `q:${questionId}:${stepId}`;

/** `q:<question>` or `q:<question>:<step>` → its parts; anything else → null. */
export function parseField(name: string): { question: string; step?: string } | null {
	const match = /^q:([^:]+)(?::([^:]+))?$/.exec(name);
	if (!match) return null;
	return { question: match[1] as string, step: match[2] };
}

/**
 * The fields a browser would send for these answers (choice ids, or each step's place), which is
 * what a guest's result address carries: read back with `readAnswers`, nothing is stored.
 */
export function answerFields(
	questions: readonly { id: string; kind: string; answer: readonly string[] }[]
): [string, string][] {
	return questions.flatMap((q) =>
		q.kind === 'order'
			? q.answer.map((step, i): [string, string] => [stepField(q.id, step), `${i + 1}`])
			: q.answer.map((option): [string, string] => [answerField(q.id), option])
	);
}
