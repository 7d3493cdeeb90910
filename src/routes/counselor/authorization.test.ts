import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { and, eq, isNull } from 'drizzle-orm';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { addPerson } from '$lib/server/db/test-people';
import {
	accessLog,
	assignment,
	careLink,
	counselorNote,
	credentialReset,
	reflection,
	user
} from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/auth/session';
import { assignModules, assignmentsForClient } from '$lib/server/assignments';
import { acceptInvitation, createInvitation, openInvitations } from '$lib/server/invitations';
import { sharingHistory, stopSharing } from '$lib/server/sharing';
import * as dashboard from './+page.server';
import * as invite from './invite/+page.server';
import * as assign from './assign/+page.server';
import * as client from './clients/[id]/+page.server';
import * as caseloadCsv from './export.csv/+server';
import * as clientCsv from './clients/[id]/export.csv/+server';
import * as adminUsers from '../admin/users/+page.server';
import * as sharing from '../me/sharing/+page.server';
import * as inviteLink from '../invite/[token]/+page.server';
import * as inviteCode from '../invite/+page.server';

// The authorization matrix: every counselor, admin and sharing route and action, called as each
// kind of person, in each relationship to one client. Each case runs in a fresh small world, so
// no case depends on what another did.

const ACTORS = [
	'guest',
	'client',
	'other learner',
	'linked counselor',
	'unlinked counselor',
	'revoked counselor',
	'admin'
] as const;
type Actor = (typeof ACTORS)[number];

let open: OpenDatabase;
beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(async () => open?.close());

async function world() {
	const db = open.db;
	const people = {
		client: await addPerson(db, 'learner', 'Robin'),
		'other learner': await addPerson(db),
		'linked counselor': await addPerson(db, 'counselor'),
		'unlinked counselor': await addPerson(db, 'counselor'),
		'revoked counselor': await addPerson(db, 'counselor'),
		admin: await addPerson(db, 'admin')
	};
	const clientId = people.client.id;
	for (const c of ['linked counselor', 'revoked counselor'] as const) {
		const inv = await createInvitation(db, people[c].id);
		await acceptInvitation(db, { token: inv.token }, clientId);
		await assignModules(db, people[c].id, [clientId], ['start-here'], {
			dueDate: null,
			message: ''
		});
	}
	const revokedLink = (await sharingHistory(db, clientId)).find(
		(l) => l.counselorName === people['revoked counselor'].displayName
	)!;
	await stopSharing(db, clientId, revokedLink.linkId);
	const linkedAssignment = (await assignmentsForClient(db, clientId)).find(
		(a) => a.counselorName === people['linked counselor'].displayName
	)!;
	const linkedLink = (await sharingHistory(db, clientId)).find((l) => l.stoppedAt === null)!;
	const pending = await createInvitation(db, people['linked counselor'].id);
	const [pendingRow] = await openInvitations(db, people['linked counselor'].id);
	return { people, clientId, linkedAssignment, linkedLink, pending, pendingId: pendingRow!.id };
}
type World = Awaited<ReturnType<typeof world>>;

function asUser(w: World, actor: Actor): SessionUser | null {
	if (actor === 'guest') return null;
	const p = w.people[actor];
	return { id: p.id, email: p.email, displayName: p.displayName, role: p.role };
}

function event(
	w: World,
	actor: Actor,
	path: string,
	params: Record<string, string> = {},
	form?: Record<string, string | string[]>
) {
	const url = new URL(`http://rewire.test${path}`);
	let request = new Request(url);
	if (form) {
		const body = new FormData();
		for (const [k, v] of Object.entries(form)) for (const one of [v].flat()) body.append(k, one);
		request = new Request(url, { method: 'POST', body });
	}
	return {
		locals: { db: open.db, user: asUser(w, actor), session: null },
		params,
		url,
		request,
		route: { id: path },
		setHeaders: () => {},
		getClientAddress: () => '127.0.0.1',
		cookies: { get: () => undefined, set: () => {}, delete: () => {} }
	} as never;
}

