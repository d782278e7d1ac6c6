import { beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, Manifest } from '$lib/data/manifest';
import {
	compositeId,
	DEFAULT_COMPOSITE,
	formatComposite,
	parseComposite,
	parseWeight
} from '$lib/state/composite-definition';
import { commonYears, derivedIndicator, fileId, perCapitaId, yearSpans } from '$lib/state/derived-indicators';
import { changeView, derivedIds, parseView, perCapitaChange, sameView, serializeView } from '$lib/state/view';
import { realDataset } from './support/real-data';

let manifest: Manifest;
/** The bundled manifest plus an imported total (a count) and an imported share, as an import adds them. */
let withImports: Manifest;

const imported = (id: string, total: boolean): Indicator => ({
	id,
	dataset: 'imported',
	name_zh: id,
	name_en: id,
	unit_zh: '个',
	unit_en: 'count',
	higher_is_better: true,
	total,
	source_zh: '导入：x.csv',
	source_en: 'Imported: x.csv',
	source_urls: [],
	years: [
		{ year: 2019, provinces: 31 },
		{ year: 2020, provinces: 30 }
	]
});

beforeAll(async () => {
	manifest = (await realDataset()).manifest;
	withImports = {
		...manifest,
		indicators: [...manifest.indicators, imported('imported_sites', true), imported('imported_share', false)]
	};
});

const THREE = 'entropy:pku_dfiic_coverage_breadth,pku_dfiic_usage_depth,pku_dfiic_digitization_level';

describe('parseComposite(text, manifest)', () => {
	it('reads a method and its components, a leading minus marking lower-is-better', () => {
		expect(parseComposite('equal:pku_dfiic_payment,-pku_dfiic_credit', manifest)).toEqual({
			ok: true,
			definition: {
				method: 'equal',
				components: [
					{ id: 'pku_dfiic_payment', higher_is_better: true, weight: null },
					{ id: 'pku_dfiic_credit', higher_is_better: false, weight: null }
				]
			}
		});
	});

	it('reads custom weights as given, and writes them back in the same form', () => {
		const parsed = parseComposite('custom:pku_dfiic_payment*0.5,pku_dfiic_credit*0.25', manifest);
		expect(parsed.ok && parsed.definition.components.map((c) => c.weight)).toEqual([0.5, 0.25]);
		expect(parsed.ok && formatComposite(parsed.definition)).toBe(
			'custom:pku_dfiic_payment*0.5,pku_dfiic_credit*0.25'
		);
	});

	it('writes a tiny weight as a decimal that it reads back, never in exponent form', () => {
		const definition = {
			method: 'custom' as const,
			components: [
				{ id: 'pku_dfiic_payment', higher_is_better: true, weight: 0.000000001 },
				{ id: 'pku_dfiic_credit', higher_is_better: true, weight: 2 }
			]
		};
		const text = formatComposite(definition);
		expect(text).toBe('custom:pku_dfiic_payment*0.000000001,pku_dfiic_credit*2');
		expect(parseComposite(text, manifest)).toEqual({ ok: true, definition });
	});

	it.each([
		['entropy', 'syntax', 'entropy'],
		['median:pku_dfiic_payment,pku_dfiic_credit', 'method', 'median'],
		['equal:pku_dfiic_payment,gdp', 'unknown', 'gdp'],
		['equal:pku_dfiic_payment,-pku_dfiic_payment', 'repeated', 'pku_dfiic_payment'],
		['equal:pku_dfiic_payment', 'too_few', '1'],
		['custom:pku_dfiic_payment*0,pku_dfiic_credit*1', 'weight', 'pku_dfiic_payment*0'],
		['custom:pku_dfiic_payment*-1,pku_dfiic_credit*1', 'weight', 'pku_dfiic_payment*-1'],
		['custom:pku_dfiic_payment*1e3,pku_dfiic_credit*1', 'weight', 'pku_dfiic_payment*1e3'],
		['custom:pku_dfiic_payment*1,pku_dfiic_credit', 'unweighted', 'pku_dfiic_credit'],
		["equal:pku_dfiic_payment,x');DROP TABLE observations;--", 'syntax', "x');DROP TABLE observations;--"],
		[`equal:${Array(13).fill('pku_dfiic_payment').join(',')}`, 'too_many', '13']
	])('refuses %s: %s', (text, reason, item) => {
		expect(parseComposite(text, manifest)).toEqual({ ok: false, problem: { reason, item } });
	});

	it('takes imported indicators as components, and never a derived one', () => {
		expect(parseComposite('equal:imported_sites,pku_dfiic_payment', withImports).ok).toBe(true);
		expect(parseComposite('equal:composite,pku_dfiic_payment', withImports)).toMatchObject({
			problem: { reason: 'unknown' }
		});
	});

	it('parseWeight(text) takes positive decimals only', () => {
		expect([' 0.5 ', '3', '.25', '0', '-1', '1e3', 'abc', ''].map(parseWeight)).toEqual([
			0.5,
			3,
			0.25,
			null,
			null,
			null,
			null,
			null
		]);
	});
});

