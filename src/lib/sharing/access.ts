/** How each kind of access-log entry reads to the client. */
export const ACCESS_DESCRIPTIONS: Record<string, string> = {
	dashboard: 'Your progress in their client list',
	'client page': 'Your progress page',
	'caseload csv': 'Their client list, downloaded',
	'client csv': 'Your progress, downloaded',
	'reset code': 'Made a code for you to set a new password'
};

export function describeAccess(what: string): string {
	return ACCESS_DESCRIPTIONS[what] ?? what;
}
