// The layers of src/, enforced: each folder names the folders of src/lib it may import; an import of any
// other (by `$lib/…` or by a relative path that climbs into it) fails `npm run lint`. README.md,
// "Architecture", draws the same picture. Dynamic `import()` is not checked by the rule.

/** The folders of src/lib. */
const LIB = [
	'data',
	'metrics',
	'db',
	'queries',
	'csv',
	'places',
	'geo',
	'i18n',
	'import',
	'search',
	'cite',
	'offline',
	'state',
	'charts',
	'components',
	'server'
];

/**
 * What a folder of src/ may import of src/lib: `may` whole folders, `types` folders it may take types from
 * only, `modules` single modules of a folder otherwise closed to it.
 * @typedef {{ may: string[]; types?: string[]; modules?: string[] }} Layer
 */

/** @type {Record<string, Layer>} Each folder of src/, lowest layer first. */
export const LAYERS = {
	'lib/data': { may: [] },
	'lib/metrics': { may: [], types: ['data'] },
	'lib/db': { may: ['data'] },
	'lib/csv': { may: [] },
	'lib/places': { may: ['data'] },
	'lib/geo': { may: ['data', 'places'] },
	'lib/i18n': { may: ['data'], types: ['db'] },
	'lib/server': { may: ['data', 'db'] },
	'lib/queries': { may: ['data', 'db', 'metrics'], modules: ['import/limits'] },
	'lib/import': { may: ['csv', 'data', 'db', 'places', 'queries'] },
	'lib/search': { may: ['data', 'places'], types: ['state'] },
	'lib/cite': { may: ['i18n'], types: ['data'] },
	'lib/offline': { may: [] },
	'lib/state': { may: ['data', 'db', 'geo', 'i18n', 'import', 'metrics', 'places', 'queries'] },
	'lib/charts': {
		may: ['csv', 'data', 'geo', 'i18n', 'metrics', 'state'],
		types: ['queries'],
		modules: ['import/limits']
	},
	'lib/components': {
		may: ['charts', 'cite', 'csv', 'data', 'geo', 'i18n', 'import', 'metrics', 'places', 'search', 'state'],
		types: ['queries']
	},
	// The pages compose the rest: they reach the engine and the measures through lib/state.
	routes: {
		may: LIB.filter((f) => f !== 'db' && f !== 'metrics')
	}
};

/**
 * Matches an import of these folders of src/lib, by `$lib/…` or by a relative path.
 * @param {string[]} folders
 */
const importOf = (folders, rest = '(/|$)') => `^(\\$lib|\\.{1,2}(/\\.\\.)*)/(${folders.join('|')})${rest}`;

/** @param {string} dir @param {Layer} layer */
function describe(dir, { may, types = [], modules = [] }) {
	const allowed = [
		...may.map((f) => `lib/${f}`),
		...types.map((f) => `types of lib/${f}`),
		...modules.map((m) => `lib/${m}`)
	];
	const what = allowed.length ? `may import only ${allowed.join(', ')}` : 'imports nothing';
	return `src/${dir} ${what} of src/lib: the layers are drawn in README.md, "Architecture".`;
}

/** @param {string} dir @param {Layer} layer */
function boundary(dir, layer) {
	const { may, types = [], modules = [] } = layer;
	const message = describe(dir, layer);
	const own = dir.startsWith('lib/') ? dir.slice('lib/'.length) : null;
	const parentOf = (/** @type {string} */ m) => m.slice(0, m.indexOf('/'));
	const parents = modules.map(parentOf);
	const closed = LIB.filter((f) => f !== own && !may.includes(f));
	const shut = closed.filter((f) => !types.includes(f) && !parents.includes(f));
	const typed = closed.filter((f) => types.includes(f));
	/** @param {string} regex @param {object} [extra] */
	const rule = (regex, extra) => ({ regex, caseSensitive: true, message, ...extra });
	const patterns = [
		...(shut.length ? [rule(importOf(shut))] : []),
		...(typed.length ? [rule(importOf(typed), { allowTypeImports: true })] : []),
		// The folder itself, or any module of it but the one named.
		...modules.map((m) => rule(importOf([parentOf(m)], `(/(?!${m.slice(parentOf(m).length + 1)}$)|$)`)))
	];
	return {
		files: [`src/${dir}/**/*.{js,ts,svelte}`],
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] }
	};
}

export const importBoundaries = Object.entries(LAYERS).map(([dir, layer]) => boundary(dir, layer));
