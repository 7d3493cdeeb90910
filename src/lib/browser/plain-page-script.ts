import { markReady, settlePlainPage } from './plain-page';

// The one script of pages served without the app (`csr = false`, listed in ../plain-pages.ts).
settlePlainPage();
markReady();
