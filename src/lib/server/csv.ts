// CSV for spreadsheets. Cells that start with = + - @ tab or CR are prefixed with ' so a
// spreadsheet shows them as text instead of running them as formulas (OWASP "CSV Injection").

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined | Date): string {
	if (value === null || value === undefined) return '';
	let text = value instanceof Date ? value.toISOString() : String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | boolean | null | undefined | Date)[][]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A file name made from anything a person typed (a client's name): no path separators, quotes or
 * control characters, spaces as hyphens, and short enough for every file system.
 */
export function fileNamePart(text: string): string {
	const cleaned = text
		.replace(/\p{Cs}/gu, '')
		.normalize('NFC')
		.replace(/\p{Cc}/gu, ' ')
		.replace(/[/\\:*?"<>|]/g, '')
		.trim()
		.replace(/\s+/g, '-');
	return [...cleaned].slice(0, 60).join('') || 'client';
}

/**
 * Content-Disposition for a download: `filename` in plain ASCII for old clients (accents dropped,
 * anything else as "_"), and `filename*` with the exact UTF-8 name (RFC 6266, RFC 5987).
 */
export function attachmentDisposition(filename: string): string {
	const ascii = filename
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\x20-\x7e]|["\\%]/g, '_');
	const encoded = encodeURIComponent(filename).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A download that no cache may keep (it holds health-related data). */
export function csvResponse(body: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': attachmentDisposition(filename),
			'cache-control': 'private, no-store'
		}
	});
}