describe('derivedIndicator(manifest, id)', () => {
	it('names a composite after its method and components, marking the reversed ones', () => {
		const parsed = parseComposite('entropy:pku_dfiic_payment,-pku_dfiic_credit', manifest);
		const indicator = derivedIndicator(
			manifest,
			compositeId(parsed.ok ? parsed.definition : DEFAULT_COMPOSITE)
		)!;
		expect(indicator.name_zh).toBe('合成指数（熵值法）：数字普惠金融·支付、数字普惠金融·信贷（逆向）');
		expect(indicator.name_en).toBe(
			'Composite index (entropy weights): Digital financial inclusion: payment, Digital financial inclusion: credit (reversed)'
		);
		expect(indicator.dataset).toBe('composite');
		expect(indicator.unit_en).toBe('index (0–100)');
	});

	it('gives a composite the years all its components have, and says which component shortens it', () => {
		const indicator = derivedIndicator(
			manifest,
			'composite:equal:pku_dfiic_monetary_fund,pku_dfiic_payment'
		)!;
		expect(indicator.years.map((y) => y.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018]);
		expect(indicator.years.every((y) => y.provinces === 31)).toBe(true);
		expect(indicator.note_en).toBe(
			'“Digital financial inclusion: monetary funds” has data only for 2013–2018: the index covers 2013–2018 only'
		);
		expect(indicator.note_zh).toBe('“数字普惠金融·货币基金”只有 2013–2018 年的数据：指数只覆盖 2013–2018 年');
		// Components with the same years: nothing to say.
		expect(derivedIndicator(manifest, `composite:${THREE}`)!.note_en).toBeUndefined();
	});

	it('cites every component’s publisher once', () => {
		const indicator = derivedIndicator(
			manifest,
			'composite:equal:pku_dfiic_payment,pku_dfiic_credit,cps_online_service_index'
		)!;
		expect(indicator.source_en.split('; ')).toHaveLength(2);
		expect(indicator.years).toEqual([
			{ year: 2019, provinces: 31 },
			{ year: 2020, provinces: 1 }
		]);
	});

	it('knows a composite only by its canonical id', () => {
		expect(derivedIndicator(manifest, 'composite:equal:pku_dfiic_payment,pku_dfiic_credit')).toBeDefined();
		expect(derivedIndicator(manifest, 'composite:equal:pku_dfiic_payment,pku_dfiic_credit,')).toBeUndefined();
		expect(
			derivedIndicator(manifest, 'composite:custom:pku_dfiic_payment*0.50,pku_dfiic_credit*1')
		).toBeUndefined();
	});

	it('divides only a total per capita, naming the census it divides by', () => {
		const indicator = derivedIndicator(withImports, perCapitaId('imported_sites'))!;
		expect(indicator.name_zh).toBe('imported_sites（每万人）');
		expect(indicator.unit_en).toBe('count per 10,000 residents');
		expect(indicator.source_zh).toContain('第七次全国人口普查公报');
		expect(indicator.total).toBe(false);
		expect(indicator.years).toEqual(withImports.indicators.at(-2)!.years);
		expect(derivedIndicator(withImports, perCapitaId('imported_share'))).toBeUndefined();
		expect(derivedIndicator(withImports, perCapitaId('pku_dfiic_payment'))).toBeUndefined();
	});

	it('builds each id once per manifest', () => {
		const id = `composite:${THREE}`;
		expect(derivedIndicator(manifest, id)).toBe(derivedIndicator(manifest, id));
	});
});

