/**
 * The relative module specifiers (`./x.js`, `../x.js`) a bundled script imports, statically or
 * dynamically, in order of appearance and without repeats.
 */
export function relativeImports(code: string): string[] {
	const found = code.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*[`'"](\.\.?\/[^`'"\s]+\.js)[`'"]/g);
	return [...new Set(Array.from(found, (m) => m[1] as string))];
}
