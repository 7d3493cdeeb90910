import type { Component } from 'svelte';

type Loader = () => Promise<{ default: Component }>;

// Each lesson compiles to its own chunk, loaded only when that lesson is opened.
const loaders = import.meta.glob('/lessons/*/*.md') as Record<string, Loader>;

/** Loads the compiled lesson or module page for a source file path like `lessons/00-x/01-y.md`. */
export async function loadLessonComponent(file: string): Promise<Component> {
	const load = loaders[`/${file}`];
	if (!load) throw new Error(`No compiled lesson for ${file}`);
	return (await load()).default;
}
