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

/** A download that no cache may keep (it holds health-related data). */
export function csvResponse(body: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
}
