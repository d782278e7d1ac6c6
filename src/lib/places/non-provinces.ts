// Places that tables carry beside the 31 provinces but that are not among them: national totals, the
// regions, the Xinjiang Production and Construction Corps (not a province), Hong Kong, Macao and Taiwan.
// They are recognised and reported as what they are, never matched to a province.
import type { RegionId } from '$lib/data/manifest';

export type NonProvince =
	| { kind: 'national' }
	| { kind: 'region'; region: RegionId }
	| { kind: 'xpcc' }
	| { kind: 'hong_kong' }
	| { kind: 'macao' }
	| { kind: 'taiwan' };

const NATIONAL = ['全国', '全国合计', '全国总计', '全国平均', '合计', '总计', '平均', '中国'];

/** Names of each region (NBS): Chinese, English, pinyin. 东部地区 and the like are cut by suffixes. */
export const REGION_NAMES: Readonly<Record<RegionId, readonly string[]>> = {
	east: ['东部', 'East', 'Dongbu'],
	central: ['中部', 'Central', 'Zhongbu'],
	west: ['西部', 'West', 'Xibu'],
	northeast: ['东北', 'Northeast', 'Dongbei']
};

/** Each non-province with its names; 特别行政区, 省 and SAR are cut by suffixes. */
export const NON_PROVINCES: readonly { place: NonProvince; names: readonly string[] }[] = [
	{
		place: { kind: 'national' },
		names: [...NATIONAL, 'China', 'national', 'nationwide', 'total', 'average']
	},
	...Object.entries(REGION_NAMES).map(([region, names]) => ({
		place: { kind: 'region', region: region as RegionId } as const,
		names
	})),
	{ place: { kind: 'xpcc' }, names: ['新疆生产建设兵团', '兵团', 'XPCC'] },
	{ place: { kind: 'hong_kong' }, names: ['香港', 'Hong Kong'] },
	{ place: { kind: 'macao' }, names: ['澳门', 'Macao', 'Macau'] },
	{ place: { kind: 'taiwan' }, names: ['台湾', 'Taiwan'] }
];
