import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/data/manifest';
import {
	EMBED_CHARTS,
	chartPage,
	embedQuery,
	embedSnippet,
	isEmbedChart,
	livesOn,
	readEmbedChart
} from '$lib/charts/embed-charts';
import { defaultView, parseView } from '$lib/state/view';
import { realDataset } from './support/real-data';

let manifest: Manifest;
beforeAll(async () => {
	manifest = (await realDataset()).manifest;
});

const read = (query: string) => readEmbedChart(new URLSearchParams(query));

describe('readEmbedChart(params)', () => {
	it('gives a known chart id as it is', () => {
		expect(read('chart=province-ranking&year=2019')).toEqual({ id: 'province-ranking' });
		expect(read('chart=theil-decomposition')).toEqual({ id: 'theil-decomposition' });
	});

	it('refuses an unknown id, giving back what was asked for as text', () => {
		expect(read('chart=%3Cimg%20src%3Dx%3E')).toEqual({ refused: '<img src=x>' });
		expect(read('chart=Province-Ranking')).toEqual({ refused: 'Province-Ranking' });
	});

	it('refuses what only looks like a key of the list (inherited names are no charts)', () => {
		expect(read('chart=toString')).toEqual({ refused: 'toString' });
		expect(read('chart=__proto__')).toEqual({ refused: '__proto__' });
		expect(isEmbedChart('constructor')).toBe(false);
	});

	it('is refused with null when the link names no chart, or only an empty one', () => {
		expect(read('year=2019')).toEqual({ refused: null });
		expect(read('chart=&year=2019')).toEqual({ refused: null });
	});

	it('reads the first non-empty value of a repeated chart, as every parameter is read', () => {
		expect(read('chart=&chart=gap-trend&chart=density')).toEqual({ id: 'gap-trend' });
	});
});

describe('EMBED_CHARTS', () => {
	it('lists the overview and analysis charts, each on its page', () => {
		const onPage = (page: '/' | '/analysis') =>
			Object.keys(EMBED_CHARTS).filter((id) => isEmbedChart(id) && livesOn(id, page));
		expect(onPage('/')).toEqual([
			'region-summary',
			'gap-trend',
			'province-ranking',
			'tile-map',
			'level-distribution'
		]);
		expect(onPage('/analysis')).toEqual([
			'theil-decomposition',
			'gini-decomposition',
			'gini-matrix',
			'dispersion-trend',
			'beta-convergence',
			'density',
			'moran-trend',
			'moran-scatter',
			'lisa-map'
		]);
		expect(chartPage('density')).toBe('/analysis');
	});

	it('gives every chart a frame height between a phone screen and two desktop screens', () => {
		for (const { height } of Object.values(EMBED_CHARTS)) {
			expect(height).toBeGreaterThanOrEqual(400);
			expect(height).toBeLessThanOrEqual(1600);
		}
	});
});

describe('embedQuery(id, view)', () => {
	it('puts the chart first, then the view as its share link writes it', () => {
		const view = { ...defaultView(manifest), year: 2019, lang: 'en' as const, select: [110000] };
		expect(embedQuery('province-ranking', view)).toBe(
			'?chart=province-ranking&v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region4&select=110000&lang=en'
		);
	});

	it('reads back as the same chart and the same view', () => {
		const view = { ...defaultView(manifest), year: 2015, scheme: 'region3' as const, from: 2012 };
		const params = new URLSearchParams(embedQuery('beta-convergence', view));
		expect(readEmbedChart(params)).toEqual({ id: 'beta-convergence' });
		expect(parseView(params, manifest)).toEqual({ view, notices: [] });
	});
});

describe('embedSnippet(id, src, title)', () => {
	it('is an <iframe> of the full width, the chart’s height, no border, a title and lazy loading', () => {
		expect(
			embedSnippet('gap-trend', 'https://example.org/dash/embed/?chart=gap-trend&v=1', '东西部差距')
		).toBe(
			`<iframe src="https://example.org/dash/embed/?chart=gap-trend&amp;v=1" width="100%" ` +
				`height="${EMBED_CHARTS['gap-trend'].height}" style="border:0" title="东西部差距" loading="lazy"></iframe>`
		);
	});

	it('escapes the title and address as attribute text, so a quote cannot end the attribute', () => {
		const snippet = embedSnippet(
			'density',
			'https://x/embed/?chart=density&a="b"',
			'A "quoted" <b>title</b> & more'
		);
		expect(snippet).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
		expect(snippet).toContain('src="https://x/embed/?chart=density&amp;a=&quot;b&quot;"');
		// Six attributes, two quotes each: none inside a value.
		expect(snippet.match(/"/g)).toHaveLength(12);
	});
});
