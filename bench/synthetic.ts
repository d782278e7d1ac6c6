// A seeded synthetic county-scale panel for the benchmark: about 2,850 counties × 20 years × 10 indicators,
// written in exactly the shape of the real data step (the same Arrow tables and manifest, through the
// same makeTables/writeDataset), so the site loads it through the same path. Bench-only: it is written
// under bench/.out/ and never to data/ or static/.
//
//   npx tsx bench/synthetic.ts [outDir]     # default bench/.out/synthetic/static
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Indicator, Manifest, Province } from '../src/lib/data/manifest';
import { describeTables, makeTables } from '../scripts/data/arrow';
import { writeDataset, type Dataset } from '../scripts/data/build';
import type { Observation } from '../scripts/data/observations';
import type { Population } from '../scripts/data/population';
import { readProvinces } from '../scripts/data/provinces';

export const SYNTHETIC = { counties: 2850, years: 20, indicators: 10, firstYear: 2004, seed: 20240601 };

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Standard normal from a uniform source (Box–Muller). */
function normal(random: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const REGION_LEVEL = { east: 1.25, central: 1.0, west: 0.85, northeast: 0.9 } as const;

/**
 * The synthetic dataset: counties spread over the 31 real provinces (in proportion to nothing in
 * particular: round-robin), each inheriting its province's regions; every value is drawn from a
 * region level × county effect × yearly growth, with about 2 % of values missing.
 */
export async function syntheticDataset(): Promise<Dataset> {
	const random = prng(SYNTHETIC.seed);
	const parents = [...(await readProvinces('data')).values()];
	const counties = new Map<number, Province>();
	for (let i = 0; i < SYNTHETIC.counties; i++) {
		const parent = parents[i % parents.length] as Province;
		const n = Math.floor(i / parents.length) + 1;
		const adcode = parent.adcode + n; // 110001, 110002, … (six digits, unique: at most 92 per province)
		counties.set(adcode, {
			adcode,
			name_zh: `${parent.name_zh}${n}县`,
			name_en: `${parent.name_en} County ${n}`,
			pinyin: `${parent.pinyin}${n}`,
			region4: parent.region4,
			region3: parent.region3,
			// Counties share their province's square, so the page leaves the tile map out (eachOnItsOwnTile).
			tile_row: parent.tile_row,
			tile_col: parent.tile_col
		});
	}

	const years = Array.from({ length: SYNTHETIC.years }, (_, i) => SYNTHETIC.firstYear + i);
	const observations: Observation[] = [];
	const indicators: Indicator[] = [];
	for (let k = 1; k <= SYNTHETIC.indicators; k++) {
		const id = `synthetic_${String(k).padStart(2, '0')}`;
		const growth = 0.03 + 0.04 * random();
		const perYear = new Map<number, number>();
		for (const county of counties.values()) {
			const effect = Math.exp(0.25 * normal(random));
			for (const [t, year] of years.entries()) {
				if (random() < 0.02) continue;
				const value =
					100 * REGION_LEVEL[county.region4] * effect * (1 + growth) ** t * (1 + 0.05 * normal(random));
				observations.push({
					dataset: 'synthetic',
					indicator: id,
					year,
					adcode: county.adcode,
					value,
					source: 'synthetic'
				});
				perYear.set(year, (perYear.get(year) ?? 0) + 1);
			}
		}
		indicators.push({
			id,
			dataset: 'synthetic',
			name_zh: `合成指标 ${k}`,
			name_en: `Synthetic indicator ${k}`,
			unit_zh: '指数',
			unit_en: 'index',
			higher_is_better: true,
			source_zh: '基准测试用合成数据',
			source_en: 'Synthetic benchmark data',
			source_urls: ['synthetic'],
			years: years.map((year) => ({ year, provinces: perYear.get(year) ?? 0 }))
		});
	}
	const population: Population[] = [...counties.keys()].map((adcode) => ({
		adcode,
		year: 2020,
		population: Math.round(200_000 + 800_000 * random())
	}));

	const tables = makeTables(counties, observations, population);
	const manifest: Manifest = {
		generated_at: new Date(0).toISOString(),
		provinces: [...counties.values()],
		indicators,
		tables: describeTables(tables),
		level_counts: [],
		published_ranks: [],
		disputed: [],
		context: [],
		// The pages link each indicator to its dataset's entry on /about-data: the prerender checks the link.
		datasets: [
			{
				id: 'synthetic',
				citation_zh: '基准测试合成数据（随机生成，非真实数据）',
				citation_en: 'Benchmark synthetic data (seeded random, not real figures)',
				url: '',
				obtained: 'copy',
				coverage_zh: '',
				coverage_en: '',
				note_zh: '',
				note_en: '',
				publisher_zh: [],
				publisher_en: [],
				title_zh: '基准测试合成数据',
				title_en: 'Benchmark synthetic data',
				published: [],
				provenance: ['bench/synthetic.ts']
			}
		],
		contiguity: [],
		capitals: []
	};
	return { tables, manifest };
}

/** Writes a static directory for a bench build: `data/` with the synthetic tables. */
export async function writeSyntheticStatic(staticDir: string): Promise<Manifest> {
	const dataset = await syntheticDataset();
	await mkdir(staticDir, { recursive: true });
	await writeDataset(dataset, path.join(staticDir, 'data'));
	return dataset.manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const out = process.argv[2] ?? 'bench/.out/synthetic/static';
	const manifest = await writeSyntheticStatic(out);
	console.log(
		`synthetic: ${manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ')} rows → ${out}/data/`
	);
}
