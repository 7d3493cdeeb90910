export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Saves a learner's tool in the background, at most once a second, always the latest version.
 * A failed save is reported and retried with the next change; the page keeps working either way.
 */
export function itemSaver(kind: string, onState: (state: SaveState) => void, delayMs = 800) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: unknown;

	async function flush() {
		const data = pending;
		onState('saving');
		try {
			const response = await fetch(`/api/items/${kind}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ data }),
				keepalive: true
			});
			onState(response.ok ? 'saved' : 'failed');
		} catch {
			onState('failed');
		}
	}

	return (data: unknown) => {
		pending = data;
		clearTimeout(timer);
		timer = setTimeout(flush, delayMs);
	};
}
