import { describe, expect, it } from 'vitest';
import { disputedNote } from '$lib/charts/disputed';
import { realDataset } from './support/real-data';

describe('disputedNote(disputed, view, provinces)', () => {
	it('names the province, the other value and its rank, and points to About the data instead of the page it came from', async () => {
		const { disputed, provinces } = (await realDataset()).manifest;
		const view = { indicator: 'cps_online_service_index', year: 2019 } as const;
		const zh = disputedNote(disputed, { ...view, lang: 'zh' }, provinces);
		expect(zh).toBe('另一来源对以下数值有不同说法：湖北 88.04（第 7 名）（见数据来源说明）');
		const en = disputedNote(disputed, { ...view, lang: 'en' }, provinces);
		expect(en).toBe('Another source gives different figures: Hubei 88.04 (#7) (see About the data)');
		expect(disputedNote(disputed, { ...view, year: 2020, lang: 'zh' }, provinces)).toBe('');
	});
});
