// The contract between the data step (scripts/build-data.ts) and the site: what static/data/manifest.json holds.
// The browser reads it before DuckDB-WASM is up, so the controls and labels never wait for the engine.

export const REGION_SCHEMES = ['region4', 'region3'] as const;
export type RegionScheme = (typeof REGION_SCHEMES)[number];

export const REGION_IDS = ['east', 'central', 'west', 'northeast'] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Regions of each scheme, in display order. */
export const SCHEME_REGIONS: Record<RegionScheme, readonly RegionId[]> = {
	region4: ['east', 'central', 'west', 'northeast'],
	region3: ['east', 'central', 'west']
};

export interface Province {
	adcode: number;
	name_zh: string;
	name_en: string;
	/** Toneless lowercase pinyin without spaces (neimenggu; shaanxi 陕西 vs shanxi 山西), unique: for search and sorting. */
	pinyin: string;
	region4: RegionId;
	region3: RegionId;
	/** The province's square in the tile-grid map (data/tile_grid.csv): row 0 is the north, col 0 the west. */
	tile_row: number;
	tile_col: number;
}

/** The dataset of a composite index: made in the browser from other indicators, it has no entry of its own. */
export const COMPOSITE_DATASET = 'composite';

export interface YearCoverage {
	year: number;
	/** Provinces (of the 31) with a value for this indicator and year. */
	provinces: number;
}

export interface Indicator {
	id: string;
	dataset: string;
	name_zh: string;
	name_en: string;
	unit_zh: string;
	unit_en: string;
	higher_is_better: boolean;
	/** The publisher's citation, in each language (its dataset's, from data/datasets.csv). */
	source_zh: string;
	source_en: string;
	/** Where the figures were taken from (URL or github:owner/repo@commit:path), as in data/: provenance, never shown in a chart. */
	source_urls: string[];
	/** Years with at least one province value, ascending. */
	years: YearCoverage[];
	/** Whether a value counts a total (a count, a length, an amount): such an indicator may be shown per capita. */
	total?: boolean;
	/** Optional caveat shown with every chart of this indicator. */
	note_zh?: string;
	note_en?: string;
}

/** A published count of provincial units at one level of the Party School index (cps_levels). */
export interface LevelCount {
	data_year: number;
	report_year: number | null;
	level: string;
	province_count: number;
	/** The source itself doubts the figure (e.g. a count that may repeat the previous report). */
	low_confidence: boolean;
	source: string;
	note: string;
}

/** How the figures reached data/: from the publisher, from a third-party copy of its file, or from a page reposting them. */
export type Obtained = 'publisher' | 'copy' | 'reposted';

/** A publisher's dataset (data/datasets.csv): the citation a reader can print, and where its figures were taken from. */
export interface Dataset {
	id: string;
	/** Publisher, title, edition and year, as a reference list prints them. */
	citation_zh: string;
	citation_en: string;
	/** The publisher's own page ('' when none could be found). */
	url: string;
	obtained: Obtained;
	coverage_zh: string;
	coverage_en: string;
	/** Caveats ('' when none). */
	note_zh: string;
	note_en: string;
	/** The publishers named in a citation of the view (data/datasets.csv); none where not known. */
	publisher_zh: string[];
	publisher_en: string[];
	/** The dataset's title, without publisher or year. */
	title_zh: string;
	title_en: string;
	/** The year of publication, the first and last of a series of annual reports, or none where not known. */
	published: [] | [number] | [number, number];
	/** Where the rows were taken from (URLs, or github:owner/repo@commit:path), distinct, in file order. */
	provenance: string[];
}

/** A figure quoted for context (region_level_facts.csv, report_figures.csv), shown as text with its source. */
export interface ContextFigure {
	id: string;
	/** What the figure measures (data/context/labels.csv). */
	label_zh: string;
	label_en: string;
	/** The publisher's dataset (Dataset.id). */
	dataset: string;
	/** As in the source file, and as shown (data/context/scopes.csv). */
	scope: string;
	scope_zh: string;
	scope_en: string;
	year: string;
	value: number;
	/** The published unit, as in the source file (e.g. "10k subscribers"). */
	unit: string;
	/** What one unit of `value` counts (10,000 for "10k subscribers"), and how the count is written: "{n}户", "{n} subscribers". */
	multiplier: number;
	value_zh: string;
	value_en: string;
	statement: string;
	source: string;
	note: string;
}

/** A value that a second source gives differently (cps_online_service_index_disputed.csv). */
export interface DisputedValue {
	indicator: string;
	year: number;
	adcode: number;
	value: number | null;
	rank: number | null;
	source: string;
	note: string;
}

/** A published rank of the Party School index, with or without a score. */
export interface PublishedRank {
	data_year: number;
	report_year: number | null;
	adcode: number | null;
	unit_zh: string;
	rank: number | null;
	level: string;
	source: string;
	note: string;
}

/** A column of a data table: its name and its Arrow type as apache-arrow prints it (Utf8, Int32, Float64). */
export interface TableColumn {
	name: string;
	type: string;
}

export interface DataTable {
	/** DuckDB table name. */
	name: string;
	/** File under static/data/, Arrow IPC stream. */
	file: string;
	rows: number;
	/** The columns in order: the browser checks each downloaded file against them and `rows`. */
	columns: TableColumn[];
}

/**
 * Two provinces that are neighbours in the contiguity weights (data/contiguity.csv), each pair once with
 * a < b: `border` where they share a land border, `convention` for Hainan–Guangdong (Hainan has no land border).
 */
export interface Contiguity {
	a: number;
	b: number;
	kind: 'border' | 'convention';
}

/** A province's capital and its coordinates (data/capitals.csv, WGS 84 degrees): the points of the knn4 weights. */
export interface Capital {
	adcode: number;
	name_zh: string;
	name_en: string;
	lon: number;
	lat: number;
}

export interface Manifest {
	generated_at: string;
	provinces: Province[];
	indicators: Indicator[];
	tables: DataTable[];
	level_counts: LevelCount[];
	published_ranks: PublishedRank[];
	disputed: DisputedValue[];
	context: ContextFigure[];
	datasets: Dataset[];
	/** Every pair of neighbouring provinces (queen contiguity), for the spatial weights of Moran's I. */
	contiguity: Contiguity[];
	/** The 31 provincial capitals (for the four-nearest-neighbour weights). */
	capitals: Capital[];
}
