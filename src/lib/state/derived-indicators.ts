// Indicators made from others, known by an id that says how: `composite:<definition>` (a composite index of
// the link's components) and `percapita:<id>` (a total per 10,000 residents). Their Indicator is built from
// the manifest alone, so that a link to one is checked, named and cited before the engine is up; their values
// are put into the engine by derived-data.svelte.ts.
import { COMPOSITE_DATASET, type Indicator, type Manifest, type YearCoverage } from '$lib/data/manifest';
import type { CompositeDefinition, CompositeMethod } from '$lib/metrics/composite-index';
import { PER_CAPITA_UNIT } from '$lib/metrics/per-capita';
import { COMPOSITE_PREFIX, compositeId, parseComposite } from './composite-definition';

export const PER_CAPITA_PREFIX = 'percapita:';
/** The population a per-capita value divides by (data/population.csv, dataset census_2020). */
export const POPULATION_DATASET = 'census_2020';

export const perCapitaId = (id: string): string => `${PER_CAPITA_PREFIX}${id}`;
export const isPerCapitaId = (id: string): boolean => id.startsWith(PER_CAPITA_PREFIX);
/** The indicator a per-capita id divides; any other id itself. */
export const baseId = (id: string): string => (isPerCapitaId(id) ? id.slice(PER_CAPITA_PREFIX.length) : id);

