// The strings of reading an imported file: its format, the progress, and why it cannot be read.
export const zh = {
	import_file: '文件：{name}',
	import_format_csv: 'CSV（逗号分隔）',
	import_format_tsv: 'TSV（制表符分隔）',
	import_format_workbook: 'Excel 工作簿',
	import_format_json: 'JSON',
	import_encoding: '{encoding} 编码',
	import_sheetName: '工作表“{sheet}”',
	import_size: '{rows} 行 × {columns} 列',
	import_phase_reading: '正在读取文件… {percent}%',
	import_phase_parsing: '正在解析… {percent}%',
	import_phase_checking: '正在逐行检查… {percent}%',
	import_error_too_large:
		'文件太大，未读取：CSV、TSV、JSON 最大 {text} MB，Excel 最大 {workbook} MB。请只保留需要的省份、年份和指标后再试。',
	import_error_empty: '文件是空的，没有可导入的内容。',
	import_error_binary: '这不是文本表格或 Excel 文件（内容是二进制数据），无法读取。',
	import_error_pdf: '这是 PDF 文件。请先把表格复制或导出为 Excel 或 CSV 再导入。',
	import_error_too_many_columns:
		'表格的列数超过 {columns} 列，无法导入。分省数据通常每年或每个指标一列；请删去多余的列后再试。',
	import_error_no_rows: '文件中没有找到表格数据。',
	import_error_workbook_unreadable: '无法读取这个 Excel 文件（可能已损坏、加密或不是 Excel 格式）。',
	import_error_json_invalid: '这不是有效的 JSON 文件。',
	import_error_json_shape:
		'JSON 文件必须是一个对象数组，例如 [{"省份": "北京", "年份": 2019, "数值": 1.2}]。',
	import_error_worker_failed:
		'读取文件时解析程序停止了（文件可能过于复杂）。页面仍可使用，请换一个文件再试。',
	import_error_read_failed: '无法读取文件：{detail}',
	// Workbook bombs and deep JSON (issue 11)
	import_error_workbook_too_many_parts:
		'这个 Excel 文件由超过 {parts} 个部分组成，远多于任何表格，为保护浏览器未读取。',
	import_error_workbook_part_too_big:
		'这个 Excel 文件中的“{part}”解压后超过 {partMb} MB，为保护浏览器未读取。请只保留需要的工作表和行后再试。',
	import_error_workbook_unpacked_too_big:
		'这个 Excel 文件解压后合计超过 {totalMb} MB，为保护浏览器未读取。请只保留需要的工作表和行后再试。',
	import_error_workbook_too_many_cells:
		'这个 Excel 文件的单元格超过 {cells} 个（所有工作表合计），为保护浏览器未读取。请只保留需要的工作表和行后再试。',
	import_error_json_too_deep: 'JSON 文件的嵌套超过 {depth} 层，不是一行一个对象的表格，未读取。'
};

export const en: Record<keyof typeof zh, string> = {
	import_file: 'File: {name}',
	import_format_csv: 'CSV (comma-separated)',
	import_format_tsv: 'TSV (tab-separated)',
	import_format_workbook: 'Excel workbook',
	import_format_json: 'JSON',
	import_encoding: '{encoding} encoding',
	import_sheetName: 'sheet “{sheet}”',
	import_size: '{rows} rows × {columns} columns',
	import_phase_reading: 'Reading the file… {percent}%',
	import_phase_parsing: 'Parsing… {percent}%',
	import_phase_checking: 'Checking every row… {percent}%',
	import_error_too_large:
		'The file is too large and was not read: CSV, TSV and JSON up to {text} MB, Excel up to {workbook} MB. Keep only the provinces, years and indicators you need and try again.',
	import_error_empty: 'The file is empty: there is nothing to import.',
	import_error_binary: 'This is not a text table or an Excel file (it holds binary data) and cannot be read.',
	import_error_pdf: 'This is a PDF. Copy or export its table to Excel or CSV first, then import that.',
	import_error_too_many_columns:
		'The table has more than {columns} columns and cannot be imported. Provincial data has a column per year or indicator; remove the other columns and try again.',
	import_error_no_rows: 'No table was found in the file.',
	import_error_workbook_unreadable:
		'This Excel file cannot be read (it may be damaged, encrypted or not an Excel file).',
	import_error_json_invalid: 'This is not a valid JSON file.',
	import_error_json_shape:
		'A JSON file must be an array of objects, e.g. [{"province": "Beijing", "year": 2019, "value": 1.2}].',
	import_error_worker_failed:
		'The parser stopped while reading the file (it may be too complex). The page still works; try another file.',
	import_error_read_failed: 'The file could not be read: {detail}',
	// Workbook bombs and deep JSON (issue 11)
	import_error_workbook_too_many_parts:
		'This Excel file is made of more than {parts} parts, far more than any table has, and was not read to protect your browser.',
	import_error_workbook_part_too_big:
		'In this Excel file “{part}” unpacks to more than {partMb} MB; it was not read to protect your browser. Keep only the sheets and rows you need and try again.',
	import_error_workbook_unpacked_too_big:
		'This Excel file unpacks to more than {totalMb} MB in all and was not read to protect your browser. Keep only the sheets and rows you need and try again.',
	import_error_workbook_too_many_cells:
		'This Excel file has more than {cells} cells (all sheets together) and was not read to protect your browser. Keep only the sheets and rows you need and try again.',
	import_error_json_too_deep:
		'This JSON file nests deeper than {depth} levels: it is not a table of one object per row and was not read.'
};
