// Every Chart component of lib/charts drawn from fixed rows (support/chart-fixtures.ts) to an SVG file committed
// under __snapshots__/charts/: a change that alters a picture shows up in review as a diff of that file (which
// also opens as an image). Each chart in Chinese, the most text-heavy also in English; `vitest -u` rewrites them.
import { describe, expect, it } from 'vitest';
import { SCHEME_REGIONS } from '$lib/data/manifest';
import type { Selection } from '$lib/state/view';
import { selectedProvinces, selectedRegions } from '$lib/state/selection';
import { regionGap } from '$lib/metrics/gap';
import { regionsInYear } from '$lib/metrics/region-year';
import { mapSelection } from '$lib/charts/map-selection';
import { drawShapes } from '$lib/geo/draw-shapes';
import { regionSizes } from '$lib/charts/mean-line';
import { provinceMap } from '$lib/charts/tile-map';
import { levelBars } from '$lib/charts/level-distribution';
import { compareSeries, valueDomain } from '$lib/charts/province-compare';
import { profileSeries } from '$lib/metrics/profile-series';
import GapTrendChart from '$lib/charts/GapTrendChart.svelte';
import GeoMapChart from '$lib/charts/GeoMapChart.svelte';
import LevelDistributionChart from '$lib/charts/LevelDistributionChart.svelte';
import CompareSmallMultiples from '$lib/charts/CompareSmallMultiples.svelte';
import ProvinceCompareChart from '$lib/charts/ProvinceCompareChart.svelte';
import ProvinceProfileChart from '$lib/charts/ProvinceProfileChart.svelte';
import ProvinceRankingChart from '$lib/charts/ProvinceRankingChart.svelte';
import RegionSummaryChart from '$lib/charts/RegionSummaryChart.svelte';
import TileMapChart from '$lib/charts/TileMapChart.svelte';
import { syntheticBaseMap } from '../browser/support/synthetic-base-map';
import { chartSvg, snapshotFile } from './support/svg-snapshot';
import {
	FIRST_YEAR,
	GUANGDONG,
	GUIZHOU,
	LAST_YEAR,
	PROVINCES,
	SELECT,
	UNITS,
	YEAR,
	YEARS,
	isSelected,
	provinceValues,
	regionStats
} from './support/chart-fixtures';

const REGIONS = SCHEME_REGIONS.region4;
const stats = regionStats();
const values = provinceValues(YEAR);

