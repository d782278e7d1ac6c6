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
				weights: 'queen',
				from: null,
				x: 'cps_online_service_index',
				y: 'pku_dfiic_index_aggregate',
				scale: 'linear',
				composite: null
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
			weights: 'queen',
			from: null,
			x: 'cps_online_service_index',
			y: 'pku_dfiic_index_aggregate',
			scale: 'linear',
			composite: null
		});
	});

	it('falls back to the default for an unknown indicator and says so', () => {
		const { view, notices } = parse("indicator=x'); DROP TABLE observations;--");
		expect(view.indicator).toBe('pku_dfiic_index_aggregate');
		expect(notices).toEqual([
			{
				param: 'indicator',
				values: ["x'); DROP TABLE observations;--"],
				rejected: 1,
				given: 1,
				fallback: 'pku_dfiic_index_aggregate'
			}
		]);
	});

	it('falls back to the latest year for a year without data or a malformed year', () => {
		expect(parse('indicator=pku_dfiic_investment&year=2012').view.year).toBe(2023);
		expect(parse('year=20x9').notices).toEqual([
			{ param: 'year', values: ['20x9'], rejected: 1, given: 1, fallback: '2023' }
		]);
		expect(parse('indicator=cps_online_service_index&year=2023').view.year).toBe(2020);
	});

	it('drops selections that are not a known region of the scheme or province adcode, in one notice', () => {
		const { view, notices } = parse('scheme=region3&select=northeast,999999,<b>x</b>,330000');
		expect(view.select).toEqual([330000]);
		expect(notices).toEqual([
			{ param: 'select', values: ['northeast', '999999', '<b>x</b>'], rejected: 3, given: 1, fallback: '' }
		]);
	});

	it('rejects an unknown scheme and language', () => {
		const { view, notices } = parse('scheme=region7&lang=fr');
		expect(view.scheme).toBe('region4');
		expect(view.lang).toBe('zh');
		expect(notices.map((n) => n.param).sort()).toEqual(['lang', 'scheme']);
	});

	it('takes weights=queen or knn4 and falls back to queen with a notice otherwise', () => {
		expect(parse('weights=knn4').view.weights).toBe('knn4');
		expect(parse('').view.weights).toBe('queen');
		const { view, notices } = parse('weights=rook');
		expect(view.weights).toBe('queen');
		expect(notices).toEqual([
			{ param: 'weights', values: ['rook'], rejected: 1, given: 1, fallback: 'queen' }
		]);
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
			weights: 'knn4' as const,
			from: 2012,
			x: 'pku_dfiic_payment',
			y: 'pku_dfiic_credit',
			scale: 'log' as const,
			composite: null
		};
		expect(serializeView(view)).toBe(
			'?v=1&indicator=pku_dfiic_credit&year=2016&scheme=region3&select=east,520000&lang=en&weighting=population&weights=knn4&from=2012&x=pku_dfiic_payment&y=pku_dfiic_credit&scale=log'
		);
		expect(parse(serializeView(view).slice(1)).view).toEqual(view);
	});
});

describe('defaultView(manifest)', () => {
	it("is the aggregate index's latest year, and on /relate the CPS index against the aggregate index", () => {
		const view = defaultView(manifest);
		expect([view.indicator, view.year, view.x, view.y]).toEqual([
			'pku_dfiic_index_aggregate',
			2023,
			'cps_online_service_index',
			'pku_dfiic_index_aggregate'
		]);
	});

	it('puts another indicator on x where the data have no CPS index (the bench’s synthetic panel)', () => {
		const indicators = manifest.indicators.filter((d) => d.id !== 'cps_online_service_index');
		const view = defaultView({ ...manifest, indicators });
		expect(view.x).toBe(indicators.find((d) => d.id !== 'pku_dfiic_index_aggregate')!.id);
		expect(view.y).toBe('pku_dfiic_index_aggregate');
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
			{ param: 'weighting', values: ['gdp'], rejected: 1, given: 1, fallback: 'equal' },
			{ param: 'from', values: ['2011'], rejected: 1, given: 1, fallback: '2014' }
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
		expect(notices).toEqual([{ param: 'v', values: ['9'], rejected: 1, given: 1, fallback: '1' }]);
	});
});

