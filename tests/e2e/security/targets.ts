import { PASSWORD } from '../fixtures';

// Every form action and state-changing endpoint, with a concrete URL and a body that would really
// act if accepted. csrf.spec.ts checks this list against the route files.

export const LESSON = '/learn/start-here/how-this-course-works';

/** A concrete URL and a body that would really act, for every form action in the app. */
export const ACTIONS: Record<string, { url: string; fields: Record<string, string> }> = {
	'/login?/default': { url: '/login', fields: { email: 'x@example.com', password: PASSWORD } },
	'/signup?/default': {
		url: '/signup',
		fields: { email: 'csrf-made@example.com', displayName: 'Made', password: PASSWORD }
	},
	'/logout?/default': { url: '/logout', fields: {} },
	'/me/account?/name': { url: '/me/account?/name', fields: { displayName: 'Changed' } },
	'/me/account?/password': {
		url: '/me/account?/password',
		fields: { currentPassword: PASSWORD, newPassword: 'a changed long phrase' }
	},
	'/me/account?/delete': {
		url: '/me/account?/delete',
		fields: { password: PASSWORD, confirm: 'delete-everything' }
	},
	'/forgot?/email': { url: '/forgot?/email', fields: { email: 'x@example.com' } },
	'/forgot?/code': {
		url: '/forgot?/code',
		fields: { email: 'x@example.com', code: 'HFKD-7QXM-PRTW', password: 'a changed long phrase' }
	},
	'/reset/[token]?/default': {
		url: '/reset/some-token',
		fields: { password: 'a changed long phrase' }
	},
	'/me/recovery-code?/new': { url: '/me/recovery-code?/new', fields: { password: PASSWORD } },
	'/learn/[module]/[lesson]?/complete': { url: `${LESSON}?/complete`, fields: {} },
	'/learn/[module]/[lesson]?/reflect': {
		url: `${LESSON}?/reflect`,
		fields: { promptId: 'how-this-course-works/why-here', body: 'Forged.' }
	},
	'/learn/[module]/quiz?/default': {
		url: '/learn/start-here/quiz',
		fields: { 'q:anything': 'a' }
	},
	'/me/sharing?/stop': { url: '/me/sharing?/stop', fields: { linkId: 'any-link' } },
	'/me/sharing?/item': {
		url: '/me/sharing?/item',
		fields: { item: 'tool:triggers', share: 'yes' }
	},
	'/invite?/check': { url: '/invite?/check', fields: { code: 'ABCD-EFGH' } },
	'/invite?/accept': { url: '/invite?/accept', fields: { code: 'ABCD-EFGH' } },
	'/invite/[token]?/accept': { url: '/invite/some-token?/accept', fields: {} },
	'/counselor/invite?/create': { url: '/counselor/invite?/create', fields: { label: 'Forged' } },
	'/counselor/invite?/revoke': { url: '/counselor/invite?/revoke', fields: { id: 'any' } },
	'/counselor/assign?/default': {
		url: '/counselor/assign',
		fields: { client: 'any', module: 'reward-system', dueDate: '', message: 'Forged' }
	},
	'/counselor/clients/[id]?/note': {
		url: '/counselor/clients/any?/note',
		fields: { note: 'Forged note' }
	},
	'/counselor/clients/[id]?/update': {
		url: '/counselor/clients/any?/update',
		fields: { assignmentId: 'any', dueDate: '', message: 'Forged' }
	},
	'/counselor/clients/[id]?/resetCode': { url: '/counselor/clients/any?/resetCode', fields: {} },
	'/counselor/clients/[id]?/withdraw': {
		url: '/counselor/clients/any?/withdraw',
		fields: { assignmentId: 'any' }
	},
	'/admin/users?/grant': { url: '/admin/users?/grant', fields: { userId: 'any' } },
	'/admin/users?/remove': { url: '/admin/users?/remove', fields: { userId: 'any' } },
	'/admin/users?/resetCode': { url: '/admin/users?/resetCode', fields: { userId: 'any' } }
};

export const ENDPOINTS: Record<string, { method: 'post' | 'put'; url: string; json: unknown }> = {
	'PUT /api/items/[kind]': {
		method: 'put',
		url: '/api/items/triggers',
		json: { data: [{ id: 't1', kind: 'place', label: 'forged' }] }
	},
	'POST /api/progress': {
		method: 'post',
		url: '/api/progress',
		json: { module: 'start-here', lesson: 'how-this-course-works', section: '' }
	}
};
