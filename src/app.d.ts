import type { Database } from '$lib/server/db';
import type { SessionUser } from '$lib/server/auth/session';
import type { Session } from '$lib/server/db/schema';

declare global {
	namespace App {
		interface Locals {
			db: Database;
			user: SessionUser | null;
			session: Session | null;
			/** Set when the request failed because the database could not be reached (→ 503). */
			databaseDown: boolean;
		}
		interface Error {
			message: string;
			/** The database could not be reached: the page says "try again in a minute". */
			unavailable?: boolean;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