describe('hostile links', () => {
	const ADCODES = () => manifest.provinces.map((p) => String(p.adcode));

	it('gathers every rejected entry of a selection into one notice that counts them and keeps the first three', () => {
		const tokens = Array.from({ length: 10_000 }, (_, i) => `x${i}`);
		const { view, notices } = parse(`select=${['620000', ...tokens, 'west'].join(',')}`);
		expect(view.select).toEqual([620000, 'west']);
		expect(notices).toEqual([
			{ param: 'select', values: ['x0', 'x1', 'x2'], rejected: 10_000, given: 1, fallback: '' }
		]);
	});

	it('keeps at most one of each region and province, however many entries a selection lists', () => {
		const all = [...ADCODES(), 'east', 'central', 'west', 'northeast'];
		const entries = Array.from({ length: 10_000 }, (_, i) => all[i % all.length]);
		const { view, notices } = parse(`select=${entries.join(',')}`);
		expect(view.select).toHaveLength(35);
		expect(new Set(view.select).size).toBe(35);
		expect(notices).toEqual([]);
	});

	it('reads a parameter given more than once from its first occurrence, with one notice counting them', () => {
		const query = Array.from({ length: 500 }, (_, i) => `year=${2011 + (i % 13)}`).join('&');
		const { view, notices } = parse(`${query}&year=2019`);
		expect(view.year).toBe(2011);
		expect(notices).toEqual([{ param: 'year', values: [], rejected: 0, given: 501, fallback: '' }]);
	});

	it('gives one notice for a repeated parameter whose first value is also rejected', () => {
		const { view, notices } = parse('lang=fr&lang=en&select=999999,east&select=west');
		expect(view).toMatchObject({ lang: 'zh', select: ['east'] });
		expect(notices).toEqual([
			{ param: 'lang', values: ['fr'], rejected: 1, given: 2, fallback: 'zh' },
			{ param: 'select', values: ['999999'], rejected: 1, given: 2, fallback: '' }
		]);
	});

	it('treats an empty value as not given: the default, and no notice', () => {
		const { view, notices } = parse('v=&lang=&indicator=&scheme=&year=&weighting=&from=&select=,,&year');
		expect(view).toEqual(defaultView(manifest));
		expect(notices).toEqual([]);
	});

	it('ignores parameters outside the schema, prototype keys included, and pollutes no prototype', () => {
		const { view, notices } = parse(
			'__proto__=x&constructor=y&prototype=z&__proto__[polluted]=1&toString=1&utm_source=wechat&year=2019'
		);
		expect(view).toEqual({ ...defaultView(manifest), year: 2019 });
		expect(notices).toEqual([]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('rejects prototype keys as values of the schema', () => {
		const { view, notices } = parse('indicator=__proto__&scheme=constructor&lang=toString&select=prototype');
		expect(view).toEqual(defaultView(manifest));
		expect(notices.map((n) => [n.param, n.values])).toEqual([
			['lang', ['toString']],
			['indicator', ['__proto__']],
			['scheme', ['constructor']],
			['select', ['prototype']]
		]);
	});

	it('rejects values that only look valid: padded, zero-width, full-width digits, another case', () => {
		for (const query of [
			'year= 2019',
			'year=2019\u200b',
			'year=２０１９',
			'lang=EN',
			'scheme=Region4',
			'select=\u202eeast'
		]) {
			const { view, notices } = parse(query);
			expect(view).toEqual(defaultView(manifest));
			expect(notices).toHaveLength(1);
		}
	});

	it('keeps a 100 KB value whole in its notice (the notice shortens it) and out of the share link', () => {
		const huge = 'A'.repeat(100_000);
		const { view, notices } = parse(`indicator=${huge}&year=${huge}&select=${huge}`);
		expect(notices.map((n) => [n.param, n.values[0]?.length])).toEqual([
			['indicator', 100_000],
			['year', 100_000],
			['select', 100_000]
		]);
		expect(serializeView(view)).toBe(serializeView(defaultView(manifest)));
	});
});
