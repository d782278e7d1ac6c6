// The LISA cluster map drawn from a fixed year of local Morans (support/lisa-fixture.ts) to SVG files committed
// under __snapshots__/charts/ (see chart-snapshots.test.ts), in both languages; and its Figure rendered on
// the server: every tile, the finding, the caveats under the map with the methods link, and the reason when
// there is no map.
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, Manifest } from '$lib/data/manifest';
import type { ViewState } from '$lib/state/view';
import { clusterCounts, lisaTiles } from '$lib/charts/analysis/lisa-map';
import { mapSelection } from '$lib/charts/map-selection';
import LisaMapChart from '$lib/charts/analysis/LisaMapChart.svelte';
import LisaMapFigure from '$lib/charts/analysis/LisaMapFigure.svelte';
import { chartSvg, snapshotFile } from './support/svg-snapshot';
import { PROVINCES, SELECT, UNITS } from './support/chart-fixtures';
import { LISA_FIXTURE, LISA_YEAR } from './support/lisa-fixture';
import { realDataset } from './support/real-data';

describe('LisaMapChart draws the same picture from the same local Morans', () => {
	for (const lang of ['zh', 'en'] as const) {
		it(`one tile per province in 2020 filled by its cluster, with the clusters' legend, names in ${lang}`, async () => {
			const svg = chartSvg(LisaMapChart, {
				tiles: lisaTiles(LISA_FIXTURE, PROVINCES, 'region4'),
				counts: clusterCounts(LISA_FIXTURE.locals),
				...mapSelection(SELECT, () => {}),
				year: LISA_YEAR,
				lang,
				units: UNITS
			});
			await expect(svg).toMatchFileSnapshot(snapshotFile('lisa-map', lang));
		});
	}
});

describe('LisaMapFigure', () => {
	let manifest: Manifest;
	let indicator: Indicator;
	beforeAll(async () => {
		manifest = (await realDataset()).manifest;
		indicator = manifest.indicators.find((d) => d.id === 'pku_dfiic_index_aggregate') as Indicator;
	});

	const view = (lang: 'zh' | 'en'): ViewState => ({
		indicator: 'pku_dfiic_index_aggregate',
		year: LISA_YEAR,
		scheme: 'region4',
		select: [],
		lang,
		weighting: 'equal',
		weights: 'knn4',
		from: null,
		x: 'cps_online_service_index',
		y: 'pku_dfiic_index_aggregate',
		scale: 'linear',
		composite: null
	});
	const figure = (lang: 'zh' | 'en', moran = { ok: true as const, value: LISA_FIXTURE }) =>
		render(LisaMapFigure, {
			props: {
				view: view(lang),
				indicator,
				from: 2011,
				ready: true,
				totalProvinces: 31,
				moran,
				places: manifest.provinces,
				onchange: () => {}
			}
		}).body.replace(/<!--[^>]*-->/g, '');

	it('draws all 31 tiles, each a button with its adcode, in figure[data-chart="lisa-map"]', () => {
		const body = figure('zh');
		expect(body).toContain('data-chart="lisa-map"');
		const adcodes = [...body.matchAll(/<g class="tile[^"]*" data-adcode="(\d+)"/g)].map((m) => Number(m[1]));
		expect(adcodes.sort()).toEqual(manifest.provinces.map((p) => p.adcode).sort());
	});

	it('states the clusters as its title and the two caveats under the map, linking the methods with the view', () => {
		const body = figure('en');
		expect(body).toContain(
			'In 2020, Shanghai, Zhejiang, Jiangsu and Fujian form a high–high cluster and Qinghai, Gansu, Heilongjiang, Jilin, Xinjiang, Inner Mongolia, Tibet, Liaoning and Sichuan a low–low one (p &lt; 0.05)'
		);
		expect(body).toContain(
			'Tiles are not borders: neighbours come from the provinces’ real borders (or the four nearest capitals), not from where the squares sit'
		);
		expect(body).toMatch(/href="[^"]*\/methods\/?\?[^"]*lang=en[^"]*weights=knn4[^"]*#lisa"/);
	});

	it('names the weights and the permutations in the source line, with the coverage', () => {
		const body = figure('zh');
		expect(body).toContain('空间权重：最近 4 个省会（大圆距离），行标准化');
		expect(body).toContain('条件置换检验 999 次，种子 20260101');
		expect(body).toContain('31/31');
	});

	it('shows the reason instead of a map when fewer than 8 provinces have a value', () => {
		const body = figure('zh', { ok: false, reason: 'too_few_provinces', provinces: 6 } as never);
		expect(body).not.toContain('class="tile');
		expect(body).toContain('2020 年无法绘制 LISA 集聚图：只有 6 个省份有数据（至少需要 8 个）。');
		expect(body).toContain('data-reason="too_few_provinces"');
	});
});
