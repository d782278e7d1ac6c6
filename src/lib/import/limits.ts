// What the importer accepts, in one place: the page states these limits, the worker enforces them.

/** CSV, TSV and JSON: read whole in the worker, parsed as they stream. */
export const MAX_TEXT_BYTES = 100 * 1024 * 1024;
/** Excel workbooks are unzipped whole by SheetJS, which needs several times their size in memory. */
export const MAX_WORKBOOK_BYTES = 25 * 1024 * 1024;
/** Wider tables are refused: a province table has a column per year or indicator, not thousands. */
export const MAX_COLUMNS = 300;
/** Rows read to guess the layout and shown in the preview. */
export const SAMPLE_ROWS = 200;
export const PREVIEW_ROWS = 12;
/** Indicators one file may hold; values of further ones are rejected with a reason. */
export const MAX_INDICATORS = 30;
/** Rejected values listed one by one (the counts are always exact). */
export const MAX_LISTED_REJECTED = 100_000;
/** Rejected values shown on the page before the import (all of them are in the download). */
export const SHOWN_REJECTED = 50;
/** Years accepted: 2000 to the current year. */
export const MIN_YEAR = 2000;
export const maxYear = (): number => new Date().getFullYear();

export const IMPORTED_DATASET = 'imported';
/** Every imported indicator id; checked wherever one is read back (URL, IndexedDB). */
export const IMPORTED_ID = /^imported_[a-z0-9_]{1,40}$/;