/** The HTTP status a call ends in: thrown error or redirect, a fail(), a Response, or 200. */
async function statusOf(run: () => unknown): Promise<number> {
	try {
		const result = await run();
		if (isActionFailure(result)) return result.status;
		if (result instanceof Response) return result.status;
		return 200;
	} catch (e) {
		if (isHttpError(e)) return e.status;
		if (isRedirect(e)) return e.status;
		throw e;
	}
}

type Case = {
	name: string;
	call: (w: World, actor: Actor) => unknown;
	/** Expected status per actor; anyone not listed gets `otherwise`. */
	expect: Partial<Record<Actor, number>>;
	otherwise: number;
};

const counselorOnly = (status: number, others: Partial<Record<Actor, number>> = {}) => ({
	expect: {
		'linked counselor': status,
		'unlinked counselor': status,
		'revoked counselor': status,
		...others
	},
	otherwise: 404
});
const linkedOnly = (status: number) => ({ expect: { 'linked counselor': status }, otherwise: 404 });

const CASES: Case[] = [
	{
		name: 'GET /counselor',
		call: (w, a) => dashboard.load(event(w, a, '/counselor')),
		...counselorOnly(200)
	},
	{
		name: 'GET /counselor/invite',
		call: (w, a) => invite.load(event(w, a, '/counselor/invite')),
		...counselorOnly(200)
	},
	{
		name: 'POST /counselor/invite?/create',
		call: (w, a) => invite.actions.create!(event(w, a, '/counselor/invite', {}, { label: 'R.' })),
		...counselorOnly(200)
	},
	{
		name: "POST /counselor/invite?/revoke (the linked counselor's invitation)",
		call: (w, a) =>
			invite.actions.revoke!(event(w, a, '/counselor/invite', {}, { id: w.pendingId })),
		...counselorOnly(400, { 'linked counselor': 200 })
	},
	{
		name: 'GET /counselor/assign',
		call: (w, a) => assign.load(event(w, a, '/counselor/assign')),
		...counselorOnly(200)
	},
	{
		name: 'POST /counselor/assign (the client)',
		call: (w, a) =>
			assign.actions.default!(
				event(w, a, '/counselor/assign', {}, { clientId: w.clientId, module: 'reward-system' })
			),
		...counselorOnly(400, { 'linked counselor': 303 })
	},
	{
		name: 'GET /counselor/clients/[client]',
		call: (w, a) =>
			client.load(event(w, a, `/counselor/clients/${w.clientId}`, { id: w.clientId })),
		...linkedOnly(200)
	},
	{
		name: 'GET /counselor/clients/[nobody]',
		call: (w, a) => client.load(event(w, a, '/counselor/clients/nobody', { id: 'nobody' })),
		expect: {},
		otherwise: 404
	},
	{
		name: 'POST /counselor/clients/[client]?/note',
		call: (w, a) =>
			client.actions.note!(
				event(w, a, `/counselor/clients/${w.clientId}`, { id: w.clientId }, { note: 'Hello' })
			),
		...linkedOnly(200)
	},
	{
		name: 'POST /counselor/clients/[client]?/update',
		call: (w, a) =>
			client.actions.update!(
				event(
					w,
					a,
					`/counselor/clients/${w.clientId}`,
					{ id: w.clientId },
					{ assignmentId: w.linkedAssignment.id, dueDate: '', message: 'Changed' }
				)
			),
		...linkedOnly(200)
	},
	{
		name: 'POST /counselor/clients/[client]?/withdraw',
		call: (w, a) =>
			client.actions.withdraw!(
				event(
					w,
					a,
					`/counselor/clients/${w.clientId}`,
					{ id: w.clientId },
					{ assignmentId: w.linkedAssignment.id }
				)
			),
		...linkedOnly(200)
	},
	{
		name: 'POST /counselor/clients/[client]?/resetCode',
		call: (w, a) =>
			client.actions.resetCode!(
				event(w, a, `/counselor/clients/${w.clientId}`, { id: w.clientId }, {})
			),
		...linkedOnly(200)
	},
	{
		name: 'GET /counselor/export.csv',
		call: (w, a) => caseloadCsv.GET(event(w, a, '/counselor/export.csv')),
		...counselorOnly(200)
	},
	{
		name: 'GET /counselor/clients/[client]/export.csv',
		call: (w, a) =>
			clientCsv.GET(event(w, a, `/counselor/clients/${w.clientId}/export.csv`, { id: w.clientId })),
		...linkedOnly(200)
	},
	{
		name: 'GET /admin/users',
		call: (w, a) => adminUsers.load(event(w, a, '/admin/users')),
		expect: { admin: 200 },
		otherwise: 404
	},
	{
		name: 'POST /admin/users?/grant (the other learner)',
		call: (w, a) =>
			adminUsers.actions.grant!(
				event(w, a, '/admin/users', {}, { userId: w.people['other learner'].id })
			),
		expect: { admin: 200 },
		otherwise: 404
	},
	{
		name: 'POST /admin/users?/remove (the unlinked counselor)',
		call: (w, a) =>
			adminUsers.actions.remove!(
				event(w, a, '/admin/users', {}, { userId: w.people['unlinked counselor'].id })
			),
		expect: { admin: 200 },
		otherwise: 404
	},
	{
		name: 'POST /admin/users?/resetCode (the client)',
		call: (w, a) =>
			adminUsers.actions.resetCode!(event(w, a, '/admin/users', {}, { userId: w.clientId })),
		expect: { admin: 200 },
		otherwise: 404
	},
	{
		name: 'GET /me/sharing',
		call: (w, a) => sharing.load(event(w, a, '/me/sharing')),
		expect: { guest: 303 },
		otherwise: 200
	},
	{
		name: "POST /me/sharing?/stop (the client's active link)",
		call: (w, a) =>
			sharing.actions.stop!(event(w, a, '/me/sharing', {}, { linkId: w.linkedLink.linkId })),
		expect: { guest: 303, client: 200 },
		otherwise: 400
	},
	{
		name: "POST /me/sharing?/item (the client's reflection)",
		call: async (w, a) => {
			await open.db
				.insert(reflection)
				.values({ userId: w.clientId, promptId: 'l/p', lessonSlug: 'l', body: 'Words' });
			return sharing.actions.item!(
				event(w, a, '/me/sharing', {}, { item: 'reflection:l/p', share: 'yes' })
			);
		},
		expect: { guest: 303, client: 200 },
		otherwise: 400
	},
	{
		name: 'POST /invite/[token]?/accept',
		call: (w, a) =>
			inviteLink.actions.accept!(
				event(w, a, `/invite/${w.pending.token}`, { token: w.pending.token })
			),
		// The client already shares with that counselor; its own author cannot use it.
		expect: {
			guest: 303,
			'other learner': 303,
			'unlinked counselor': 303,
			'revoked counselor': 303,
			admin: 303
		},
		otherwise: 400
	},
	{
		name: 'GET /invite',
		call: (w, a) => inviteCode.load(event(w, a, '/invite')),
		expect: { guest: 303 },
		otherwise: 200
	}
];

