// The briefing (简报) of a view as one content model, in the reader's language: the Word document
// (briefing-docx.ts) and the print view (routes/brief) both render it. Every number in it is taken from the
// rows the charts draw and written as the page writes it; the sentences are the page's own where it has them.
import { SCHEME_REGIONS, type Indicator, type Manifest } from '$lib/data/manifest';
import type { ProvinceValue } from '$lib/queries/province-values';
import type { RegionStat } from '$lib/queries/region-stats';
import type { YearMeasured } from '$lib/metrics/measured';
import type { TheilDecomposition } from '$lib/metrics/theil';
import { regionsInYear } from '$lib/metrics/region-year';
import type { Lang } from '$lib/i18n/lang';
import { formatMagnitude, magnitudeOf } from '$lib/i18n/magnitude';
import { indicatorName, provinceName, regionName } from '$lib/i18n/names';
import { nameList, separator, t } from '$lib/i18n/translate';
import { briefText } from '$lib/i18n/messages/briefing-text';
import { selectedProvinces } from '$lib/state/selection';
import type { ViewState } from '$lib/state/view';
import { gapHeadline } from '../gap-finding';
import { gapSentence } from '../province-profile';
import { theilReading } from '../analysis/theil-reading';
import { betaMessage, betaOutcome, betaStats } from '../analysis/beta-convergence';
import { betaTitle } from '../analysis/analysis-findings';
import { eachOnItsOwnTile } from '../tile-map';
import { BRIEFING_CHARTS, type BriefingChartId, type BriefingOrigin } from './briefing-charts';

/** What a briefing is written from: the view, the page it is asked for from, and the rows its charts draw. */
export interface BriefingInput {
	view: ViewState;
	origin: BriefingOrigin;
	/** The start year of the convergence span (the view's `from`, or the indicator's first year). */
	from: number;
	indicator: Indicator;
	/** The provinces (coverage, tiles) and when the data were compiled. */
	manifest: Pick<Manifest, 'provinces' | 'generated_at'>;
	/** The day the briefing is written. */
	today: Date;
	/** The link that reproduces the view on its page. */
	permalink: string;
	/** The datasets' references, as the Cite panel writes them (components/page-briefing.ts). */
	references: readonly string[];
	/** Every year's region figures, the year's provinces, every year's Theil index, the provinces at `from`. */
	stats: readonly RegionStat[];
	provinces: readonly ProvinceValue[];
	theil: readonly YearMeasured<TheilDecomposition>[];
	start: readonly ProvinceValue[];
}

export type BriefingBlock =
	| { kind: 'paragraph'; text: string }
	| { kind: 'figure'; chart: BriefingChartId; label: string }
	| { kind: 'table'; title: string; columns: string[]; rows: string[][] };

/** A section: level 1 ("一、"), level 2 ("（一）") or the appendix (unnumbered). */
export interface BriefingSection {
	level: 1 | 2;
	heading: string;
	blocks: BriefingBlock[];
}

