/**
 * A request path fit for the server log. An invitation link carries its secret in the path
 * (`/invite/<token>`), and so does a password-reset link (`/reset/<token>`): whoever reads the
 * log must not be able to accept a client's invitation or set someone's password.
 */
export function pathForLog(pathname: string): string {
	return pathname.replace(/^\/(invite|reset)\/[^/]+/, '/$1/…');
}
