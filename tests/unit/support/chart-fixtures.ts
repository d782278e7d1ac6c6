// Fixed rows for the chart snapshots: an excerpt of the real data, copied here so that a snapshot changes
// only when a chart draws differently, not when data/ or a query does. The Peking University Digital
// Financial Inclusion Index (pku_dfiic_index_aggregate, data/observations/pku_dfiic.csv), every province,
// 2011–2023, rounded to 2 decimals; names, regions and tiles as in data/provinces.csv and data/tile_grid.csv.
// The view every chart is drawn for: region4, the year 2020, Guangdong and the West selected.
import { csvParse } from 'd3';
import type { Province, RegionId } from '$lib/data/manifest';
import type { ProvinceValue } from '$lib/queries/province-values';
import type { RegionStat } from '$lib/queries/region-stats';
import type { Selection } from '$lib/state/view';
import { provinceIsSelected } from '$lib/state/selection';
import { summariseRegions } from '$lib/metrics/summarise-regions';

const TABLE = `adcode,name_zh,name_en,pinyin,region4,region3,tile_row,tile_col,2011,2012,2013,2014,2015,2016,2017,2018,2019,2020,2021,2022,2023
110000,北京,Beijing,beijing,east,east,1,5,79.41,150.65,215.62,235.36,276.38,286.37,329.94,368.54,399,417.88,445.44,452.83,463.63
120000,天津,Tianjin,tianjin,east,east,1,6,60.58,122.96,175.26,200.16,237.53,245.84,284.03,316.88,344.11,361.46,395.73,407.3,422.89
130000,河北,Hebei,hebei,east,east,2,5,32.42,89.32,144.98,160.76,199.53,214.36,258.17,282.77,305.06,322.7,352.44,360.65,376.11
140000,山西,Shanxi,shanxi,central,central,2,4,33.41,92.98,144.22,167.66,206.3,224.81,259.95,283.65,308.73,325.73,359.7,366.07,384.24
150000,内蒙古,Inner Mongolia,neimenggu,west,west,1,4,28.89,91.68,146.59,172.56,214.55,229.93,258.5,271.57,293.89,309.39,344.76,353.9,374.63
210000,辽宁,Liaoning,liaoning,northeast,east,2,7,43.29,103.53,160.07,187.61,226.4,231.41,267.18,290.95,311.01,326.29,357.23,365.25,379.66
220000,吉林,Jilin,jilin,northeast,central,1,7,24.51,87.23,138.36,165.62,208.2,217.07,254.76,276.08,292.77,308.26,339.41,343.67,359.8
230000,黑龙江,Heilongjiang,heilongjiang,northeast,central,0,7,33.58,87.91,141.4,167.8,209.93,221.89,256.78,274.73,292.87,306.08,341.14,347.59,362.37
310000,上海,Shanghai,shanghai,east,east,3,7,80.19,150.77,222.14,239.53,278.11,282.22,336.65,377.73,410.28,431.93,458.97,460.69,473.83
320000,江苏,Jiangsu,jiangsu,east,east,3,6,62.08,122.03,180.98,204.16,244.01,253.75,297.69,334.02,361.93,381.61,412.92,424.06,438.61
330000,浙江,Zhejiang,zhejiang,east,east,4,6,77.39,146.35,205.77,224.45,264.85,268.1,318.05,357.45,387.49,406.88,434.61,440.04,453.78
340000,安徽,Anhui,anhui,central,central,3,5,33.07,96.63,150.83,180.59,211.28,228.78,271.6,303.83,330.29,350.16,384.62,393.32,405.8
350000,福建,Fujian,fujian,east,east,5,6,61.76,123.21,183.1,202.59,245.21,252.67,299.28,334.44,360.51,380.13,410.31,420.75,430.45
360000,江西,Jiangxi,jiangxi,central,central,4,5,29.74,91.93,146.13,175.69,208.35,223.76,267.17,296.23,319.13,340.61,372.17,378.83,389.5
370000,山东,Shandong,shandong,east,east,2,6,38.55,100.35,159.3,181.88,220.66,232.57,272.06,301.13,327.36,347.81,380.68,390.38,404.79
410000,河南,Henan,henan,central,central,3,4,28.4,83.68,142.08,166.65,205.34,223.12,266.92,295.76,322.12,340.81,374.37,382.39,396.82
420000,湖北,Hubei,hubei,central,central,4,4,39.82,101.42,164.76,190.14,226.75,239.86,285.28,319.48,344.4,358.64,391.9,398.81,411.33
430000,湖南,Hunan,hunan,central,central,5,4,32.68,93.71,147.71,167.27,206.38,217.69,261.12,286.81,310.85,332.03,362.36,371.95,381.26
440000,广东,Guangdong,guangdong,east,east,5,5,69.48,127.06,184.78,201.53,240.95,248,296.17,331.92,360.61,379.53,406.53,416.36,426.48
450000,广西,Guangxi,guangxi,west,west,5,3,33.89,89.35,141.46,166.12,207.23,223.32,261.94,289.25,309.91,325.17,355.11,362.02,369.94
460000,海南,Hainan,hainan,east,east,6,4,45.56,102.94,158.26,179.62,230.33,231.56,275.64,309.72,328.75,344.05,375.35,382.28,390.82
500000,重庆,Chongqing,chongqing,west,west,3,3,41.89,100.02,159.86,184.71,221.84,233.89,276.31,301.53,325.47,344.76,373.22,382.23,395
510000,四川,Sichuan,sichuan,west,west,3,2,40.16,100.13,153.04,173.82,215.48,225.41,267.8,294.3,317.11,334.82,363.61,371.61,384.11
520000,贵州,Guizhou,guizhou,west,west,4,3,18.47,75.87,121.22,154.62,193.29,209.45,251.46,276.91,293.51,307.94,340.8,344.68,359.52
530000,云南,Yunnan,yunnan,west,west,4,2,24.91,84.43,137.9,164.05,203.76,217.34,256.27,285.79,303.46,318.48,346.93,354.71,366.84
540000,西藏,Tibet,xizang,west,west,3,0,16.22,68.53,115.1,143.91,186.38,204.73,245.57,274.33,293.79,310.53,342.1,334.69,356.3
610000,陕西,Shaanxi,shaanxi,west,west,2,3,40.96,98.24,148.37,178.73,216.12,229.37,266.85,295.95,322.89,342.04,374.16,381.29,398.06
620000,甘肃,Gansu,gansu,west,west,2,1,18.84,76.29,128.39,159.76,199.78,204.11,243.78,266.82,289.14,305.5,341.16,345.22,362.62
630000,青海,Qinghai,qinghai,west,west,3,1,18.33,61.47,118.01,145.93,195.15,200.38,240.2,263.12,282.65,298.23,329.89,329.75,351.08
640000,宁夏,Ningxia,ningxia,west,west,2,2,31.31,87.13,136.74,165.26,214.7,212.36,255.59,272.92,292.31,310.02,344.86,356.63,373.64
650000,新疆,Xinjiang,xinjiang,west,west,2,0,20.34,82.45,143.4,163.67,205.49,208.72,248.69,271.84,294.34,308.35,341.77,342.66,360.81`;

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2023;
export const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
export const UNITS = { unit_zh: '指数', unit_en: 'index' };
export const YEAR = 2020;
export const GUANGDONG = 440000;
export const GUIZHOU = 520000;
export const SELECT: Selection[] = [GUANGDONG, 'west'];
export const isSelected = (p: { adcode: number; region: RegionId }) => provinceIsSelected(SELECT, p);

