import { count, inArray } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db';
import { quizAttempt, user } from '../src/lib/server/db/schema';

/**
 * Quiz attempts stored for the given learners, read straight from the database the server used
 * (for PGlite, after the server has stopped and released its data folder).
 */
export async function countQuizAttempts(
	where: { url?: string; pgliteDir?: string },
	emails: string[]
): Promise<number> {
	const open = await openDatabase(where);
	try {
		const ids = await open.db.select({ id: user.id }).from(user).where(inArray(user.email, emails));
		if (ids.length === 0) return 0;
		const [row] = await open.db
			.select({ n: count() })
			.from(quizAttempt)
			.where(
				inArray(
					quizAttempt.userId,
					ids.map((r) => r.id)
				)
			);
		return Number(row?.n ?? 0);
	} finally {
		await open.close();
	}
}
