import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { buildDataset, writeDataset } from '../../scripts/data/build';

const SCHEMAS: Record<string, string[]> = {
	observations: [
		'dataset:Utf8',
		'indicator:Utf8',
		'year:Int32',
		'adcode:Int32',
		'value:Float64',
		'source:Utf8'
	],
	provinces: ['adcode:Int32', 'name_zh:Utf8', 'name_en:Utf8', 'region4:Utf8', 'region3:Utf8'],
	province_regions: ['scheme:Utf8', 'adcode:Int32', 'region:Utf8'],
	population: ['adcode:Int32', 'year:Int32', 'population:Float64']
};

let outDir: string;
beforeAll(async () => {
	outDir = mkdtempSync(path.join(tmpdir(), 'data-write-'));
	await writeDataset(await buildDataset('data'), outDir);
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('writeDataset', () => {
	it.each(Object.entries(SCHEMAS))(
		'writes %s.arrow as an Arrow IPC stream that reads back with exactly its column types and row count, as the manifest describes it',
		(name, columns) => {
			const bytes = readFileSync(path.join(outDir, `${name}.arrow`));
			// An IPC stream starts with a schema message, not with the "ARROW1" magic of the file format.
			expect(bytes.subarray(0, 6).toString()).not.toBe('ARROW1');
			const table = tableFromIPC(bytes);
			expect(table.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(columns);
			const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8'));
			const described = columns.map((column) => {
				const [columnName, type] = column.split(':');
				return { name: columnName, type };
			});
			expect(manifest.tables).toContainEqual({
				name,
				file: `${name}.arrow`,
				rows: table.numRows,
				columns: described
			});
			for (const field of table.schema.fields) expect(table.getChild(field.name)?.nullCount).toBe(0);
		}
	);

	it('writes a manifest.json with every field of the Manifest', () => {
		const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8'));
		expect(Object.keys(manifest).sort()).toEqual(
			[
				'capitals',
				'context',
				'contiguity',
				'datasets',
				'disputed',
				'generated_at',
				'indicators',
				'level_counts',
				'provinces',
				'published_ranks',
				'tables'
			].sort()
		);
		expect(Number.isNaN(Date.parse(manifest.generated_at))).toBe(false);
	});
});
