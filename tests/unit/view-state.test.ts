import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/data/manifest';
import { changeView, defaultView, parseView, sameView, serializeView } from '$lib/state/view';
import { toggleSelection } from '$lib/state/selection';
import { realDataset } from './support/real-data';

let manifest: Manifest;
beforeAll(async () => {
	manifest = (await realDataset()).manifest;
});

const parse = (query: string) => parseView(new URLSearchParams(query), manifest);

describe('parseView(params, manifest)', () => {
	it('gives the PKU aggregate index, its latest year, the NBS four regions and Chinese by default', () => {
		expect(parse('')).toEqual({
			view: {
				indicator: 'pku_dfiic_index_aggregate',
				year: 2023,
				scheme: 'region4',
				select: [],
				lang: 'zh',
				weighting: 'equal',
				from: null
			},
			notices: []
		});
	});

	it('reads every parameter of a valid link', () => {
		const { view, notices } = parse(
			'indicator=pku_dfiic_payment&year=2015&scheme=region3&select=west,620000&lang=en'
		);
		expect(notices).toEqual([]);
		expect(view).toEqual({
			indicator: 'pku_dfiic_payment',
			year: 2015,
			scheme: 'region3',
			select: ['west', 620000],
			lang: 'en',
			weighting: 'equal',
			from: null
		});
	});

	it('falls back to the default for an unknown indicator and says so', () => {
		const { view, notices } = parse("indicator=x'); DROP TABLE observations;--");
		expect(view.indicator).toBe('pku_dfiic_index_aggregate');
		expect(notices).toEqual([
			{ param: 'indicator', value: "x'); DROP TABLE observations;--", fallback: 'pku_dfiic_index_aggregate' }
		]);
	});

	it('falls back to the latest year for a year without data or a malformed year', () => {
		expect(parse('indicator=pku_dfiic_investment&year=2012').view.year).toBe(2023);
		expect(parse('year=20x9').notices).toEqual([{ param: 'year', value: '20x9', fallback: '2023' }]);
		expect(parse('indicator=cps_online_service_index&year=2023').view.year).toBe(2020);
	});

	it('drops selections that are not a known region of the scheme or province adcode', () => {
		const { view, notices } = parse('scheme=region3&select=northeast,999999,<b>x</b>,330000');
		expect(view.select).toEqual([330000]);
		expect(notices.map((n) => n.value)).toEqual(['northeast', '999999', '<b>x</b>']);
	});

	it('rejects an unknown scheme and language', () => {
		const { view, notices } = parse('scheme=region7&lang=fr');
		expect(view.scheme).toBe('region4');
		expect(view.lang).toBe('zh');
		expect(notices.map((n) => n.param).sort()).toEqual(['lang', 'scheme']);
	});
});

describe('serializeView(view)', () => {
	it('round-trips through parseView, so a copied link reproduces the view', () => {
		const view = {
			indicator: 'pku_dfiic_credit',
			year: 2016,
			scheme: 'region3' as const,
			select: ['east' as const, 520000],
			lang: 'en' as const,
			weighting: 'population' as const,
			from: 2012
		};
		expect(serializeView(view)).toBe(
			'?v=1&indicator=pku_dfiic_credit&year=2016&scheme=region3&select=east,520000&lang=en&weighting=population&from=2012'
		);
		expect(parse(serializeView(view).slice(1)).view).toEqual(view);
	});
});

describe('sameView(a, b)', () => {
	it('holds for two views with the same link, and fails as soon as one parameter differs', () => {
		const view = defaultView(manifest);
		expect(sameView(view, { ...view, select: [] })).toBe(true);
		expect(sameView(view, { ...view, year: 2015 })).toBe(false);
		expect(sameView({ ...view, select: [620000, 'west'] }, { ...view, select: ['west', 620000] })).toBe(
			false
		);
	});
});

describe('toggleSelection(select, item)', () => {
	it('takes a selected province or region out, keeping the order of the rest', () => {
		expect(toggleSelection([620000, 'west', 330000], 'west')).toEqual([620000, 330000]);
		expect(toggleSelection([620000], 620000)).toEqual([]);
	});

	it('adds one not selected at the end', () => {
		expect(toggleSelection(['east'], 620000)).toEqual(['east', 620000]);
	});
});

describe('changeView(view, change, manifest)', () => {
	it('moves to the new indicator’s latest year when the current year has no data for it', () => {
		const next = changeView(defaultView(manifest), { indicator: 'pku_dfiic_monetary_fund' }, manifest);
		expect(next.year).toBe(2018);
	});
	it('keeps the year when the new indicator has data for it', () => {
		const start = { ...defaultView(manifest), year: 2016 };
		expect(changeView(start, { indicator: 'pku_dfiic_monetary_fund' }, manifest).year).toBe(2016);
	});
	it('drops a selected region that the new scheme does not have', () => {
		const start = { ...defaultView(manifest), select: ['northeast' as const, 210000] };
		expect(changeView(start, { scheme: 'region3' }, manifest).select).toEqual([210000]);
	});
});

describe('the analysis parameters', () => {
	it('reads the weighting and the start year of a comparison', () => {
		expect(parse('weighting=population&from=2013').view).toMatchObject({
			weighting: 'population',
			from: 2013
		});
	});
	it('rejects an unknown weighting and a start year without data, with notices', () => {
		const { view, notices } = parse('indicator=pku_dfiic_investment&weighting=gdp&from=2011');
		expect(view).toMatchObject({ weighting: 'equal', from: null });
		expect(notices).toEqual([
			{ param: 'weighting', value: 'gdp', fallback: 'equal' },
			{ param: 'from', value: '2011', fallback: '2014' }
		]);
	});
	it('resets the start year when the new indicator has no data for it', () => {
		const start = { ...defaultView(manifest), from: 2011 };
		expect(changeView(start, { indicator: 'pku_dfiic_investment' }, manifest).from).toBeNull();
		expect(changeView(start, { indicator: 'pku_dfiic_payment' }, manifest).from).toBe(2011);
	});
});

describe('the URL schema version', () => {
	it('writes v=1 into every link', () => {
		expect(serializeView(defaultView(manifest)).startsWith('?v=1&')).toBe(true);
	});
	it('reads a link without a version (older than versioning) as version 1', () => {
		expect(parse('indicator=pku_dfiic_payment&year=2015')).toMatchObject({
			view: { indicator: 'pku_dfiic_payment', year: 2015 },
			notices: []
		});
	});
	it('tells the reader when a link comes from an unknown version, and still reads what it can', () => {
		const { view, notices } = parse('v=9&indicator=pku_dfiic_payment');
		expect(view.indicator).toBe('pku_dfiic_payment');
		expect(notices).toEqual([{ param: 'v', value: '9', fallback: '1' }]);
	});
});