export interface Briefing {
	lang: Lang;
	title: string;
	/** Date, years and coverage of the data, and when they were compiled. */
	meta: string;
	/** The overview's headline, word for word. */
	headline: string;
	/** Its charts, in order (as its figure blocks name them). */
	charts: BriefingChartId[];
	sections: BriefingSection[];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** GB-style heading numbers in Chinese (一、 / （一）), decimal ones in English (1. / 1.1). */
function numbered(lang: Lang, heading: string, level: 1 | 2, n: number, parent: number): string {
	if (lang === 'en') return level === 1 ? `${n}. ${heading}` : `${parent}.${n} ${heading}`;
	const numeral = NUMERALS[n - 1] ?? String(n);
	return level === 1 ? `${numeral}、${heading}` : `（${numeral}）${heading}`;
}

const paragraph = (text: string): BriefingBlock => ({ kind: 'paragraph', text });

/** "2026 年 12 月 7 日" (spaced as the site writes "2023 年"), "7 December 2026". */
function longDate(lang: Lang, date: Date): string {
	if (lang === 'en') {
		return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
	}
	return `${date.getUTCFullYear()} 年 ${date.getUTCMonth() + 1} 月 ${date.getUTCDate()} 日`;
}

/** The charts of a briefing from `origin`; the tile map only where each place has a tile of its own. */
export function briefingCharts(
	origin: BriefingOrigin,
	places: Parameters<typeof eachOnItsOwnTile>[0]
): BriefingChartId[] {
	return BRIEFING_CHARTS[origin].filter((id) => id !== 'tile-map' || eachOnItsOwnTile(places));
}

/** The briefing of a view: its text in the reader's language, numbered, with its charts in order. */
export function buildBriefing(input: BriefingInput): Briefing {
	const { view, indicator, manifest } = input;
	const charts = briefingCharts(input.origin, manifest.provinces);
	const { lang, year } = view;
	const figures = regionsInYear(input.stats, year, SCHEME_REGIONS[view.scheme]);
	const valued = input.provinces.filter((p) => p.value != null && Number.isFinite(p.value));
	const years = indicator.years.map((y) => y.year);
	const span = `${years[0]}${lang === 'zh' ? '—' : '–'}${years.at(-1)}`;

	const headline = gapHeadline(lang, input.stats, year);

	const sections: { heading: string; children: { heading: string; blocks: BriefingBlock[] }[] }[] = [
		{
			heading: briefText(lang, 'brief_findings'),
			children: [{ heading: '', blocks: [paragraph(headline)] }]
		},
		{
			heading: briefText(lang, 'brief_regions'),
			children: [
				{
					heading: briefText(lang, 'brief_regionMeans'),
					blocks: [paragraph(regionMeans(lang, figures, year))]
				},
				{ heading: briefText(lang, 'brief_ranking'), blocks: [paragraph(topAndBottom(lang, valued, year))] },
				...selectedSection(input, figures)
			]
		},
		{
			heading: briefText(lang, 'brief_structure'),
			children: [
				{
					heading: briefText(lang, 'brief_theil'),
					blocks: [paragraph(theilReading(input.theil, lang) || briefText(lang, 'brief_noTheil'))]
				},
				...(input.from < year
					? [{ heading: briefText(lang, 'brief_convergence'), blocks: [paragraph(convergence(input))] }]
					: [])
			]
		},
		{
			heading: briefText(lang, 'brief_figures'),
			children: [
				{
					heading: '',
					blocks: charts.map((chart, i) => ({
						kind: 'figure',
						chart,
						label: briefText(lang, 'brief_figure', { n: i + 1 })
					}))
				}
			]
		},
		{
			heading: briefText(lang, 'brief_sources'),
			children: [
				{ heading: briefText(lang, 'brief_sourceList'), blocks: sources(input).map(paragraph) },
				{ heading: briefText(lang, 'brief_methodList'), blocks: methods(input).map(paragraph) }
			]
		}
	];

	return {
		lang,
		title: briefText(lang, 'brief_title', { indicator: indicatorName(lang, indicator), year }),
		meta: briefText(lang, 'brief_meta', {
			date: longDate(lang, input.today),
			years: span,
			coverage: t(lang, 'coverage', { n: valued.length, total: manifest.provinces.length }),
			built: longDate(lang, new Date(manifest.generated_at))
		}),
		headline,
		charts,
		sections: [
			...sections.flatMap((section, i) => [
				{ level: 1 as const, heading: numbered(lang, section.heading, 1, i + 1, 0), blocks: [] },
				...section.children.map((child, j) => ({
					level: 2 as const,
					heading: child.heading ? numbered(lang, child.heading, 2, j + 1, i + 1) : '',
					blocks: child.blocks
				}))
			]),
			{
				level: 1,
				heading: briefText(lang, 'brief_appendix'),
				blocks: [appendix(lang, indicator, figures, year)]
			}
		]
	};
}

type Figures = ReturnType<typeof regionsInYear>;

/** Values of a set written as the chart titles write them: one decimal, in one magnitude for the set. */
function valueWriter(lang: Lang, values: readonly number[]): (v: number) => string {
	const magnitude = magnitudeOf(lang, Math.max(0, ...values.map(Math.abs)));
	return (v) => formatMagnitude(lang, v, magnitude, 1);
}

function regionMeans(lang: Lang, figures: Figures, year: number): string {
	const write = valueWriter(
		lang,
		figures.flatMap((f) => (f.mean == null ? [] : [f.mean]))
	);
	const means = figures.map((f) =>
		f.mean == null
			? briefText(lang, 'brief_noRegionMean', { region: regionName(lang, f.region) })
			: briefText(lang, 'brief_regionMean', {
					region: regionName(lang, f.region),
					mean: write(f.mean),
					n: f.provinces
				})
	);
	return briefText(lang, 'brief_regionMeansSentence', {
		year,
		means: means.join(separator(lang, 'clauses'))
	});
}

/** The three highest and the three lowest provinces, in rank order, with their values. */
function topAndBottom(lang: Lang, valued: readonly ProvinceValue[], year: number): string {
	const ranked = [...valued].sort((a, b) => (b.value as number) - (a.value as number));
	const write = valueWriter(
		lang,
		ranked.map((p) => p.value as number)
	);
	const list = (ps: readonly ProvinceValue[]) =>
		nameList(
			lang,
			ps.map((p) =>
				briefText(lang, 'brief_provinceValue', {
					province: provinceName(lang, p),
					value: write(p.value as number)
				})
			)
		);
	const count = Math.min(3, Math.floor(ranked.length / 2));
	return (
		briefText(lang, 'brief_top', { year, provinces: list(ranked.slice(0, count)) }) +
		briefText(lang, 'brief_bottom', { provinces: list(ranked.slice(ranked.length - count)) })
	);
}

/** Each selected province's gap to its region's mean and the East's, as its profile states it. */
function selectedSection(input: BriefingInput, figures: Figures) {
	const { lang, year } = input.view;
	const meanOf = (region: string) => figures.find((f) => f.region === region)?.mean ?? null;
	const sentences = selectedProvinces(input.view.select).flatMap((adcode) => {
		const p = input.provinces.find((q) => q.adcode === adcode);
		if (!p) return [];
		const sentence = gapSentence(lang, {
			province: provinceName(lang, p),
			region: p.region,
			year,
			value: p.value,
			regionMean: meanOf(p.region),
			eastMean: meanOf('east')
		});
		return sentence ? [paragraph(sentence)] : [];
	});
	return sentences.length ? [{ heading: briefText(lang, 'brief_selected'), blocks: sentences }] : [];
}

/** The β-convergence fit from `from` to the year in words, with its speed where it is defined. */
function convergence(input: BriefingInput): string {
	const { lang, year } = input.view;
	const span = { from: input.from, to: year };
	const outcome = betaOutcome(input.start, input.provinces, span);
	if (outcome.kind !== 'fit') return betaMessage(outcome, lang, span);
	return briefText(lang, 'brief_beta', {
		title: betaTitle(lang, outcome.fit, span),
		stats: betaStats(outcome.fit, lang)
	});
}

/** The datasets' references; where no dataset is known, the indicator's source and the view's permalink. */
function sources(input: BriefingInput): string[] {
	const { lang } = input.view;
	if (input.references.length) return [...input.references];
	const source = lang === 'zh' ? input.indicator.source_zh : input.indicator.source_en;
	return [source, briefText(lang, 'brief_link', { link: input.permalink })];
}

function methods(input: BriefingInput): string[] {
	const { lang, year, scheme, weighting } = input.view;
	return [
		briefText(lang, 'brief_method_mean', { scheme: t(lang, `scheme_${scheme}`) }),
		briefText(lang, 'brief_method_gap'),
		briefText(lang, 'brief_method_rank'),
		briefText(lang, 'brief_method_theil', { weighting: briefText(lang, `brief_weighting_${weighting}`) }),
		...(input.from < year ? [briefText(lang, 'brief_method_beta', { from: input.from, to: year })] : [])
	];
}

/** The region figures of the year, as the region summary's table holds them. */
function appendix(lang: Lang, indicator: Indicator, figures: Figures, year: number): BriefingBlock {
	const write = valueWriter(
		lang,
		figures.flatMap((f) => (f.max == null ? [] : [f.max, f.min as number]))
	);
	const cell = (v: number | null) => (v == null ? t(lang, 'noData') : write(v));
	return {
		kind: 'table',
		title: briefText(lang, 'brief_appendixTitle', { indicator: indicatorName(lang, indicator), year }),
		columns: (['region', 'provinces', 'mean', 'min', 'max'] as const).map((c) =>
			briefText(lang, `brief_column_${c}`)
		),
		rows: figures.map((f) => [
			regionName(lang, f.region),
			String(f.provinces),
			cell(f.mean),
			cell(f.min),
			cell(f.max)
		])
	};
}