/** What a file name says of an indicator: its id, a total per capita said so, a composite by method and a hash. */
export function fileId(id: string): string {
	if (isPerCapitaId(id)) return `${baseId(id)}_per-10000-residents`;
	if (!id.startsWith(COMPOSITE_PREFIX)) return id;
	const method = id.slice(COMPOSITE_PREFIX.length).split(':')[0];
	// FNV-1a: a definition of 12 components would make a name longer than file systems allow.
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
	return `composite-${method}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** The column every download of a total per capita has, saying so on each row. */
export const PER_CAPITA_COLUMN = 'per_capita';
export const PER_CAPITA_TEXT = 'per 10000 residents (2020 census population)';

const METHOD_NAMES: Record<CompositeMethod, { zh: string; en: string }> = {
	equal: { zh: '等权', en: 'equal weights' },
	entropy: { zh: '熵值法', en: 'entropy weights' },
	custom: { zh: '自定义权重', en: 'custom weights' }
};

// A manifest's derived indicators are built once per id: pages compare them by identity.
const built = new WeakMap<Pick<Manifest, 'indicators'>, Map<string, Indicator | null>>();

/** The Indicator of a derived id, or undefined when the id is not a valid derived id for `manifest`. */
export function derivedIndicator(
	manifest: Pick<Manifest, 'indicators' | 'datasets'>,
	id: string
): Indicator | undefined {
	let cache = built.get(manifest);
	if (!cache) built.set(manifest, (cache = new Map()));
	if (!cache.has(id)) cache.set(id, build(manifest, id));
	return cache.get(id) ?? undefined;
}

function build(manifest: Pick<Manifest, 'indicators' | 'datasets'>, id: string): Indicator | null {
	if (id.startsWith(COMPOSITE_PREFIX)) {
		const parsed = parseComposite(id.slice(COMPOSITE_PREFIX.length), manifest);
		return parsed.ok && compositeId(parsed.definition) === id
			? compositeIndicator(parsed.definition, manifest)
			: null;
	}
	if (isPerCapitaId(id)) {
		const base = manifest.indicators.find((d) => d.id === baseId(id));
		return base?.total ? perCapitaIndicator(base, manifest) : null;
	}
	return null;
}

/** The years every component has, each with the fewest provinces any component has that year. */
export function commonYears(components: readonly Indicator[]): YearCoverage[] {
	const [first, ...rest] = components;
	if (!first) return [];
	return first.years.flatMap(({ year, provinces }) => {
		let n = provinces;
		for (const c of rest) {
			const y = c.years.find((d) => d.year === year);
			if (!y) return [];
			n = Math.min(n, y.provinces);
		}
		return [{ year, provinces: n }];
	});
}

/** "2013–2018", or "2011, 2013–2015" where the years have gaps. */
export function yearSpans(years: readonly number[]): string {
	const runs: [number, number][] = [];
	for (const year of years) {
		const last = runs.at(-1);
		if (last && year === last[1] + 1) last[1] = year;
		else runs.push([year, year]);
	}
	return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function compositeIndicator(
	definition: CompositeDefinition,
	manifest: Pick<Manifest, 'indicators'>
): Indicator {
	const components = definition.components.map((c) => {
		const indicator = manifest.indicators.find((d) => d.id === c.id);
		if (!indicator) throw new Error(`unknown component ${c.id}`);
		return { indicator, reversed: !c.higher_is_better };
	});
	const named = (lang: 'zh' | 'en') =>
		components.map(({ indicator, reversed }) => {
			const name = lang === 'zh' ? indicator.name_zh : indicator.name_en;
			return reversed ? (lang === 'zh' ? `${name}（逆向）` : `${name} (reversed)`) : name;
		});
	const method = METHOD_NAMES[definition.method];
	const years = commonYears(components.map((c) => c.indicator));
	const span = yearSpans(years.map((y) => y.year));
	// Components without some year another has: the reader is told why the index is shorter than they are.
	const every = unique(components.flatMap((c) => c.indicator.years.map((y) => y.year)));
	const limiting = components.filter(({ indicator }) =>
		every.some((year) => !indicator.years.some((y) => y.year === year))
	);
	const note = (lang: 'zh' | 'en') =>
		limiting
			.map(({ indicator }) => {
				const own = yearSpans(indicator.years.map((y) => y.year));
				return lang === 'zh'
					? `“${indicator.name_zh}”只有 ${own} 年的数据`
					: `“${indicator.name_en}” has data only for ${own}`;
			})
			.join(lang === 'zh' ? '；' : '; ') +
		(limiting.length ? (lang === 'zh' ? `：指数只覆盖 ${span} 年` : `: the index covers ${span} only`) : '');
	return {
		id: compositeId(definition),
		dataset: COMPOSITE_DATASET,
		name_zh: `合成指数（${method.zh}）：${named('zh').join('、')}`,
		name_en: `Composite index (${method.en}): ${named('en').join(', ')}`,
		unit_zh: '指数（0–100）',
		unit_en: 'index (0–100)',
		higher_is_better: true,
		source_zh: unique(components.map((c) => c.indicator.source_zh)).join('；'),
		source_en: unique(components.map((c) => c.indicator.source_en)).join('; '),
		source_urls: unique(components.flatMap((c) => c.indicator.source_urls)),
		years,
		note_zh: note('zh') || undefined,
		note_en: note('en') || undefined
	};
}

export function perCapitaIndicator(base: Indicator, manifest: Pick<Manifest, 'datasets'>): Indicator {
	const census = manifest.datasets.find((d) => d.id === POPULATION_DATASET);
	const per = PER_CAPITA_UNIT.toLocaleString('en');
	const joined = (text: string | undefined, more: string, sep: string) =>
		text ? `${text}${sep}${more}` : more;
	return {
		...base,
		id: perCapitaId(base.id),
		name_zh: `${base.name_zh}（每万人）`,
		name_en: `${base.name_en} per ${per} residents`,
		unit_zh: `${base.unit_zh || '数量'}/万人`,
		unit_en: `${base.unit_en || 'count'} per ${per} residents`,
		source_zh: joined(base.source_zh, `人口：${census?.citation_zh ?? POPULATION_DATASET}`, '；'),
		source_en: joined(base.source_en, `population: ${census?.citation_en ?? POPULATION_DATASET}`, '; '),
		// Never divided twice.
		total: false,
		note_zh: joined(base.note_zh, '人均值 = 数值 ÷ 2020 年第七次全国人口普查常住人口 × 10⁴', '；'),
		note_en: joined(
			base.note_en,
			'per-capita value = value ÷ resident population of the 2020 census × 10⁴',
			'; '
		)
	};
}
