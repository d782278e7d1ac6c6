// The briefing's content model, from the real data through the pages' own queries (the figures of
// analysis-findings.test.ts and the overview's headline in README.md: 2023, East 428.1, West 371.0).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing, type Briefing, type BriefingInput } from '$lib/charts/briefing/briefing';
import type { BriefingOrigin } from '$lib/charts/briefing/briefing-charts';
import { briefingReferences } from '$lib/components/page-briefing';
import { queryViewRows } from '$lib/state/view-data.svelte';
import { queryAnalysisRows } from '$lib/state/analysis-data.svelte';
import { defaultView, findIndicator, type ViewState } from '$lib/state/view';
import type { Manifest } from '$lib/data/manifest';
import { realDatabase, realDataset } from './support/real-data';
import type { NodeDatabase } from '$lib/db/node';

let db: NodeDatabase;
let manifest: Manifest;
beforeAll(async () => {
	db = await realDatabase();
	manifest = (await realDataset()).manifest;
});
afterAll(() => db?.close());

async function briefing(
	change: Partial<ViewState> = {},
	from = 2011,
	origin: BriefingOrigin = 'overview',
	given: Partial<BriefingInput> = {}
): Promise<Briefing> {
	const view = { ...defaultView(manifest), ...change };
	const rows = await queryViewRows(db, view);
	const analysis = await queryAnalysisRows(db, { ...view, from });
	const today = new Date('2026-12-07T12:00:00Z');
	const permalink = 'https://example.org/?v=1';
	const input: BriefingInput = {
		view,
		origin,
		from,
		indicator: findIndicator(manifest, view.indicator)!,
		manifest: { ...manifest, generated_at: '2026-12-01T00:00:00Z' },
		today,
		permalink,
		references: briefingReferences(manifest, view, origin, permalink, today),
		stats: rows.stats,
		provinces: rows.provinces,
		theil: analysis.theil,
		start: analysis.start,
		...given
	};
	return buildBriefing(input);
}

const text = (b: Briefing) =>
	b.sections.flatMap((s) => [
		s.heading,
		...s.blocks.flatMap((x) => (x.kind === 'paragraph' ? [x.text] : []))
	]);

