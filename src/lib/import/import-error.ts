// Why a file cannot be imported: the codes the worker sends and the page words (messages import_error_<code>).

export const IMPORT_ERRORS = [
	'too_large',
	'empty',
	'binary',
	'pdf',
	'too_many_columns',
	'no_rows',
	'workbook_unreadable',
	'json_invalid',
	'json_shape',
	'json_too_deep',
	'workbook_too_many_parts',
	'workbook_part_too_big',
	'workbook_unpacked_too_big',
	'workbook_too_many_cells',
	'read_failed'
] as const;
export type ImportErrorCode = (typeof IMPORT_ERRORS)[number];

/** A file that cannot be read, with the reason the page tells the user. */
export class ImportError extends Error {
	constructor(
		readonly code: ImportErrorCode,
		readonly detail = ''
	) {
		super(detail ? `${code}: ${detail}` : code);
	}
}
