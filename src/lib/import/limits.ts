// What the importer accepts, in one place: the page states these limits, the worker enforces them.

/** CSV, TSV and JSON: read whole in the worker, parsed as they stream. */
export const MAX_TEXT_BYTES = 100 * 1024 * 1024;
/** Excel workbooks are unzipped whole by SheetJS, which needs several times their size in memory. */
export const MAX_WORKBOOK_BYTES = 25 * 1024 * 1024;
/**
 * What a workbook may unpack to, checked on its zip directory and by unpacking it once, counting, before
 * SheetJS sees it (a 1 MB zip can hold gigabytes: a sheet that inflated to 300 MB took a tab to 5 GB).
 * One part (a sheet's XML, the shared strings): SheetJS holds it as bytes and as text while parsing.
 * 100 MB of sheet XML is about 2.5 million cells, past the cell limit below, so no real table is refused.
 */
export const MAX_WORKBOOK_PART_BYTES = 100 * 1024 * 1024;
/** Every part together: SheetJS unpacks all of them at once (a workbook's other parts are small). */
export const MAX_WORKBOOK_UNPACKED_BYTES = 150 * 1024 * 1024;
/** Parts in the zip: a workbook has about 10 plus 2 per sheet; a thousand is a hundred times a real one. */
export const MAX_WORKBOOK_PARTS = 1000;
/**
 * Cells in all sheets together, counted in the XML before parsing (repeats of an .ods cell multiplied out):
 * SheetJS keeps an object per cell, 2 million took 290 MB of heap (measured); a province table of 30
 * indicators over 25 years in long form has about 100,000.
 */
export const MAX_WORKBOOK_CELLS = 2_000_000;
/** JSON nesting: rows are objects of plain values, two levels deep; deeper documents are refused. */
export const MAX_JSON_DEPTH = 64;
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