describe('buildBriefing(input)', () => {
	it('states the headline word for word as the overview does, East–West difference and ratio included', async () => {
		const b = await briefing();
		expect(b.headline).toBe(
			'2023 年，东部平均 428.1，西部平均 371.0，东部比西部高 57.1，是西部的 1.15 倍。东西部差距绝对值由 2011 年的 32.9 扩大到 57.1，相对差距由 2.18 倍缩小到 1.15 倍。也就是说，按增长率计西部增长得更快，但东部增加的绝对量更多。'
		);
		expect(text(b)).toContain(b.headline);
	});

	it('titles the briefing with the indicator and year, and dates it with the years and coverage of the data', async () => {
		const b = await briefing();
		expect(b.title).toBe('数字普惠金融总指数区域差距简报（2023 年）');
		expect(b.meta).toBe(
			'2026 年 12 月 7 日 · 数据：2011—2023 年，31/31 个省份有数据 · 整理于 2026 年 12 月 1 日'
		);
	});

	it('numbers its sections GB-style in Chinese (一、 and （一）) and decimally in English', async () => {
		const zh = (await briefing()).sections.map((s) => s.heading).filter(Boolean);
		expect(zh.slice(0, 4)).toEqual([
			'一、主要结论',
			'二、区域与省份',
			'（一）区域平均水平',
			'（二）省份排名'
		]);
		expect(zh.at(-1)).toBe('附表');
		const en = (await briefing({ lang: 'en' })).sections.map((s) => s.heading).filter(Boolean);
		expect(en.slice(0, 4)).toEqual([
			'1. Key findings',
			'2. Regions and provinces',
			'2.1 Regional means',
			'2.2 Provincial ranking'
		]);
	});

	it('gives every region mean and the three highest and lowest provinces with their values to one decimal', async () => {
		const lines = text(await briefing());
		expect(lines).toContain(
			'2023 年，各区域省份的平均值为：东部 428.1（10 个省份）；中部 394.8（6 个省份）；西部 371.0（12 个省份）；东北 367.3（3 个省份）。'
		);
		expect(lines.find((l) => l.includes('排名前三'))).toMatch(
			/^2023 年排名前三的省份为上海（473\.8）、北京（.+）和.+；排名后三位的为.+、.+和青海（351\.1）。$/
		);
		expect(text(await briefing({ lang: 'en' })).find((l) => l.includes('three highest'))).toMatch(
			/^In 2023 the three highest provinces were Shanghai \(473\.8\), Beijing \(.+\) and .+; the three lowest were .+, .+ and Qinghai \(351\.1\)\.$/
		);
	});

	it("states each selected province's gap to its region and to the East, as its profile does", async () => {
		const lines = text(await briefing({ select: [620000] }));
		expect(lines.find((l) => l.startsWith('甘肃'))).toMatch(
			/^甘肃比西部平均值低 \d+\.\d，比东部平均值低 \d+\.\d。$/
		);
		expect(text(await briefing()).some((l) => l.startsWith('甘肃'))).toBe(false);
	});

	it('states the Theil index, its between-region share and trend, and the convergence speed', async () => {
		const lines = text(await briefing({ lang: 'en' }));
		expect(lines.find((l) => l.startsWith('The Theil index'))).toMatch(
			/^The Theil index fell from 0\.098 in 2011 to 0\.0033 in 2023; the gap between regions made up \d+% of it/
		);
		expect(lines.find((l) => l.includes('λ'))).toMatch(/^2011–2023: .+ \(β = −0\.0696, λ = 15\.0%\/yr/);
	});

	it('leaves out convergence when the start year is the year itself', async () => {
		const lines = text(await briefing({}, 2023));
		expect(lines.some((l) => l.includes('β'))).toBe(false);
	});

	const figures = (b: Briefing) =>
		b.sections.flatMap((s) =>
			s.blocks.flatMap((x) => (x.kind === 'figure' ? [`${x.label} ${x.chart}`] : []))
		);

	it("numbers the overview's four charts in order, and from /analysis adds the Theil decomposition as the fifth", async () => {
		const overview = await briefing();
		expect(figures(overview)).toEqual([
			'图 1 region-summary',
			'图 2 gap-trend',
			'图 3 province-ranking',
			'图 4 tile-map'
		]);
		expect(overview.charts).toEqual(['region-summary', 'gap-trend', 'province-ranking', 'tile-map']);
		const analysis = await briefing({ lang: 'en' }, 2011, 'analysis');
		expect(figures(analysis)).toEqual([
			'Figure 1 region-summary',
			'Figure 2 gap-trend',
			'Figure 3 province-ranking',
			'Figure 4 tile-map',
			'Figure 5 theil-decomposition'
		]);
	});

	const sources = (b: Briefing) => {
		const i = b.sections.findIndex((s) => /数据来源$|Sources$/.test(s.heading));
		return b.sections[i]!.blocks.map((x) => (x.kind === 'paragraph' ? x.text : ''));
	};

	it('cites the datasets as the Cite panel does, GB/T 7714 in Chinese and APA in English, naming the page and its permalink', async () => {
		expect(sources(await briefing())).toEqual([
			'[1] 北京大学数字金融研究中心课题组. 北京大学数字普惠金融指数（2011—2023 年）：数字普惠金融总指数，2023 年，四大区域（概览）[DB/OL]. [2026-12-07]. https://example.org/?v=1.'
		]);
		expect(sources(await briefing({ lang: 'en' }, 2011, 'analysis'))).toEqual([
			'Peking University Institute of Digital Finance. (n.d.). The Peking University Digital Financial Inclusion Index of China (PKU-DFIIC), 2011–2023: Digital financial inclusion index, 2023, four regions (Measuring the divide) [Data set]. Retrieved December 7, 2026, from https://example.org/?v=1'
		]);
	});

	it('gives the indicator source and the permalink where no dataset is cited', async () => {
		expect(sources(await briefing({}, 2011, 'overview', { references: [] }))).toEqual([
			findIndicator(manifest, 'pku_dfiic_index_aggregate')!.source_zh,
			'本简报的视图：https://example.org/?v=1'
		]);
	});

	it('cites the census behind a population-weighted Theil index from the overview too, and names the highlighted provinces', async () => {
		const cited = sources(await briefing({ weighting: 'population', select: [620000] }));
		expect(cited).toHaveLength(2);
		expect(cited[0]).toContain('四大区域，突出显示甘肃（概览）');
		expect(cited[1]).toMatch(
			/^\[2\] 国家统计局，国务院第七次全国人口普查领导小组办公室\. 第七次全国人口普查公报/
		);
	});

	it('appends a table of the region figures of the year', async () => {
		const table = (await briefing()).sections.at(-1)!.blocks[0]!;
		expect(table.kind === 'table' && table.rows[0]).toEqual([
			'东部',
			'10',
			'428.1',
			expect.any(String),
			'473.8'
		]);
		expect(table.kind === 'table' && table.columns).toEqual([
			'区域',
			'有数据省份',
			'平均值',
			'最小值',
			'最大值'
		]);
	});
});
