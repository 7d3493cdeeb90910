/**
 * A request path fit for the server log. An invitation link carries its secret in the path
 * (`/invite/<token>`): whoever reads the log must not be able to accept a client's invitation.
 */
export function pathForLog(pathname: string): string {
	return pathname.replace(/^\/invite\/[^/]+/, '/invite/…');
}
