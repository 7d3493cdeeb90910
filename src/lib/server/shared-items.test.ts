import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { addPerson } from '$lib/server/db/test-people';
import { learnerItem, reflection } from '$lib/server/db/schema';
import { acceptInvitation, createInvitation } from './invitations';
import { clientRecord } from './caseload';
import { myItems, readItemRef, setItemShared, textOf } from './shared-items';

describe('readItemRef', () => {
	it.each([
		['reflection:what-reward-is/first', { type: 'reflection', promptId: 'what-reward-is/first' }],
		['tool:triggers', { type: 'tool', kind: 'triggers' }],
		['tool:weekly-plan', { type: 'tool', kind: 'weekly-plan' }],
		['tool:passwords', null],
		['reflection:', null],
		['note:x', null],
		['', null]
	])('%j', (value, expected) => {
		expect(readItemRef(value)).toEqual(expected);
	});
});

describe('textOf', () => {
	it('reads the words of a tool, not its ids', () => {
		expect(
			textOf({
				items: [{ id: 'a1', kind: 'place', text: 'The bus stop on 5th' }, { text: 'Payday' }]
			})
		).toEqual(['The bus stop on 5th', 'Payday']);
	});
});

let open: OpenDatabase;
beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(async () => open?.close());

describe('sharing one item', () => {
	it('a counselor sees only the items the client shared, and only while linked', async () => {
		const counselor = await addPerson(open.db, 'counselor');
		const client = await addPerson(open.db);
		const inv = await createInvitation(open.db, counselor.id);
		await acceptInvitation(open.db, { token: inv.token }, client.id);
		await open.db.insert(reflection).values([
			{ userId: client.id, promptId: 'l/one', lessonSlug: 'l', body: 'Shared words' },
			{ userId: client.id, promptId: 'l/two', lessonSlug: 'l', body: 'Private words' }
		]);
		await open.db
			.insert(learnerItem)
			.values({ userId: client.id, kind: 'triggers', data: { items: [{ text: 'Payday' }] } });
		const none = await clientRecord(open.db, counselor.id, client.id);
		expect(none?.shared).toEqual({ reflections: [], items: [] });

		expect(
			await setItemShared(open.db, client.id, { type: 'reflection', promptId: 'l/one' }, true)
		).toBe(true);
		expect(await setItemShared(open.db, client.id, { type: 'tool', kind: 'triggers' }, true)).toBe(
			true
		);
		const some = await clientRecord(open.db, counselor.id, client.id);
		expect(some?.shared.reflections.map((r) => r.body)).toEqual(['Shared words']);
		expect(some?.shared.items.map((i) => [i.kind, i.text])).toEqual([['triggers', ['Payday']]]);
		expect(JSON.stringify(some)).not.toContain('Private words');

		expect(await setItemShared(open.db, client.id, { type: 'tool', kind: 'triggers' }, false)).toBe(
			true
		);
		expect((await clientRecord(open.db, counselor.id, client.id))?.shared.items).toEqual([]);
		const mine = await myItems(open.db, client.id);
		expect(mine.reflections.map((r) => [r.promptId, r.sharedAt !== null])).toEqual([
			['l/one', true],
			['l/two', false]
		]);
	});

	it('nobody can share another person’s item, or an item that does not exist', async () => {
		const owner = await addPerson(open.db);
		const other = await addPerson(open.db);
		await open.db
			.insert(reflection)
			.values({ userId: owner.id, promptId: 'l/x', lessonSlug: 'l', body: 'Mine' });
		expect(
			await setItemShared(open.db, other.id, { type: 'reflection', promptId: 'l/x' }, true)
		).toBe(false);
		expect(
			await setItemShared(open.db, owner.id, { type: 'tool', kind: 'support-map' }, true)
		).toBe(false);
		expect((await myItems(open.db, owner.id)).reflections[0]?.sharedAt).toBeNull();
	});
});