const rows = csvParse(TABLE);

export const PROVINCES: Province[] = rows.map((d) => ({
	adcode: Number(d.adcode),
	name_zh: d.name_zh as string,
	name_en: d.name_en as string,
	pinyin: d.pinyin as string,
	region4: d.region4 as RegionId,
	region3: d.region3 as RegionId,
	tile_row: Number(d.tile_row),
	tile_col: Number(d.tile_col)
}));

/** Every province's value in `year` with its region4 and rank, as queryProvinceValues returns them (ties share a rank). */
export function provinceValues(year: number): ProvinceValue[] {
	const values = rows.map((d) => (d[year] ? Number(d[year]) : null));
	return PROVINCES.map(({ adcode, name_zh, name_en, region4 }, i) => {
		const value = values[i] ?? null;
		const rank = value === null ? null : 1 + values.filter((v) => v !== null && v > value).length;
		return { adcode, name_zh, name_en, region: region4, value, rank };
	}).sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.adcode - b.adcode);
}

/** Each region4 region's mean, least and greatest value in every year, as queryRegionStats returns them. */
export function regionStats(): RegionStat[] {
	const regions: RegionId[] = ['east', 'central', 'west', 'northeast'];
	return YEARS.flatMap((year) =>
		summariseRegions(provinceValues(year), regions).flatMap((f) =>
			f.mean === null || f.min === null || f.max === null
				? []
				: [{ year, region: f.region, provinces: f.provinces, mean: f.mean, min: f.min, max: f.max }]
		)
	);
}
