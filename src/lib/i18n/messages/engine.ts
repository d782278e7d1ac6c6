// The data engine's start-up: its download, and why it failed (src/lib/i18n/engine-status.ts).
export const zh = {
	dbLoading: '正在加载数据引擎（DuckDB-WASM）…',
	dbError: '数据引擎出错，图表无法计算。错误信息：{message}',
	engine_downloaded: '正在加载数据引擎（DuckDB-WASM）… 已下载 {loaded}',
	engine_downloadedOf: '正在加载数据引擎（DuckDB-WASM）… 已下载 {loaded} / {total}',
	engine_failed: '数据引擎无法加载，图表无法计算。',
	engine_browser:
		'此浏览器不支持数据引擎所需的 WebAssembly（含异常处理）或 Web Worker。请使用较新版本的 Chrome、Edge 或 Firefox 打开本页。',
	engine_httpStatus: '服务器对 {file} 返回了 HTTP {status}。请网站管理员检查该文件是否已正确部署。',
	engine_network: '{file} 下载失败：网络连接中断或被阻止。请检查网络后刷新页面。',
	engine_stalled: '{file} 已有 {seconds} 秒没有收到任何数据，下载已停止。请检查网络后刷新页面。',
	engine_notWasm:
		'{file} 不是有效的 WebAssembly 模块（{problem}），文件在服务器上或传输中已损坏。请网站管理员重新部署该文件。',
	wasm_empty: '文件为空',
	wasm_signature: '文件开头不是 WebAssembly 标识',
	wasm_truncated: '文件不完整',
	wasm_invalid: '浏览器无法编译它',
	engine_workerFailed:
		'数据引擎的后台线程（Web Worker，{file}）无法加载或运行。请网站管理员检查该文件是否已正确部署。',
	engine_workerSilent:
		'数据引擎的后台线程（Web Worker）在 {seconds} 秒内没有响应。请刷新页面；若仍如此，请联系网站管理员。',
	engine_notTable: '{file} 不是预期的数据表：{problem}。请网站管理员重新部署数据文件。',
	table_unreadable: '无法按 Arrow 格式读取（{detail}）',
	table_columns: '应有列 {expected}，实际为 {found}',
	table_noColumns: '（无）',
	table_rows: '应有 {expected} 行，实际为 {found} 行',
	engine_detail: '错误信息：{detail}'
};

export const en: Record<keyof typeof zh, string> = {
	dbLoading: 'Loading the data engine (DuckDB-WASM)…',
	dbError: 'The data engine failed, so the charts cannot be computed. Error: {message}',
	engine_downloaded: 'Loading the data engine (DuckDB-WASM)… {loaded} downloaded',
	engine_downloadedOf: 'Loading the data engine (DuckDB-WASM)… {loaded} of {total} downloaded',
	engine_failed: 'The data engine could not load, so the charts cannot be computed.',
	engine_browser:
		'This browser lacks WebAssembly (with exception handling) or Web Workers, which the data engine needs. Please open this page in a recent Chrome, Edge or Firefox.',
	engine_httpStatus:
		'The server answered HTTP {status} for {file}. The site’s administrator should check that the file is deployed.',
	engine_network:
		'The download of {file} failed: the connection was lost or blocked. Check the network and reload the page.',
	engine_stalled:
		'No data of {file} arrived for {seconds} s, so its download was stopped. Check the network and reload the page.',
	engine_notWasm:
		'{file} is not a valid WebAssembly module ({problem}): the file was damaged on the server or on its way. The site’s administrator should deploy it again.',
	wasm_empty: 'the file is empty',
	wasm_signature: 'it does not start with the WebAssembly signature',
	wasm_truncated: 'the file is cut short',
	wasm_invalid: 'the browser cannot compile it',
	engine_workerFailed:
		'The data engine’s background thread (Web Worker, {file}) could not load or run. The site’s administrator should check that the file is deployed.',
	engine_workerSilent:
		'The data engine’s background thread (Web Worker) did not answer within {seconds} s. Reload the page; if this happens again, tell the site’s administrator.',
	engine_notTable:
		'{file} is not the expected table: {problem}. The site’s administrator should deploy the data files again.',
	table_unreadable: 'it cannot be read as Arrow ({detail})',
	table_columns: 'expected the columns {expected}, found {found}',
	table_noColumns: '(none)',
	table_rows: 'expected {expected} rows, found {found}',
	engine_detail: 'Error: {detail}'
};
