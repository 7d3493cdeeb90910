import { AccountPages } from '../pages/AccountPages';
import {
	expect,
	expectNoA11yViolations,
	PASSWORD,
	test,
	uniqueEmail,
	newPersonPage
} from '../fixtures';

test('a new learner signs up, reads a lesson and logs out', async ({ page }) => {
	const account = new AccountPages(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.goto('/signup');
	await expectNoA11yViolations(page);
	await account.signUp('Jordan');
	await expect(page).toHaveURL(/\/learn$/);
	await expect(page.getByRole('heading', { name: 'The course' })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'How this course works' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'How this course works' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'What this course is' })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'My progress' }).click();
	await expect(page.getByText('Hello, Jordan.')).toBeVisible();
	await expectNoA11yViolations(page);

	await account.logOut();
	await page.goto('/me');
	await expect(page).toHaveURL(/\/login\?next=%2Fme|\/login\?next=\/me/);
	await expectNoA11yViolations(page);
});

test('log-out ends the session on the server, not just in the browser', async ({
	page,
	context
}) => {
	const account = new AccountPages(page);
	await account.signUp('Riley');
	const [cookie] = (await context.cookies()).filter((c) => c.name === 'rewire_session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');
	expect(cookie?.path).toBe('/');
	await account.logOut();
	// Replaying the old cookie must not sign anyone in.
	await context.addCookies([cookie!]);
	await page.goto('/me');
	await expect(page).toHaveURL(/\/login/);
});

test('a wrong password gets one calm message and keeps the email', async ({ page }) => {
	const account = new AccountPages(page);
	const { email } = await account.signUp('Casey');
	await account.logOut();

	await account.logIn(email, 'not my password at all');
	await expect(page.getByRole('alert')).toHaveText(/do not match an account/);
	await expect(page.getByLabel('Email')).toHaveValue(email);
	await expect(page.getByLabel('Password')).toHaveValue('');
	await expectNoA11yViolations(page);

	// An unknown email gets exactly the same message.
	await account.logIn(uniqueEmail('nobody'), 'not my password at all');
	await expect(page.getByRole('alert')).toHaveText(/do not match an account/);

	await account.logIn(email, PASSWORD);
	await expect(page.getByText('Signed in as Casey')).toBeVisible();
});

test('sign-up shows each problem beside its field and keeps what was typed', async ({ page }) => {
	await page.goto('/signup');
	await page.getByLabel('Email').fill('not-an-email');
	await page.getByLabel('Your name').fill('Dana');
	await page.getByLabel('Password').fill('password');
	await page.getByRole('button', { name: 'Sign up' }).click();

	const email = page.getByLabel('Email');
	await expect(email).toHaveValue('not-an-email');
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(email).toHaveAccessibleDescription(/like name@example.com/);
	await expect(page.getByLabel('Your name')).toHaveValue('Dana');
	await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/too common/);
	await expectNoA11yViolations(page);
});

test('an email can only have one account', async ({ page, browser }) => {
	const { email } = await new AccountPages(page).signUp('Emery');
	const other = await newPersonPage(browser);
	await other.goto('/signup');
	await other.getByLabel('Email').fill(email.toUpperCase());
	await other.getByLabel('Your name').fill('Someone');
	await other.getByLabel('Password').fill(PASSWORD);
	await other.getByRole('button', { name: 'Sign up' }).click();
	await expect(other.getByLabel('Email')).toHaveAccessibleDescription(/already exists/);
	await other.context().close();
});

test('what a person types before the page has finished loading is kept', async ({ page }) => {
	// A slow phone: the form is on screen and used before the scripts arrive.
	let release = () => {};
	const scriptsHeld = new Promise<void>((done) => (release = done));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto('/signup', { waitUntil: 'commit' });
	await page.getByLabel('Email').fill('early@example.com');
	await page.getByLabel('Your name').fill('Early');
	release();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Email')).toHaveValue('early@example.com');
	await expect(page.getByLabel('Your name')).toHaveValue('Early');
});
