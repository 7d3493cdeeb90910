import { buildCourse, type SourceFile } from './course';

const sources = import.meta.glob('/lessons/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const files: SourceFile[] = Object.entries(sources).map(([path, raw]) => ({
	path: path.replace(/^\//, ''),
	raw
}));

/** The course index, built once when the server starts; bad content throws here. */
export const course = buildCourse(files);
