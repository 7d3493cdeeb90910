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
	'/learn/[module]/[lesson]?/complete': { url: `${LESSON}?/complete`, fields: {} },
	'/learn/[module]/[lesson]?/reflect': {
		url: `${LESSON}?/reflect`,
		fields: { promptId: 'how-this-course-works/why-here', body: 'Forged.' }
	},
	'/learn/[module]/quiz?/default': {
		url: '/learn/start-here/quiz',
		fields: { 'q:anything': 'a' }
	}
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
