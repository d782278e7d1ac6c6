import { describe, expect, it } from 'vitest';
import { groupContext } from '$lib/components/context-groups';
import { realDataset } from './support/real-data';

describe('groupContext(figures)', () => {
	it('puts the figures of one measure together, keeping every figure and source', async () => {
		const { context } = (await realDataset()).manifest;
		const groups = groupContext(context);
		expect(groups.flatMap((g) => g.figures)).toHaveLength(context.length);
		const share = groups.find((g) => g.id === 'fixed_broadband_100mbps_plus_share');
		expect(share?.figures.map((f) => [f.scope, f.value])).toEqual([
			['东部地区 East (4-region)', 74.8],
			['中部地区 Central (4-region)', 74.9],
			['西部地区 West (4-region)', 70.1],
			['东北地区 Northeast (4-region)', 76.5]
		]);
		expect(share?.sources).toEqual(['http://my67778.com/news/chanye/20190505/1612131145735_4.shtml']);
	});

	it('carries the national smart-service coverage of 58.59% (2021), the only published figure for it', async () => {
		const groups = groupContext((await realDataset()).manifest.context);
		const coverage = groups.find((g) => g.id === 'smart_service_coverage');
		expect(coverage?.figures.map((f) => [f.value, f.unit, f.year])).toEqual([[58.59, '%', '2021']]);
		expect(coverage?.label_zh).toBe('政务服务智能化应用覆盖率（全国）');
	});
});
