// The system Chromium (Debian's package): Playwright cannot download its own browser here.
// These flags are what it needs to run headless as root in this sandbox without network noise
// (DESIGN.md). Used by playwright.config.ts and by the benchmarks in bench/.
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
