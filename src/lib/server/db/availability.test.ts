import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isDatabaseDown, unavailableDatabase } from './availability';

const withCode = (code: string) => Object.assign(new Error('x'), { code });

describe('isDatabaseDown', () => {
	it.each([
		['not open yet', new DatabaseUnavailableError(), true],
		['connection refused', withCode('ECONNREFUSED'), true],
		['postgres.js lost the connection', withCode('CONNECTION_CLOSED'), true],
		['connect timeout', withCode('CONNECT_TIMEOUT'), true],
		['admin shutdown (57P01)', withCode('57P01'), true],
		['connection failure class 08', withCode('08006'), true],
		['wrapped by the ORM', new Error('query failed', { cause: withCode('ECONNRESET') }), true],
		['a unique violation', withCode('23505'), false],
		['a syntax error', withCode('42601'), false],
		['a plain bug', new TypeError('undefined is not a function'), false],
		['not an error', 'ECONNREFUSED', false],
		['nothing', undefined, false]
	])('%s → %s', (_name, error, down) => expect(isDatabaseDown(error)).toBe(down));
});

describe('the stand-in while the database is closed', () => {
	it('throws DatabaseUnavailableError on any use', () => {
		expect(() => unavailableDatabase.select()).toThrow(DatabaseUnavailableError);
		expect(() => unavailableDatabase.transaction).toThrow(DatabaseUnavailableError);
	});
});
