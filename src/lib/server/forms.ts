import { storable } from '$lib/text';

/** A text field from a form post; anything else (missing, a file upload) reads as ''. */
export function textField(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/**
 * A field that names a row (a link, an assignment, a person): made storable (see `storable`), so a
 * NUL or half an emoji in a forged id is "not found", not a database error (Postgres refuses them
 * even as query parameters). Text a person writes goes through `textField` and its own rules.
 */
export function idField(form: FormData, name: string): string {
	return storable(textField(form, name));
}

/** Every value of a repeated id field (checkboxes), made storable the same way. */
export function idFields(form: FormData, name: string): string[] {
	return form
		.getAll(name)
		.filter((value): value is string => typeof value === 'string')
		.map(storable);
}
