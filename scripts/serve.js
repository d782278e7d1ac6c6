// Static server for the built dashboard (adapter-static output in build/).
//
//   node scripts/serve.js            # serves build/ on http://127.0.0.1:4173/
//   PORT=0 HOST=0.0.0.0 node scripts/serve.js
//
// Also imported by the tests: `serve({ dir, port: 0 })` → `{ url, close() }`.
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Content types sirv's mime table (mrmime) gets wrong or doesn't know. Keyed by lower-case extension. */
const CONTENT_TYPES = {
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.parquet': 'application/vnd.apache.parquet'
};

/** @param {string} pathname */
function contentTypeOverride(pathname) {
	const dot = pathname.lastIndexOf('.');
	if (dot < 0 || dot < pathname.lastIndexOf('/')) return undefined;
	return CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (pathname.slice(dot).toLowerCase())];
}

/** `$PORT` if set (0 means any free port), else 4173. */
function envPort() {
	const value = process.env.PORT?.trim();
	return value ? Number(value) : 4173;
}

/**
 * Serve a static directory over HTTP.
 *
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve({
	dir = 'build',
	port = envPort(),
	host = process.env.HOST || '127.0.0.1'
} = {}) {
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`);
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		throw new Error(`${dir.replace(/\/+$/, '')}/ is missing: run npm run build`);
	}

	const assets = sirv(root, {
		dev: false,
		etag: true,
		gzip: true,
		brotli: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			// `pathname` is the requested path (foo.arrow), even when foo.arrow.br is what gets sent.
			const type = contentTypeOverride(pathname);
			if (type) res.setHeader('Content-Type', type);
			res.setHeader('X-Content-Type-Options', 'nosniff');
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		}
	});

	const server = createServer((req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Method Not Allowed\n');
			return;
		}
		assets(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
			res.end('Not Found\n');
		});
	});

	await new Promise((resolveListen, rejectListen) => {
		server.once('error', rejectListen);
		server.listen(port, host, () => {
			server.off('error', rejectListen);
			resolveListen(undefined);
		});
	});

	const address = server.address();
	const realPort = typeof address === 'object' && address ? address.port : port;
	const urlHost = host.includes(':') ? `[${host}]` : host;
	const url = `http://${urlHost}:${realPort}/`;

	/** @type {Promise<void> | undefined} */
	let closing;
	function close() {
		closing ??= new Promise((resolveClose, rejectClose) => {
			server.close((err) => (err ? rejectClose(err) : resolveClose()));
			// Keep-alive sockets (browsers, fetch) would otherwise hold close() open.
			server.closeAllConnections();
		});
		return closing;
	}

	return { url, close };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isMain) {
	try {
		const { url, close } = await serve();
		console.log(`Dashboard: ${url}`);
		let stopping = false;
		/** @param {NodeJS.Signals} signal */
		const stop = (signal) => {
			if (stopping) return;
			stopping = true;
			console.log(`\n${signal}: stopping server`);
			close().then(
				() => process.exit(0),
				(err) => {
					console.error(err);
					process.exit(1);
				}
			);
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	} catch (err) {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	}
}
