import { markReady, settlePlainPage } from './plain-page';

// The one script of pages served without SvelteKit's client and without an island
// (`csr = false`, listed in $lib/plain-pages.ts).
settlePlainPage();
markReady();