describe('every Chart component draws the same picture from the same rows', () => {
	it('GapTrendChart: the region means 2011–2023 and the East–West gap', async () => {
		const svg = chartSvg(GapTrendChart, {
			stats,
			gap: regionGap(stats),
			regions: REGIONS,
			sizes: regionSizes(PROVINCES, 'region4'),
			selectedRegions: selectedRegions(SELECT),
			year: YEAR,
			lang: 'zh'
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('gap-trend', 'zh'));
	});

	it('RegionSummaryChart: the four regions in 2020 with Guangdong marked', async () => {
		const svg = chartSvg(RegionSummaryChart, {
			figures: regionsInYear(stats, YEAR, REGIONS),
			markedProvinces: values.filter((p) => selectedProvinces(SELECT).includes(p.adcode)),
			selectedRegions: selectedRegions(SELECT),
			year: YEAR,
			lang: 'zh',
			units: UNITS
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('region-summary', 'zh'));
	});

	for (const lang of ['zh', 'en'] as const) {
		it(`ProvinceRankingChart: 31 provinces ranked in 2020, names in ${lang}`, async () => {
			const svg = chartSvg(ProvinceRankingChart, {
				provinces: values,
				regions: REGIONS,
				isSelected,
				hasSelection: true,
				year: YEAR,
				lang,
				units: UNITS
			});
			await expect(svg).toMatchFileSnapshot(snapshotFile('province-ranking', lang));
		});
	}

	for (const lang of ['zh', 'en'] as const) {
		it(`TileMapChart: one tile per province in 2020 with its legend, names in ${lang}`, async () => {
			const { tiles, scale } = provinceMap(values, PROVINCES, { indicator: 'index', year: YEAR, lang });
			const svg = chartSvg(TileMapChart, {
				tiles,
				scale,
				...mapSelection(SELECT, () => {}),
				year: YEAR,
				lang,
				units: UNITS
			});
			await expect(svg).toMatchFileSnapshot(snapshotFile('tile-map', lang));
		});
	}

	it('GeoMapChart: the 2020 values over a synthetic base map (squares), its approval number below', async () => {
		const { tiles, scale } = provinceMap(values, PROVINCES, { indicator: 'index', year: YEAR, lang: 'zh' });
		const base = syntheticBaseMap(PROVINCES.map((p) => p.adcode));
		const items = base.features.map((feature, i) => ({
			feature,
			adcode: PROVINCES[i]?.adcode ?? null,
			label: String(feature.properties?.name ?? PROVINCES[i]?.name_zh)
		}));
		const svg = chartSvg(GeoMapChart, {
			shapes: drawShapes(items, { width: 800, top: 48, bottom: 26, pad: 8, maxAspect: 1.1 }),
			tiles,
			scale,
			...mapSelection(SELECT, () => {}),
			year: YEAR,
			lang: 'zh',
			approval: 'GS(2019)1822号'
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('geo-map', 'zh'));
	});

	it('LevelDistributionChart: the published counts of provinces at each level of the Party School index', async () => {
		// The counts as data/cps/ gives them (cps_levels), those that are a level.
		const counts = [
			[2016, 2017, '非常高', 3, false],
			[2019, 2020, '非常高', 8, false],
			[2019, 2020, '高', 15, false],
			[2019, 2020, '中', 9, false],
			[2020, 2021, '非常高', 8, true],
			[2021, 2022, '非常高', 16, false],
			[2021, 2022, '高', 12, false],
			[2021, 2022, '中', 4, false]
		] as const;
		const bars = levelBars(
			counts.map(([data_year, report_year, level, province_count, low_confidence]) => ({
				data_year,
				report_year,
				level,
				province_count,
				low_confidence,
				source: '',
				note: ''
			}))
		);
		const svg = chartSvg(LevelDistributionChart, { bars, year: YEAR, lang: 'zh' });
		await expect(svg).toMatchFileSnapshot(snapshotFile('level-distribution', 'zh'));
	});

	// Guangdong, Guizhou and the West's mean, 2011–2023: the compare chart's lines and its small multiples.
	const compared: Selection[] = [GUANGDONG, GUIZHOU, 'west'];
	const comparedPoints = YEARS.flatMap((year) =>
		provinceValues(year).flatMap((p) =>
			compared.includes(p.adcode) && p.value !== null ? [{ adcode: p.adcode, year, value: p.value }] : []
		)
	);
	const series = compareSeries(compared, {
		stats,
		points: comparedPoints,
		provinces: PROVINCES,
		scheme: 'region4',
		lang: 'zh'
	});
	const compareProps = {
		series,
		first: FIRST_YEAR,
		last: LAST_YEAR,
		yDomain: valueDomain(series),
		year: YEAR,
		lang: 'zh'
	} as const;

	it('ProvinceCompareChart: Guangdong, Guizhou and the West’s mean, 2011–2023', async () => {
		const svg = chartSvg(ProvinceCompareChart, compareProps);
		await expect(svg).toMatchFileSnapshot(snapshotFile('province-compare', 'zh'));
	});

	it('CompareSmallMultiples: one panel each for Guangdong, Guizhou and the West’s mean, on one scale', async () => {
		const svg = chartSvg(CompareSmallMultiples, compareProps);
		await expect(svg).toMatchFileSnapshot(snapshotFile('compare-small-multiples', 'zh'));
	});

	it('ProvinceProfileChart: Guizhou against the West’s mean and the East’s, 2011–2023', async () => {
		const points = YEARS.flatMap((year) =>
			provinceValues(year).flatMap((p) =>
				p.adcode === GUIZHOU && p.value !== null ? [{ adcode: p.adcode, year, value: p.value }] : []
			)
		);
		const svg = chartSvg(ProvinceProfileChart, {
			series: profileSeries(points, stats, 'west', YEARS),
			province: '贵州',
			region: 'west',
			sizes: regionSizes(PROVINCES, 'region4'),
			year: YEAR,
			lang: 'zh'
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('province-profile', 'zh'));
	});
});
