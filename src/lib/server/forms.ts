import { storable } from '$lib/text';

/**
 * A text field from a form post; anything else (missing, a file upload) reads as ''. NUL and lone
 * surrogates become U+FFFD (see `storable`): Postgres refuses them even as query parameters, so a
 * hostile id or code would otherwise be a server error instead of "not found".
 */
export function textField(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? storable(value) : '';
}

/** Every text value of a repeated field (checkboxes), made storable the same way. */
export function textFields(form: FormData, name: string): string[] {
	return form
		.getAll(name)
		.filter((value): value is string => typeof value === 'string')
		.map(storable);
}
