// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;
