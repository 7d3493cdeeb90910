import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { addPerson } from '$lib/server/db/test-people';
import { accessLogFor, recordAccess } from './access-log';
import { checkNote, noteFor, notesAbout, saveNote } from './counselor-notes';
import { acceptInvitation, createInvitation } from './invitations';
import { sharingHistory, stopSharing } from './sharing';
import { activeClient } from './caseload';

let open: OpenDatabase;
beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(async () => open?.close());

async function link(counselorId: string, clientId: string) {
	const invite = await createInvitation(open.db, counselorId);
	await acceptInvitation(open.db, { token: invite.token }, clientId);
}

describe('sharing', () => {
	it('lists current counselors first, and stopping takes effect at once', async () => {
		const a = await addPerson(open.db, 'counselor', 'Ana');
		const b = await addPerson(open.db, 'counselor', 'Ben');
		const client = await addPerson(open.db);
		await link(a.id, client.id);
		await link(b.id, client.id);
		const before = await sharingHistory(open.db, client.id);
		expect(before.map((l) => [l.counselorName, l.stoppedAt])).toHaveLength(2);
		const ana = before.find((l) => l.counselorName === 'Ana')!;
		expect(await stopSharing(open.db, client.id, ana.linkId)).toBe(true);
		expect(await activeClient(open.db, a.id, client.id)).toBeNull();
		expect(await activeClient(open.db, b.id, client.id)).not.toBeNull();
		const after = await sharingHistory(open.db, client.id);
		expect(after.map((l) => [l.counselorName, l.stoppedAt !== null])).toEqual([
			['Ben', false],
			['Ana', true]
		]);
		// Stopping twice, or someone else's link, changes nothing.
		expect(await stopSharing(open.db, client.id, ana.linkId)).toBe(false);
		const other = await addPerson(open.db);
		const ben = after.find((l) => l.counselorName === 'Ben')!;
		expect(await stopSharing(open.db, other.id, ben.linkId)).toBe(false);
		expect(await activeClient(open.db, b.id, client.id)).not.toBeNull();
	});

	it('a new invitation after stopping makes a new link; the old one stays in the history', async () => {
		const a = await addPerson(open.db, 'counselor');
		const client = await addPerson(open.db);
		await link(a.id, client.id);
		const [first] = await sharingHistory(open.db, client.id);
		await stopSharing(open.db, client.id, first!.linkId);
		await link(a.id, client.id);
		expect(await activeClient(open.db, a.id, client.id)).not.toBeNull();
		expect(await sharingHistory(open.db, client.id)).toHaveLength(2);
	});
});

describe('access log', () => {
	it('records each read for the client to see, newest first, with who read', async () => {
		const a = await addPerson(open.db, 'counselor', 'Ana');
		const c1 = await addPerson(open.db);
		const c2 = await addPerson(open.db);
		await recordAccess(
			open.db,
			a.id,
			[c1.id, c2.id],
			'dashboard',
			new Date('2026-01-01T00:00:00Z')
		);
		await recordAccess(open.db, a.id, [c1.id], 'client page', new Date('2026-01-02T00:00:00Z'));
		await recordAccess(open.db, a.id, [], 'dashboard');
		expect(await accessLogFor(open.db, c1.id)).toEqual([
			{ counselorName: 'Ana', what: 'client page', at: new Date('2026-01-02T00:00:00Z') },
			{ counselorName: 'Ana', what: 'dashboard', at: new Date('2026-01-01T00:00:00Z') }
		]);
		expect(await accessLogFor(open.db, c2.id)).toHaveLength(1);
	});

	it('has no way to change or remove entries', async () => {
		const module = await import('./access-log');
		expect(Object.keys(module).sort()).toEqual(['accessLogFor', 'recordAccess']);
	});
});

describe('counselor notes', () => {
	it('are private per counselor, visible to the client as existing, and exportable', async () => {
		const a = await addPerson(open.db, 'counselor', 'Ana');
		const b = await addPerson(open.db, 'counselor', 'Ben');
		const client = await addPerson(open.db);
		await link(a.id, client.id);
		await saveNote(open.db, a.id, client.id, 'Talked about sleep.');
		await saveNote(open.db, a.id, client.id, 'Talked about sleep and work.');
		expect((await noteFor(open.db, a.id, client.id))?.body).toBe('Talked about sleep and work.');
		expect(await noteFor(open.db, b.id, client.id)).toBeNull();
		expect((await notesAbout(open.db, client.id)).map((n) => [n.counselorName, n.body])).toEqual([
			['Ana', 'Talked about sleep and work.']
		]);
		expect((await sharingHistory(open.db, client.id))[0]?.hasNote).toBe(true);
		await saveNote(open.db, a.id, client.id, '   ');
		expect(await notesAbout(open.db, client.id)).toEqual([]);
	});

	it.each([
		['', null],
		['x'.repeat(4000), null],
		['x'.repeat(4001), 'Keep the note under 4000 characters. It has 4001.']
	])('checkNote %#', (body, expected) => {
		expect(checkNote(body)).toBe(expected);
	});
});
