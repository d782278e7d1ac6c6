// A seeded generator of hostile query strings for every page: what a mistyped, mangled or malicious link
// can hold. Each link is built from parts whose verdict is known by construction (a valid value, one the
// page must reject, or a parameter outside the schema it must ignore), so the notices a page must show
// follow from the parts, not from the parser under test.
import { URL_PARAMS, type UrlParam } from '../../../src/lib/state/url-params';

export const PAGES = ['', 'analysis/', 'compare/', 'methods/', 'import/', 'about-data/'] as const;
export type PagePath = (typeof PAGES)[number];

export const CATEGORIES = [
	'sql',
	'markup',
	'huge-value',
	'repeated',
	'percent-escape',
	'invisible',
	'prototype',
	'huge-selection',
	'unknown-param',
	'empty',
	'mixed'
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface HostileUrl {
	category: Category;
	/** The page, relative to the site's root. */
	page: PagePath;
	/** The query string as it goes into the address bar, from `?`. */
	query: string;
	/** The schema parameters that must get a notice (in URL_PARAMS order): one value rejected, or given twice. */
	notices: UrlParam[];
	/** How many distinct regions and provinces the link validly selects. */
	selected: number;
}

/** What markup payloads try: set this global or create an element with this id. */
export const PWNED_GLOBAL = '__pwned';
export const PWNED_ID = 'fuzz-pwned';
/** What prototype-pollution keys try to set on Object.prototype. */
export const POLLUTED_KEY = 'polluted';

const ADCODES = [
	110000, 120000, 130000, 140000, 150000, 210000, 220000, 230000, 310000, 320000, 330000, 340000, 350000,
	360000, 370000, 410000, 420000, 430000, 440000, 450000, 460000, 500000, 510000, 520000, 530000, 540000,
	610000, 620000, 630000, 640000, 650000
].map(String);
const YEARS = Array.from({ length: 13 }, (_, i) => String(2011 + i));
/** Values every page accepts whatever else the link says (northeast is left out: not a region of region3). */
const VALID: Record<UrlParam, readonly string[]> = {
	v: ['1'],
	lang: ['zh', 'en'],
	// Indicators with every year 2011–2023, so any valid year or start year stays valid.
	indicator: ['pku_dfiic_index_aggregate', 'pku_dfiic_payment', 'pku_dfiic_credit', 'pku_dfiic_usage_depth'],
	scheme: ['region4', 'region3'],
	year: YEARS,
	weighting: ['equal', 'population'],
	weights: ['queen', 'knn4'],
	from: YEARS,
	select: ['east', 'central', 'west', ...ADCODES],
	// Disjoint lists: x and y never name the same indicator (y would then be refused).
	x: ['pku_dfiic_payment', 'pku_dfiic_credit'],
	y: ['pku_dfiic_usage_depth', 'pku_dfiic_index_aggregate'],
	scale: ['linear', 'log'],
	composite: [
		'entropy:pku_dfiic_coverage_breadth,pku_dfiic_usage_depth,pku_dfiic_digitization_level',
		'custom:pku_dfiic_payment*0.5,-pku_dfiic_credit*0.25'
	],
	// Refused (with a notice) unless an imported total is shown: none is in these links.
	per: ['capita']
};

// No payload holds a comma: in `select` it would split into entries, each of which must still be rejected.
const SQL = [
	"'; DROP TABLE observations; --",
	'1 OR 1=1',
	'2023) UNION SELECT * FROM provinces --',
	"2019' OR '1'='1",
	"x'); DELETE FROM observations WHERE ('1'='1",
	"1; ATTACH 'http://127.0.0.1:9/x.db' AS x",
	"' UNION SELECT name_zh FROM provinces --",
	"read_csv_auto('/etc/passwd')",
	"COPY observations TO '/tmp/x.csv'",
	'2019; INSTALL httpfs; LOAD httpfs',
	'$$ || (SELECT 1) || $$',
	'330000 OR adcode > 0',
	"pku_dfiic_payment' --",
	'NULL',
	'2e3',
	'-1',
	'20190',
	'0x7E3'
];
const MARKUP = [
	`<script>window.${PWNED_GLOBAL}=1</script>`,
	`<img src=x onerror="window.${PWNED_GLOBAL}=1">`,
	`"><svg onload="window.${PWNED_GLOBAL}=1">`,
	`<div id="${PWNED_ID}">x</div>`,
	`<iframe srcdoc="<script>parent.${PWNED_GLOBAL}=1</script>"></iframe>`,
	`javascript:window.${PWNED_GLOBAL}=1`,
	`</title><script>window.${PWNED_GLOBAL}=1</script>`,
	`</script><script>window.${PWNED_GLOBAL}=1</script>`,
	`<b id=${PWNED_ID} onmouseover=window.${PWNED_GLOBAL}=1>x`,
	`{@html '<b id=${PWNED_ID}>'}`,
	`{{constructor.constructor('window.${PWNED_GLOBAL}=1')()}}`,
	`\${window.${PWNED_GLOBAL}=1}`,
	`<math><mtext><img src=x onerror=window.${PWNED_GLOBAL}=1>`,
	`<!--<img src=x onerror=window.${PWNED_GLOBAL}=1>-->`,
	`<a id=${PWNED_ID} href=javascript:window.${PWNED_GLOBAL}=1>x</a>`,
	`';window.${PWNED_GLOBAL}=1;//`
];
const HIDDEN = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u2066', '\u2067'];
const HIDDEN_MORE = ['\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u00ad', '\u0000', '\n', '\u2028'];
const LOOKALIKES = ['２０１９', '٢٠١٩', 'ｅａｓｔ', 'Ｒegion4', 'ЕN', 'العربية', 'עברית', '👨‍👩‍👧', 'ﷺ'];
/** Raw percent-escapes that decode to nothing valid (left in the link as typed, not encoded again). */
const BAD_ESCAPES = ['%', '%%', '%zz', '%E4%B8', '%E4%B8%', '%C0%AF', '%FF%FE', '%ED%A0%80', '%00', '%0A%0D'];
const BAD_ESCAPES_MORE = ['%2', '%u202E', '%%32%30', '%252F', '%F0%9F%98', '20%1', '%G0'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const POLLUTING_NAMES = [
	`__proto__[${POLLUTED_KEY}]`,
	`constructor[prototype][${POLLUTED_KEY}]`,
	`__proto__.${POLLUTED_KEY}`
];
const UNKNOWN_NAMES = [
	'utm_source',
	'utm_campaign',
	'fbclid',
	'isappinstalled',
	'chart',
	'weight',
	'region',
	'Year',
	'YEAR',
	' year',
	'year ',
	'select[]',
	'a.b',
	'SELECT',
	'q'
];

type Verdict = 'valid' | 'rejected' | 'ignored';

interface Part {
	/** The parameter's name once decoded. */
	name: string;
	/** What goes into the link: `name=value`, or a bare `name`. */
	text: string;
	verdict: Verdict;
	/** Whether the decoded value is empty (an empty value counts as not given). */
	empty: boolean;
	/** For `select`: the distinct valid entries. */
	selected: string[];
}

type Random = ReturnType<typeof random>;

/** mulberry32: a small, fast, seeded PRNG with a full period over 32-bit states. */
function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
	const chance = (p: number) => next() < p;
	const shuffle = <T>(items: T[]): T[] => {
		for (let i = items.length - 1; i > 0; i--) {
			const j = int(i + 1);
			[items[i], items[j]] = [items[j] as T, items[i] as T];
		}
		return items;
	};
	return { int, pick, chance, shuffle };
}

const isSchema = (name: string): name is UrlParam => (URL_PARAMS as readonly string[]).includes(name);

/** A part from a decoded name and value, encoded for the link (`raw` replaces the encoded value). */
function part(name: string, value: string | null, verdict: Verdict, raw?: string): Part {
	const encodedName = encodeURIComponent(name);
	const text = value === null ? encodedName : `${encodedName}=${raw ?? encodeURIComponent(value)}`;
	return { name, text, verdict: isSchema(name) ? verdict : 'ignored', empty: !value, selected: [] };
}

/** A `select` part from its entries; rejected if any entry is not a valid region or province. */
function selectPart(entries: readonly string[]): Part {
	const valid = new Set(VALID.select);
	const verdict = entries.every((e) => !e || valid.has(e)) ? 'valid' : 'rejected';
	// Commas left as typed, as the site writes its own links.
	const p = part('select', entries.join(','), verdict, entries.map(encodeURIComponent).join(','));
	p.selected = [...new Set(entries.filter((e) => valid.has(e)))];
	return p;
}

const validPart = (r: Random, name: UrlParam): Part =>
	name === 'select'
		? selectPart(Array.from({ length: 1 + r.int(4) }, () => r.pick(VALID.select)))
		: part(name, r.pick(VALID[name]), name === 'per' ? 'rejected' : 'valid');

/** A rejected value for the parameter from one of the payload pools; in `select`, amid valid entries. */
function rejectedPart(r: Random, name: UrlParam, payload: string): Part {
	if (name !== 'select') return part(name, payload, 'rejected');
	return selectPart(r.shuffle([payload, ...Array.from({ length: r.int(3) }, () => r.pick(VALID.select))]));
}

const anyParam = (r: Random): UrlParam => r.pick(URL_PARAMS);
/** The parameters that have a value every page accepts (`per=capita` needs a total, which these links lack). */
const ACCEPTING = URL_PARAMS.filter((n) => n !== 'per');

/** A few valid parameters (other than `except`) to mix in. */
function validExtras(r: Random, count: number, except: readonly string[]): Part[] {
	const names = r.shuffle(ACCEPTING.filter((n) => !except.includes(n))).slice(0, count);
	return names.map((n) => validPart(r, n));
}

/** Hidden characters around, inside or instead of a valid value. */
function hiddenValue(r: Random, name: UrlParam): string {
	const valid = r.pick(VALID[name]);
	const hidden = r.pick([...HIDDEN, ...HIDDEN_MORE]);
	const at = r.int(valid.length + 1);
	return r.chance(0.8) ? valid.slice(0, at) + hidden + valid.slice(at) : r.pick(LOOKALIKES);
}

const GENERATORS: Record<Category, (r: Random, i: number) => Part[]> = {
	sql: (r, i) => {
		const name = URL_PARAMS[i % URL_PARAMS.length] as UrlParam;
		return r.shuffle([
			rejectedPart(r, name, SQL[i % SQL.length] as string),
			...validExtras(r, r.int(3), [name])
		]);
	},
	markup: (r, i) => {
		const name = URL_PARAMS[i % URL_PARAMS.length] as UrlParam;
		const payload = MARKUP[i % MARKUP.length] as string;
		return r.shuffle([rejectedPart(r, name, payload), ...validExtras(r, r.int(3), [name])]);
	},
	'huge-value': (r, i) => {
		const name = anyParam(r);
		const huge = [
			() => 'A'.repeat(102_400),
			() => '9'.repeat(100_000),
			() => '漢'.repeat(34_000),
			() => '<b>'.repeat(34_000),
			() => '\u202e'.repeat(34_000),
			() => `${r.pick(VALID[name])}${' '.repeat(100_000)}`
		][i % 6]!();
		// Every third one is a 100 KB selection of 50,000 unknown entries, or 15,000 of one valid adcode.
		if (i % 3 === 2)
			return [
				r.chance(0.5) ? selectPart(Array(50_000).fill('x')) : selectPart(Array(15_000).fill(r.pick(ADCODES)))
			];
		return r.shuffle([rejectedPart(r, name, huge), ...validExtras(r, r.int(3), [name])]);
	},
	repeated: (r, i) => {
		const name = anyParam(r);
		const value = () => (r.chance(0.7) ? validPart(r, name) : rejectedPart(r, name, r.pick(SQL)));
		if (i % 5 === 4) return Array.from({ length: 500 }, () => part(r.pick(UNKNOWN_NAMES), 'x', 'ignored'));
		const parts = Array.from({ length: 500 }, value);
		if (i % 5 === 3) parts.push(...Array.from({ length: 250 }, () => validPart(r, 'year')));
		return r.shuffle(parts);
	},
	'percent-escape': (r, i) => {
		const cases: (() => Part)[] = [
			() => part(anyParam(r), '?', 'rejected', r.pick(BAD_ESCAPES)),
			() => part(anyParam(r), '?', 'rejected', r.pick(BAD_ESCAPES_MORE)),
			() => part('year', '2019', 'valid', '%32%30%31%39'),
			() => ({ ...selectPart(['east']), text: 'select=%65%61%73%74' }),
			() => part('lang', 'en', 'valid', '%65n'),
			() => part('scheme', 'region4', 'valid', 'region%34'),
			() => ({ ...part('year', '2015', 'valid'), text: 'ye%61r=2015' }),
			() => ({ ...part('y%zzear', '2015', 'ignored'), text: 'y%zzear=2015' }),
			() => ({ ...part('%', 'x', 'ignored'), text: `${r.pick(BAD_ESCAPES)}=x` })
		];
		const parts = [cases[i % cases.length]!()];
		const names = parts.map((p) => p.name);
		return r.shuffle([...parts, ...validExtras(r, r.int(3), names)]);
	},
	invisible: (r) => {
		const name = anyParam(r);
		return r.shuffle([rejectedPart(r, name, hiddenValue(r, name)), ...validExtras(r, r.int(3), [name])]);
	},
	prototype: (r, i) => {
		if (i % 2 === 0) {
			const name = r.pick([...PROTO_KEYS, ...POLLUTING_NAMES]);
			return r.shuffle([
				part(name, r.pick(['1', 'x', '{}', 'true']), 'ignored'),
				...validExtras(r, r.int(3), [])
			]);
		}
		const name = anyParam(r);
		return r.shuffle([rejectedPart(r, name, r.pick(PROTO_KEYS)), ...validExtras(r, r.int(3), [name])]);
	},
	'huge-selection': (r, i) => {
		const entries = Array.from({ length: 10_000 }, () => r.pick(VALID.select));
		// Some with unknown entries among the valid ones: one notice however many.
		const unknown = i % 2 === 1 ? 1 + r.int(5_000) : 0;
		for (let k = 0; k < unknown; k++) entries[r.int(entries.length)] = `x${k}`;
		return r.shuffle([selectPart(entries), ...validExtras(r, r.int(3), ['select'])]);
	},
	'unknown-param': (r) =>
		Array.from({ length: 1 + r.int(4) }, () =>
			part(r.pick(UNKNOWN_NAMES), r.pick(['1', 'x', '2019', 'east']), 'ignored')
		),
	empty: (r, i) => {
		const name = r.pick(ACCEPTING);
		const parts = [
			() => [part(name, '', 'valid')],
			() => [part(name, null, 'valid')],
			() => [part(name, '', 'valid'), part(name, null, 'valid'), part(name, '', 'valid')],
			() => [part(name, '', 'valid'), validPart(r, name)],
			() => [selectPart(['', '', ''])],
			() => [part('', '', 'ignored'), part('', 'x', 'ignored')]
		][i % 6]!();
		return r.shuffle([...parts, ...validExtras(r, r.int(3), [name, 'select'])]);
	},
	mixed: (r) => {
		const names = r.shuffle([...URL_PARAMS]).slice(0, 2 + r.int(7));
		const payloads = [...SQL, ...MARKUP, ...LOOKALIKES, ...PROTO_KEYS];
		const parts = names.map((n) => (r.chance(0.65) ? validPart(r, n) : rejectedPart(r, n, r.pick(payloads))));
		if (r.chance(0.2)) parts.push(validPart(r, r.pick(names)));
		for (let k = r.int(3); k > 0; k--) parts.push(part(r.pick(UNKNOWN_NAMES), 'x', 'ignored'));
		return r.shuffle(parts);
	}
};

/** The notices the parts call for: a parameter whose first non-empty value is rejected, or given twice. */
function expectedNotices(parts: readonly Part[]): UrlParam[] {
	return URL_PARAMS.filter((name) => {
		const given = parts.filter((p) => p.name === name && !p.empty);
		return given.length > 1 || given[0]?.verdict === 'rejected';
	});
}

/**
 * `perCategory` hostile links for each category, spread evenly over the pages (in a shuffled order, so
 * that a page is sometimes followed by itself): the same list for the same seed.
 */
export function hostileUrls(seed: number, perCategory = 30): HostileUrl[] {
	const r = random(seed);
	return CATEGORIES.flatMap((category) => {
		const pages = r.shuffle(
			Array.from({ length: perCategory }, (_, i) => PAGES[i % PAGES.length] as PagePath)
		);
		return pages.map((page, i) => {
			const parts = GENERATORS[category](r, i);
			const select = parts.find((p) => p.name === 'select' && !p.empty);
			return {
				category,
				page,
				query: `?${parts.map((p) => p.text).join('&')}`,
				notices: expectedNotices(parts),
				selected: select?.selected.length ?? 0
			};
		});
	});
}
