import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYERS } from '../../import-boundaries.js';

const RULE = '@typescript-eslint/no-restricted-imports';
let eslint: ESLint;

/** The boundary messages ESLint gives for `source` as if it were the file at `filePath`. */
async function boundaryMessages(filePath: string, source: string): Promise<string[]> {
	const [result] = await eslint.lintText(source, { filePath });
	return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

beforeAll(() => {
	eslint = new ESLint({ cwd: process.cwd() });
});

describe('import boundaries (npm run lint)', () => {
	it('an import of $lib/charts inside src/lib/metrics fails, naming what metrics may import', async () => {
		const messages = await boundaryMessages(
			'src/lib/metrics/example.ts',
			"import { PALETTE } from '$lib/charts/palette';\nexport const colours = PALETTE;\n"
		);
		expect(messages).toEqual([
			"'$lib/charts/palette' import is restricted from being used by a pattern. src/lib/metrics may import " +
				'only types of lib/data of src/lib: the layers are drawn in README.md, "Architecture".'
		]);
	});

	it('a relative import that climbs from src/lib/metrics into lib/charts fails as well', async () => {
		const messages = await boundaryMessages(
			'src/lib/metrics/example.ts',
			"import { PALETTE } from '../charts/palette';\nexport const colours = PALETTE;\n"
		);
		expect(messages).toHaveLength(1);
	});

	it('src/lib/metrics may import types of lib/data and its own modules, not values of lib/data', async () => {
		const permitted = await boundaryMessages(
			'src/lib/metrics/example.ts',
			"import type { RegionId } from '$lib/data/manifest';\nimport { mean } from './mean';\n" +
				'export const m = (r: RegionId[]) => mean(r.map(() => 1));\n'
		);
		const value = await boundaryMessages(
			'src/lib/metrics/example.ts',
			"import { REGION_IDS } from '$lib/data/manifest';\nexport const r = REGION_IDS;\n"
		);
		expect(permitted).toEqual([]);
		expect(value).toHaveLength(1);
	});

	it('src/lib/charts may take types from lib/queries but not run a query', async () => {
		const types = await boundaryMessages(
			'src/lib/charts/example.ts',
			"import type { ProvinceValue } from '$lib/queries/province-values';\nexport type P = ProvinceValue;\n"
		);
		const query = await boundaryMessages(
			'src/lib/charts/example.ts',
			"import { provinceValues } from '$lib/queries/province-values';\nexport const q = provinceValues;\n"
		);
		expect(types).toEqual([]);
		expect(query).toHaveLength(1);
	});

	it('src/lib/queries may import lib/import/limits and no other module of lib/import', async () => {
		const limits = await boundaryMessages(
			'src/lib/queries/example.ts',
			"import { IMPORTED_ID } from '$lib/import/limits';\nexport const id = IMPORTED_ID;\n"
		);
		const session = await boundaryMessages(
			'src/lib/queries/example.ts',
			"import { ImportSession } from '$lib/import/session.svelte';\nexport const s = ImportSession;\n"
		);
		expect(limits).toEqual([]);
		expect(session).toHaveLength(1);
	});

	it('a leaf helper (src/lib/places) may not import the state layer', async () => {
		const messages = await boundaryMessages(
			'src/lib/places/example.ts',
			"import { parseView } from '$lib/state/view';\nexport const p = parseView;\n"
		);
		expect(messages).toHaveLength(1);
	});

	it('every folder of src/lib has its place in the layers', () => {
		const folders = readdirSync('src/lib', { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => `lib/${d.name}`)
			.sort();
		expect(
			Object.keys(LAYERS)
				.filter((dir) => dir.startsWith('lib/'))
				.sort()
		).toEqual(folders);
	});
});
