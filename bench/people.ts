import { request, type APIRequestContext } from '@playwright/test';

// Signed-in people for measuring pages, made through the site's own forms (posted as a browser
// without JavaScript would): a learner, and a counselor with one client. The bench and the e2e
// budget share them. The server must make `adminEmail` an admin at sign-up (ADMIN_EMAILS).

const PASSWORD = 'quiet river morning walk';

async function post(
	request: APIRequestContext,
	baseURL: string,
	path: string,
	form: Record<string, string>
) {
	return request.post(baseURL + path, {
		form,
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
}

function expectStatus(what: string, response: { status(): number }, ...ok: number[]) {
	if (!ok.includes(response.status())) throw new Error(`${what} answered ${response.status()}`);
}

const postSignUp = (request: APIRequestContext, baseURL: string, email: string, name: string) =>
	post(request, baseURL, '/signup', { email, displayName: name, password: PASSWORD, next: '/me' });

/** Signs a new person up; the request context keeps their session. */
export async function signUp(
	request: APIRequestContext,
	baseURL: string,
	email: string,
	name: string
) {
	expectStatus(`sign-up of ${email}`, await postSignUp(request, baseURL, email, name), 303);
}

/** Signs the admin up, or logs them in when an earlier run already did. */
async function signInAdmin(request: APIRequestContext, baseURL: string, email: string) {
	if ((await postSignUp(request, baseURL, email, 'Admin')).status() === 303) return;
	const loggedIn = await post(request, baseURL, '/login', { email, password: PASSWORD });
	expectStatus(`log-in of ${email}`, loggedIn, 303);
}

function find(html: string, pattern: RegExp, what: string): string {
	const found = pattern.exec(html)?.[1];
	if (!found) throw new Error(`could not find ${what} in the page`);
	return found;
}

export interface CounselorWithClient {
	/** The id in the client page's address, `/counselor/clients/<id>`. */
	clientId: string;
}

/**
 * Three browsers' requests: the admin grants the counselor role, the counselor makes an
 * invitation, the client signs up and accepts it by code. Each context keeps its session.
 */
export async function counselorWithClient(
	people: { admin: APIRequestContext; counselor: APIRequestContext; client: APIRequestContext },
	baseURL: string,
	adminEmail: string,
	clientName = 'Robin'
): Promise<CounselorWithClient> {
	const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
	const counselorEmail = `counselor-${stamp}@example.com`;
	await signInAdmin(people.admin, baseURL, adminEmail);
	await signUp(people.counselor, baseURL, counselorEmail, 'Casey');

	const search = await people.admin.get(
		`${baseURL}/admin/users?q=${encodeURIComponent(counselorEmail)}`
	);
	const userId = find(
		await search.text(),
		/action="\?\/grant"[^>]*>\s*<input[^>]*name="userId"[^>]*value="([^"]+)"/,
		'the counselor-to-be on the admin page'
	);
	expectStatus(
		'granting the counselor role',
		await post(people.admin, baseURL, '/admin/users?/grant', { userId }),
		200,
		303
	);

	const invite = await post(people.counselor, baseURL, '/counselor/invite?/create', { label: '' });
	expectStatus('making an invitation', invite, 200);
	const code = find(
		await invite.text(),
		/data-testid="invite-code"[^>]*>([A-Z2-9-]+)</,
		'the code'
	);

	await signUp(people.client, baseURL, `client-${stamp}@example.com`, clientName);
	expectStatus(
		'accepting the invitation',
		await post(people.client, baseURL, '/invite?/accept', { code }),
		303
	);

	const dashboard = await people.counselor.get(`${baseURL}/counselor`);
	const clientId = find(
		await dashboard.text(),
		/href="\/counselor\/clients\/([^"/?]+)"/,
		'a link to the client on the dashboard'
	);
	return { clientId };
}

/** Sign-ups with this address become admins on the bench's servers (ADMIN_EMAILS). */
export const BENCH_ADMIN_EMAIL = 'bench-admin@example.com';
export const BENCH_SERVER_ENV = { ADMIN_EMAILS: BENCH_ADMIN_EMAIL };

type StorageState = Awaited<ReturnType<APIRequestContext['storageState']>>;

/** The signed-in people the page list needs, as browser storage and as a Cookie header. */
export interface BenchPeople {
	learner: { state: StorageState; cookie: string };
	counselor: { state: StorageState; cookie: string };
	clientId: string;
}

const cookieHeader = (state: StorageState) =>
	state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

/** A learner and a counselor with one client, on a server started with BENCH_SERVER_ENV. */
export async function benchPeople(baseURL: string): Promise<BenchPeople> {
	const headers = { 'x-forwarded-for': '10.9.9.9' };
	const [learner, admin, counselor, client] = await Promise.all(
		[0, 1, 2, 3].map(() => request.newContext({ extraHTTPHeaders: headers }))
	);
	try {
		await signUp(learner!, baseURL, `bench-${Date.now()}@example.com`, 'Bench');
		const learnerState = await learner!.storageState();
		const { clientId } = await counselorWithClient(
			{ admin: admin!, counselor: counselor!, client: client! },
			baseURL,
			BENCH_ADMIN_EMAIL
		);
		const counselorState = await counselor!.storageState();
		return {
			learner: { state: learnerState, cookie: cookieHeader(learnerState) },
			counselor: { state: counselorState, cookie: cookieHeader(counselorState) },
			clientId
		};
	} finally {
		await Promise.all([learner, admin, counselor, client].map((c) => c!.dispose()));
	}
}