describe('derived helpers', () => {
	it('yearSpans writes runs of years', () => {
		expect(yearSpans([2011, 2013, 2014, 2015, 2018])).toBe('2011, 2013–2015, 2018');
		expect(yearSpans([])).toBe('');
	});

	it('commonYears keeps the years every indicator has, with the fewest provinces', () => {
		expect(
			commonYears([imported('a', true), { ...imported('b', true), years: [{ year: 2020, provinces: 29 }] }])
		).toEqual([{ year: 2020, provinces: 29 }]);
	});

	it('fileId says per capita, and names a composite short and distinctly', () => {
		expect(fileId('percapita:imported_sites')).toBe('imported_sites_per-10000-residents');
		const a = fileId(`composite:${THREE}`);
		expect(a).toMatch(/^composite-entropy-[0-9a-f]{8}$/);
		expect(fileId(`composite:${THREE.replace('entropy', 'equal')}`)).not.toBe(a.replace('entropy', 'equal'));
		expect(fileId('pku_dfiic_payment')).toBe('pku_dfiic_payment');
	});
});

describe('the URL of derived indicators', () => {
	const parse = (query: string, m = manifest) => parseView(new URLSearchParams(query), m);

	it('reads indicator=composite as the link’s composite, and writes it back', () => {
		const { view, notices } = parse(`indicator=composite&composite=${THREE}&year=2015`);
		expect(notices).toEqual([]);
		expect(view.indicator).toBe(`composite:${THREE}`);
		expect(view.composite?.components).toHaveLength(3);
		expect(serializeView(view)).toBe(`?v=1&indicator=composite&year=2015&scheme=region4&composite=${THREE}`);
		expect(derivedIds(view)).toEqual([`composite:${THREE}`]);
	});

	it('refuses a composite with a stated problem, and indicator=composite then falls back', () => {
		const { view, notices } = parse('indicator=composite&composite=equal:pku_dfiic_payment');
		expect(view.indicator).toBe('pku_dfiic_index_aggregate');
		expect(view.composite).toBeNull();
		expect(notices.map((n) => [n.param, n.problem?.reason ?? null])).toEqual([
			['composite', 'too_few'],
			['indicator', null]
		]);
	});

	it('refuses a composite whose components share no year', () => {
		const { notices } = parse('composite=equal:pku_dfiic_monetary_fund,cps_online_service_index');
		expect(notices[0]?.problem).toEqual({ reason: 'no_common_year', item: '' });
	});

	it('never takes a derived id in its internal form from a link', () => {
		const { view, notices } = parse(`indicator=composite:${THREE}&x=percapita:imported_sites`, withImports);
		expect(view.indicator).toBe('pku_dfiic_index_aggregate');
		expect(view.x).toBe('cps_online_service_index');
		expect(notices.map((n) => n.param)).toEqual(['indicator', 'x']);
	});

	it('shows totals per capita with per=capita, and says when nothing shown is a total', () => {
		const divided = parse('indicator=imported_sites&per=capita&year=2020', withImports);
		expect(divided.view.indicator).toBe('percapita:imported_sites');
		expect(divided.notices).toEqual([]);
		expect(serializeView(divided.view)).toBe(
			'?v=1&indicator=imported_sites&year=2020&scheme=region4&per=capita'
		);
		const index = parse('indicator=pku_dfiic_payment&per=capita');
		expect(index.view.indicator).toBe('pku_dfiic_payment');
		expect(index.notices.map((n) => [n.param, n.values])).toEqual([['per', ['capita']]]);
		expect(parse('per=person').notices.map((n) => n.param)).toEqual(['per']);
	});

	it('reads relate’s axes and scale, refusing y equal to x', () => {
		const { view } = parse('x=pku_dfiic_payment&y=pku_dfiic_credit&scale=log');
		expect([view.x, view.y, view.scale]).toEqual(['pku_dfiic_payment', 'pku_dfiic_credit', 'log']);
		expect(serializeView(view)).toContain('&x=pku_dfiic_payment&y=pku_dfiic_credit&scale=log');
		const same = parse('x=pku_dfiic_payment&y=pku_dfiic_payment&scale=cubic');
		expect(same.view.y).toBe('pku_dfiic_index_aggregate');
		expect(same.notices.map((n) => [n.param, n.fallback])).toEqual([
			['y', 'pku_dfiic_index_aggregate'],
			['scale', 'linear']
		]);
	});

	it('checks the year against both axes on /relate, falling back to the latest with a correlation', () => {
		const params = new URLSearchParams('x=cps_online_service_index&y=pku_dfiic_payment&year=2015');
		const relate = parseView(params, manifest, 'axes');
		// 2020 is shared too, but only Anhui has a 2020 score: no correlation of one province.
		expect(relate.view.year).toBe(2019);
		expect(relate.notices.map((n) => [n.param, n.fallback])).toEqual([['year', '2019']]);
		expect(parseView(new URLSearchParams('year=2020'), manifest, 'axes').view.year).toBe(2020);
		expect(parseView(new URLSearchParams(''), manifest, 'axes').view.year).toBe(2019);
		expect(parseView(params, manifest).view.year).toBe(2015);
	});

	it('a new composite replaces the old one wherever the view shows it, and the year stays valid', () => {
		const { view } = parse(`indicator=composite&x=composite&composite=${THREE}&year=2011`);
		const next = changeView(
			view,
			{
				composite: {
					method: 'equal',
					components: ['pku_dfiic_monetary_fund', 'pku_dfiic_payment'].map((id) => ({
						id,
						higher_is_better: true,
						weight: null
					}))
				}
			},
			manifest
		);
		expect(next.indicator).toBe('composite:equal:pku_dfiic_monetary_fund,pku_dfiic_payment');
		expect(next.x).toBe(next.indicator);
		expect(next.year).toBe(2018);
	});

	it('writes the composite a view shows into its link even when the view defines none', () => {
		const view = { ...parse('').view, indicator: `composite:${THREE}` };
		expect(serializeView(view)).toBe(`?v=1&indicator=composite&year=2023&scheme=region4&composite=${THREE}`);
		const other = { ...view, indicator: `composite:${THREE.replace('entropy', 'equal')}` };
		expect(sameView(view, other)).toBe(false);
		// A view part-way between two composites (the new definition, the old id) is neither.
		const blend = {
			...view,
			composite: parseView(new URLSearchParams(`composite=${THREE}`), manifest).view.composite
		};
		const final = { ...blend, indicator: `composite:${THREE}` };
		expect(sameView({ ...blend, indicator: other.indicator }, final)).toBe(false);
	});

	it('perCapitaChange switches every total of the view, and only totals', () => {
		const { view } = parse('indicator=imported_sites&x=imported_share&y=pku_dfiic_payment', withImports);
		expect(perCapitaChange(view, withImports, true)).toEqual({
			indicator: 'percapita:imported_sites',
			x: 'imported_share',
			y: 'pku_dfiic_payment'
		});
		expect(
			perCapitaChange({ ...view, indicator: 'percapita:imported_sites' }, withImports, false).indicator
		).toBe('imported_sites');
	});
});
