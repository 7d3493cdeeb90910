import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { addPerson } from '$lib/server/db/test-people';
import { assignment } from '$lib/server/db/schema';
import { acceptInvitation, createInvitation } from './invitations';
import { sharingHistory, stopSharing } from './sharing';
import {
	assignModules,
	assignmentsForClient,
	checkDueDate,
	checkMessage,
	checkModules,
	earliestDueDate,
	updateAssignment,
	withdrawAssignment
} from './assignments';

const NOW = new Date('2026-06-15T10:00:00Z');

describe('checkDueDate', () => {
	it.each([
		['', null],
		['2026-06-15', null],
		// Still 14 June at UTC−12 when it is 10:00 UTC on the 15th.
		['2026-06-14', null],
		['2026-06-13', 'Pick today or a day after today.'],
		['2020-01-01', 'Pick today or a day after today.'],
		['2026-02-30', 'Enter a date like 2026-12-31.'],
		['15/06/2026', 'Enter a date like 2026-12-31.'],
		['2026-6-20', 'Enter a date like 2026-12-31.'],
		['2030-01-01', 'Pick a date within two years.']
	])('%j → %j', (value, expected) => {
		expect(checkDueDate(value, NOW)).toBe(expected);
	});

	it('the earliest allowed day is the date at UTC−12', () => {
		expect(earliestDueDate(new Date('2026-06-15T11:59:00Z'))).toBe('2026-06-14');
		expect(earliestDueDate(new Date('2026-06-15T12:00:00Z'))).toBe('2026-06-15');
	});
});

describe('checkMessage and checkModules', () => {
	it.each([
		['', null],
		['Start with this one.', null],
		['x'.repeat(280), null],
		['x'.repeat(281), 'Keep the message to 280 characters. It has 281.'],
		['line one\nline two', null],
		['bell\u0007', 'Use letters, numbers and punctuation.']
	])('message %#', (message, expected) => {
		expect(checkMessage(message)).toBe(expected);
	});

	it.each([
		[[], 'Choose at least one module.'],
		[['start-here'], null],
		[['start-here', 'reward-system'], null],
		[['start-here', 'not-a-module'], 'One of the modules is not in the course.']
	])('modules %j', (slugs, expected) => {
		expect(checkModules(slugs)).toBe(expected);
	});
});

let open: OpenDatabase;
beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(async () => open?.close());

async function linkedPair(name = 'Dana') {
	const counselor = await addPerson(open.db, 'counselor', name);
	const client = await addPerson(open.db);
	const invite = await createInvitation(open.db, counselor.id);
	await acceptInvitation(open.db, { token: invite.token }, client.id);
	return { counselor, client };
}

describe('assigning', () => {
	it('assigns to linked clients, and a repeat updates instead of doubling', async () => {
		const { counselor, client } = await linkedPair();
		const input = { dueDate: '2026-12-01', message: 'First' };
		expect(
			await assignModules(
				open.db,
				counselor.id,
				[client.id],
				['start-here', 'reward-system'],
				input
			)
		).toEqual({ ok: true, count: 2 });
		await assignModules(open.db, counselor.id, [client.id], ['start-here'], {
			dueDate: '2026-11-01',
			message: 'Sooner'
		});
		const mine = await assignmentsForClient(open.db, client.id);
		expect(mine.map((a) => [a.moduleSlug, a.dueDate, a.message, a.sharing])).toEqual([
			['start-here', '2026-11-01', 'Sooner', true],
			['reward-system', '2026-12-01', 'First', true]
		]);
		expect(mine[0]?.counselorName).toBe('Dana');
	});

	it('stores nothing when any chosen client is not linked to this counselor', async () => {
		const { counselor, client } = await linkedPair();
		const stranger = await addPerson(open.db);
		const { client: someoneElses } = await linkedPair();
		for (const ids of [[client.id, stranger.id], [someoneElses.id], ['no-such-person'], []]) {
			expect(
				await assignModules(open.db, counselor.id, ids, ['start-here'], {
					dueDate: null,
					message: ''
				})
			).toEqual({ ok: false, reason: 'clients' });
		}
		expect(
			await open.db.select().from(assignment).where(eq(assignment.counselorId, counselor.id))
		).toEqual([]);
	});

	it('only the assigning counselor changes or withdraws, and only while the client shares', async () => {
		const { counselor, client } = await linkedPair();
		const other = await addPerson(open.db, 'counselor');
		await assignModules(open.db, counselor.id, [client.id], ['start-here'], {
			dueDate: null,
			message: ''
		});
		const [row] = await assignmentsForClient(open.db, client.id);
		const change = { dueDate: '2026-12-24', message: 'Changed' };
		expect(await updateAssignment(open.db, other.id, row!.id, change)).toBe(false);
		expect(await withdrawAssignment(open.db, other.id, row!.id)).toBe(false);
		expect(await updateAssignment(open.db, counselor.id, row!.id, change)).toBe(true);
		expect((await assignmentsForClient(open.db, client.id))[0]?.message).toBe('Changed');
		expect(await withdrawAssignment(open.db, counselor.id, row!.id)).toBe(true);
		expect(await withdrawAssignment(open.db, counselor.id, row!.id)).toBe(false);
		expect(await assignmentsForClient(open.db, client.id)).toEqual([]);
	});

	it('after the client stops sharing, they keep the list and the counselor cannot change it', async () => {
		const { counselor, client } = await linkedPair();
		await assignModules(open.db, counselor.id, [client.id], ['start-here'], {
			dueDate: '2026-12-01',
			message: ''
		});
		const [first] = await sharingHistory(open.db, client.id);
		const linkId = first!.linkId;
		expect(await stopSharing(open.db, client.id, linkId)).toBe(true);
		const [row] = await assignmentsForClient(open.db, client.id);
		expect(row?.sharing).toBe(false);
		expect(
			await updateAssignment(open.db, counselor.id, row!.id, { dueDate: null, message: 'x' })
		).toBe(false);
		expect(await withdrawAssignment(open.db, counselor.id, row!.id)).toBe(false);
	});
});
