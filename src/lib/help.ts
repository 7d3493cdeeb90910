/** A deployment's crisis and help lines (shared by the server loader and the UI). */
export interface HelpLines {
	/** Where these numbers work, shown to the reader ("United States"). */
	region: string;
	/** The emergency number (911, 112, 999 …). */
	emergency: string;
	lines: { name: string; detail: string; call?: string; text?: string }[];
}

/** `1-800-662-4357` → `18006624357` for tel: and sms: links (keeps a leading +). */
export function dialable(number: string): string {
	return number.replace(/[^0-9+]/g, '');
}