describe('authorization matrix', () => {
	for (const c of CASES) {
		it.each(ACTORS.map((a) => [a]))(`${c.name} as %s`, async (actor) => {
			const w = await world();
			const expected = c.expect[actor] ?? c.otherwise;
			expect(await statusOf(() => c.call(w, actor))).toBe(expected);
		});
	}
});

describe('refused requests change nothing', () => {
	it('a revoked or unlinked counselor cannot write a note, change or withdraw', async () => {
		const w = await world();
		for (const actor of ['unlinked counselor', 'revoked counselor'] as const) {
			const e = (form: Record<string, string>) =>
				event(w, actor, `/counselor/clients/${w.clientId}`, { id: w.clientId }, form);
			await statusOf(() => client.actions.note!(e({ note: 'x' })));
			await statusOf(() =>
				client.actions.update!(
					e({ assignmentId: w.linkedAssignment.id, dueDate: '', message: 'x' })
				)
			);
			await statusOf(() => client.actions.withdraw!(e({ assignmentId: w.linkedAssignment.id })));
		}
		expect(
			await open.db.select().from(counselorNote).where(eq(counselorNote.clientId, w.clientId))
		).toEqual([]);
		const [row] = await open.db
			.select()
			.from(assignment)
			.where(eq(assignment.id, w.linkedAssignment.id));
		expect(row).toMatchObject({ message: '', withdrawnAt: null });
	});

	it('a counselor the client stopped sharing with, or never shared with, makes no reset code', async () => {
		const w = await world();
		for (const actor of ['unlinked counselor', 'revoked counselor', 'client'] as const) {
			const status = await statusOf(() =>
				client.actions.resetCode!(
					event(w, actor, `/counselor/clients/${w.clientId}`, { id: w.clientId }, {})
				)
			);
			expect(status).toBe(404);
		}
		expect(
			await open.db.select().from(credentialReset).where(eq(credentialReset.userId, w.clientId))
		).toEqual([]);
		const logged = await open.db
			.select({ what: accessLog.what })
			.from(accessLog)
			.where(eq(accessLog.clientId, w.clientId));
		expect(logged.map((r) => r.what)).not.toContain('reset code');
	});

	it('a linked counselor’s reset code is logged for the client, and shown once to the counselor', async () => {
		const w = await world();
		const result = (await client.actions.resetCode!(
			event(w, 'linked counselor', `/counselor/clients/${w.clientId}`, { id: w.clientId }, {})
		)) as { resetCode: { code: string; expiresAt: Date } };
		expect(result.resetCode.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		const [row] = await open.db
			.select()
			.from(credentialReset)
			.where(eq(credentialReset.userId, w.clientId));
		expect(row).toMatchObject({ kind: 'reset_code', createdBy: w.people['linked counselor'].id });
		expect(row?.secretHash).not.toContain(result.resetCode.code.replace(/-/g, ''));
		const logged = await open.db
			.select({ what: accessLog.what, counselorId: accessLog.counselorId })
			.from(accessLog)
			.where(eq(accessLog.clientId, w.clientId));
		expect(logged).toContainEqual({
			what: 'reset code',
			counselorId: w.people['linked counselor'].id
		});
	});

	it("a tampered assignment id (another counselor's) is refused with 400", async () => {
		const w = await world();
		const revokedOnes = await open.db
			.select({ id: assignment.id })
			.from(assignment)
			.where(
				and(
					eq(assignment.clientId, w.clientId),
					eq(assignment.counselorId, w.people['revoked counselor'].id)
				)
			);
		const status = await statusOf(() =>
			client.actions.withdraw!(
				event(
					w,
					'linked counselor',
					`/counselor/clients/${w.clientId}`,
					{ id: w.clientId },
					{
						assignmentId: revokedOnes[0]!.id
					}
				)
			)
		);
		expect(status).toBe(400);
		const [row] = await open.db
			.select()
			.from(assignment)
			.where(eq(assignment.id, revokedOnes[0]!.id));
		expect(row?.withdrawnAt).toBeNull();
	});

	it('a learner posting to the admin page changes no role', async () => {
		const w = await world();
		await statusOf(() =>
			adminUsers.actions.grant!(
				event(w, 'client', '/admin/users', {}, { userId: w.people['other learner'].id })
			)
		);
		const [row] = await open.db
			.select({ role: user.role })
			.from(user)
			.where(eq(user.id, w.people['other learner'].id));
		expect(row?.role).toBe('learner');
	});

	it('stopping sharing as someone else leaves the link active', async () => {
		const w = await world();
		await statusOf(() =>
			sharing.actions.stop!(
				event(w, 'linked counselor', '/me/sharing', {}, { linkId: w.linkedLink.linkId })
			)
		);
		const active = await open.db
			.select()
			.from(careLink)
			.where(and(eq(careLink.id, w.linkedLink.linkId), isNull(careLink.revokedAt)));
		expect(active).toHaveLength(1);
	});

	it('the 404 for another counselor’s client and for nobody carry the same message', async () => {
		const w = await world();
		const messages = [];
		for (const id of [w.clientId, 'nobody', w.people['other learner'].id]) {
			try {
				await client.load(event(w, 'unlinked counselor', `/counselor/clients/${id}`, { id }));
			} catch (e) {
				messages.push(JSON.stringify(e));
			}
		}
		expect(new Set(messages).size).toBe(1);
		expect(messages).toHaveLength(3);
	});
});
