// The engine's state in the reader's language: the download counted in MB, and each failure's real cause,
// with the browser advice only where the browser is to blame.
import { describe, expect, it } from 'vitest';
import { engineFailureText, engineLoadingText, megabytes } from '$lib/i18n/engine-status';

describe('megabytes(lang, bytes)', () => {
	it('writes decimal megabytes with one decimal in the language’s number format', () => {
		expect(megabytes('zh', 12_345_678)).toBe('12.3 MB');
		expect(megabytes('en', 34_242_560)).toBe('34.2 MB');
		expect(megabytes('en', 0)).toBe('0.0 MB');
		expect(megabytes('en', 1_234_567_890)).toBe('1,234.6 MB');
	});
});

describe('engineLoadingText(lang, progress)', () => {
	it('says only that the engine is loading until progress is shown', () => {
		expect(engineLoadingText('zh', null)).toBe('正在加载数据引擎（DuckDB-WASM）…');
		expect(engineLoadingText('en', null)).toBe('Loading the data engine (DuckDB-WASM)…');
	});

	it('counts the bytes so far, against the total when it is known', () => {
		expect(engineLoadingText('zh', { loaded: 12_300_000, total: 34_100_000 })).toBe(
			'正在加载数据引擎（DuckDB-WASM）… 已下载 12.3 MB / 34.1 MB'
		);
		expect(engineLoadingText('en', { loaded: 12_300_000, total: 34_100_000 })).toBe(
			'Loading the data engine (DuckDB-WASM)… 12.3 MB of 34.1 MB downloaded'
		);
		expect(engineLoadingText('zh', { loaded: 0, total: null })).toBe(
			'正在加载数据引擎（DuckDB-WASM）… 已下载 0.0 MB'
		);
	});
});

describe('engineFailureText(lang, failure)', () => {
	it('names the file and the HTTP status of a failed download, without blaming the browser', () => {
		const failure = { kind: 'download', file: 'data/observations.arrow', status: 404 } as const;
		expect(engineFailureText('zh', failure)).toBe(
			'数据引擎无法加载，图表无法计算。服务器对 data/observations.arrow 返回了 HTTP 404。请网站管理员检查该文件是否已正确部署。'
		);
		expect(engineFailureText('en', failure)).toBe(
			'The data engine could not load, so the charts cannot be computed. The server answered HTTP 404 for data/observations.arrow. The site’s administrator should check that the file is deployed.'
		);
		expect(engineFailureText('zh', failure)).not.toContain('Chrome');
	});

	it('tells a network failure and a stalled download apart', () => {
		expect(engineFailureText('en', { kind: 'download', file: 'e.wasm', status: null })).toContain(
			'The download of e.wasm failed: the connection was lost or blocked.'
		);
		expect(engineFailureText('zh', { kind: 'stalled', file: 'e.wasm', seconds: 30 })).toContain(
			'e.wasm 已有 30 秒没有收到任何数据，下载已停止。'
		);
	});

	it('says why the engine’s file is no WebAssembly module', () => {
		expect(engineFailureText('zh', { kind: 'not-wasm', file: 'e.wasm', problem: 'truncated' })).toContain(
			'e.wasm 不是有效的 WebAssembly 模块（文件不完整）'
		);
		expect(engineFailureText('en', { kind: 'not-wasm', file: 'e.wasm', problem: 'empty' })).toContain(
			'e.wasm is not a valid WebAssembly module (the file is empty)'
		);
	});

	it('keeps the advice to use a recent Chrome, Edge or Firefox for the browser alone', () => {
		expect(engineFailureText('zh', { kind: 'browser' })).toContain(
			'请使用较新版本的 Chrome、Edge 或 Firefox'
		);
		expect(engineFailureText('en', { kind: 'browser' })).toContain('a recent Chrome, Edge or Firefox');
	});

	it('names the worker that failed, with the browser’s message when there is one, and the seconds it was given', () => {
		expect(
			engineFailureText('en', { kind: 'worker-failed', file: 'w.js', detail: 'Uncaught Error: boom' })
		).toBe(
			'The data engine could not load, so the charts cannot be computed. The data engine’s background thread (Web Worker, w.js) could not load or run. The site’s administrator should check that the file is deployed. Error: Uncaught Error: boom'
		);
		expect(engineFailureText('zh', { kind: 'worker-failed', file: 'w.js', detail: '' })).not.toContain(
			'错误信息'
		);
		expect(engineFailureText('zh', { kind: 'worker-silent', seconds: 10 })).toContain(
			'数据引擎的后台线程（Web Worker）在 10 秒内没有响应'
		);
	});

	it('says how a data file differs from the table it should be: columns, rows, or not Arrow at all', () => {
		const columns = {
			kind: 'not-table',
			file: 'data/observations.arrow',
			problem: { kind: 'columns', expected: ['adcode Int32', 'year Int32'], found: [] }
		} as const;
		expect(engineFailureText('en', columns)).toContain(
			'data/observations.arrow is not the expected table: expected the columns adcode Int32, year Int32, found (none).'
		);
		const rows = { ...columns, problem: { kind: 'rows', expected: 3473, found: 31 } } as const;
		expect(engineFailureText('en', rows)).toContain('expected 3,473 rows, found 31');
		expect(engineFailureText('zh', rows)).toContain('应有 3,473 行，实际为 31 行');
		const unreadable = {
			...columns,
			problem: { kind: 'unreadable', detail: 'Expected to read 400 bytes' }
		} as const;
		expect(engineFailureText('zh', unreadable)).toContain(
			'无法按 Arrow 格式读取（Expected to read 400 bytes）'
		);
	});

	it('words a failed query as an engine error with its message', () => {
		expect(engineFailureText('en', { kind: 'query', detail: 'Binder Error' })).toBe(
			'The data engine failed, so the charts cannot be computed. Error: Binder Error'
		);
	});
});
