import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/**
 * Sign-ups with these addresses become admins (ADMIN_EMAILS): tests cannot open the server's
 * locked database to grant the role, so they sign up as one of these. One per worker index,
 * so parallel tests never share an admin.
 */
export const E2E_ADMIN_EMAILS = Array.from({ length: 8 }, (_, i) => `admin-${i}@rewire.test`);

/**
 * A real SMTP server on localhost for the site's mail (tests/support/mailbox.ts), and the address
 * where tests read what it received. Ports follow E2E_PORT, so two runs never share a mailbox.
 */
const MAIL_SMTP_PORT = PORT + 20000;
export const MAILBOX_URL = `http://127.0.0.1:${PORT + 30000}`;

/** The built server's own embedded database, wiped before each run. */
export const E2E_DATA_DIR = '.e2e-data/pglite';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	// Generous: axe runs on every page and this machine has 2 cores shared with the server.
	timeout: 90_000,
	expect: { timeout: 10_000 },
	reporter: 'list',
	use: {
		baseURL: BASE_URL,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: [
		{
			command: `npx tsx tests/support/mailbox.ts ${MAIL_SMTP_PORT} ${PORT + 30000}`,
			url: `${MAILBOX_URL}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			// Always the built server (`npm run build` first), never the dev server. E2E_NODE runs it
			// with another Node binary (scripts/test.sh runs a journey on Node 24 this way).
			command: `rm -rf .e2e-data && "${process.env.E2E_NODE || 'node'}" build`,
			url: `${BASE_URL}/`,
			reuseExistingServer: false,
			timeout: 60_000,
			stdout: 'pipe',
			stderr: 'pipe',
			env: {
				PORT: String(PORT),
				HOST: '127.0.0.1',
				ORIGIN: BASE_URL,
				PGLITE_DIR: E2E_DATA_DIR,
				// Each test browses from its own address (see tests/e2e/fixtures.ts), as behind a proxy.
				ADDRESS_HEADER: 'x-forwarded-for',
				XFF_DEPTH: '1',
				DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
				ADMIN_EMAILS: E2E_ADMIN_EMAILS.join(','),
				SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`
			}
		}
	]
});
