import { describe, expect, it } from 'vitest';
import type { ContextFigure } from '$lib/data/manifest';
import { contextValue, contextYear, groupContext, groupMagnitude } from '$lib/components/context-groups';
import { realDataset } from './support/real-data';

async function group(id: string) {
	const found = groupContext((await realDataset()).manifest.context).find((g) => g.id === id);
	if (!found) throw new Error(`no context group ${id}`);
	return found;
}

/** Every figure of a group as the panel writes it, with the group's one magnitude. */
const written = (lang: 'zh' | 'en', figures: readonly ContextFigure[]) =>
	figures.map((f) => contextValue(lang, f, groupMagnitude(lang, figures)));

describe('groupContext(figures)', () => {
	it('puts the figures of one measure together, keeping every figure, with its publisher', async () => {
		const { context } = (await realDataset()).manifest;
		const groups = groupContext(context);
		expect(groups.flatMap((g) => g.figures)).toHaveLength(context.length);
		const share = await group('fixed_broadband_100mbps_plus_share');
		expect(share.figures.map((f) => [f.scope_zh, f.scope_en, f.value])).toEqual([
			['东部', 'East', 74.8],
			['中部', 'Central', 74.9],
			['西部', 'West', 70.1],
			['东北', 'Northeast', 76.5]
		]);
		expect(share.dataset).toBe('miit_2019q1');
	});

	it('carries the national smart-service coverage of 58.59% (2021), the only published figure for it', async () => {
		const coverage = await group('smart_service_coverage');
		expect(coverage.figures.map((f) => [f.value, f.unit, f.year])).toEqual([[58.59, '%', '2021']]);
		expect(coverage.label_zh).toBe('政务服务智能化应用覆盖率（全国）');
		expect(written('zh', coverage.figures)).toEqual(['58.59%']);
	});
});

describe('contextValue(lang, figure, magnitude)', () => {
	it.each([
		[
			'900000000 persons as 超过 9 亿人 / over 900M people',
			'health_code_users',
			['超过 9 亿人'],
			['over 900M people']
		],
		[
			'subscribers published in 万户 as 万户 in Chinese and counted in English, every digit kept',
			'fixed_broadband_100mbps_plus_subscribers',
			['14,219 万户', '7,520 万户', '7,479 万户', '1,986 万户'],
			['142.19M subscribers', '75.2M subscribers', '74.79M subscribers', '19.86M subscribers']
		],
		[
			'mobile traffic published in 亿 GB as 亿 GB in Chinese and billions of GB in English',
			'mobile_internet_traffic',
			['1,295 亿 GB', '693.9 亿 GB', '867.3 亿 GB', '158.9 亿 GB'],
			['129.5B GB', '69.39B GB', '86.73B GB', '15.89B GB']
		]
	])('writes %s', async (_, id, zh, en) => {
		const figures = (await group(id)).figures;
		expect(written('zh', figures)).toEqual(zh);
		expect(written('en', figures)).toEqual(en);
	});

	it('writes no English in a Chinese figure and no Chinese in an English one', async () => {
		const { context } = (await realDataset()).manifest;
		for (const g of groupContext(context)) {
			for (const text of written('zh', g.figures)) expect(text).not.toMatch(/[a-zA-Z]{3,}/);
			for (const text of written('en', g.figures)) expect(text).not.toMatch(/[\u4e00-\u9fff]/);
		}
	});
});

describe('contextYear(lang, year)', () => {
	it('writes a span with a Chinese dash and 年 in Chinese, an en dash in English', () => {
		expect(contextYear('zh', '2018-2021')).toBe('2018—2021 年');
		expect(contextYear('en', '2018-2021')).toBe('2018–2021');
		expect(contextYear('zh', '2021')).toBe('2021 年');
	});
});
