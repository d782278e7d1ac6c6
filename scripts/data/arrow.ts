// The four Arrow tables the site loads into DuckDB. Types are fixed here: Int32, Float64 and plain Utf8
// (no dictionary, no Int64), so both DuckDB-WASM and the Node connector read them the same way.
import { Float64, Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { REGION_SCHEMES, type DataTable } from '../../src/lib/data/manifest';
import { tableColumns } from '../../src/lib/data/table-check';
import type { Observation } from './observations';
import type { Population } from './population';
import type { Provinces } from './provinces';

const int32 = (values: number[]) => vectorFromArray(values, new Int32());
const float64 = (values: number[]) => vectorFromArray(values, new Float64());
const utf8 = (values: string[]) => vectorFromArray(values, new Utf8());

export function makeTables(
	provinces: Provinces,
	observations: readonly Observation[],
	population: readonly Population[]
): Record<string, Table> {
	const list = [...provinces.values()];
	const regions = REGION_SCHEMES.flatMap((scheme) =>
		list.map((p) => ({ scheme, adcode: p.adcode, region: p[scheme] }))
	);
	return {
		observations: new Table({
			dataset: utf8(observations.map((o) => o.dataset)),
			indicator: utf8(observations.map((o) => o.indicator)),
			year: int32(observations.map((o) => o.year)),
			adcode: int32(observations.map((o) => o.adcode)),
			value: float64(observations.map((o) => o.value)),
			source: utf8(observations.map((o) => o.source))
		}),
		provinces: new Table({
			adcode: int32(list.map((p) => p.adcode)),
			name_zh: utf8(list.map((p) => p.name_zh)),
			name_en: utf8(list.map((p) => p.name_en)),
			region4: utf8(list.map((p) => p.region4)),
			region3: utf8(list.map((p) => p.region3))
		}),
		province_regions: new Table({
			scheme: utf8(regions.map((r) => r.scheme)),
			adcode: int32(regions.map((r) => r.adcode)),
			region: utf8(regions.map((r) => r.region))
		}),
		population: new Table({
			adcode: int32(population.map((p) => p.adcode)),
			year: int32(population.map((p) => p.year)),
			population: float64(population.map((p) => p.population))
		})
	};
}

/** The manifest's entry for each table: its file, row count and columns (the browser checks every download against them). */
export function describeTables(tables: Record<string, Table>): DataTable[] {
	return Object.entries(tables).map(([name, table]) => ({
		name,
		file: `${name}.arrow`,
		rows: table.numRows,
		columns: tableColumns(table.schema)
	}));
}
