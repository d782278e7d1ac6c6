import { describe, expect, it } from 'vitest';
import { relativeImports } from '../../src/lib/offline/relative-imports';

describe('relativeImports', () => {
	it('relativeImports(code) finds a dynamic import written with backquotes, as the built parse worker has it', () => {
		expect(relativeImports('const X=await import(`./chunks/BsG6UctI.js`);')).toEqual([
			'./chunks/BsG6UctI.js'
		]);
	});

	it('relativeImports(code) finds static imports, re-exports and side-effect imports, up a folder too', () => {
		const code = 'import{a as b}from"./a.js";export{c}from\'../b.js\';import"./c.js";';
		expect(relativeImports(code)).toEqual(['./a.js', '../b.js', './c.js']);
	});

	it('relativeImports(code) lists each specifier once, in order of appearance', () => {
		expect(relativeImports('import("./b.js");import("./a.js");import("./b.js")')).toEqual([
			'./b.js',
			'./a.js'
		]);
	});

	it('relativeImports(code) leaves out bare and absolute specifiers and strings that are not imports', () => {
		const code = 'import x from"d3";import("/abs.js");const s="./not-an-import.js";fetch(`./data.js`);';
		expect(relativeImports(code)).toEqual([]);
	});
});
