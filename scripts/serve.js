// Static server for the built dashboard (adapter-static output in build/).
//
//   node scripts/serve.js            # serves build/ on http://127.0.0.1:4173/
//   PORT=0 HOST=0.0.0.0 node scripts/serve.js
//
// Also imported by the tests: `serve({ dir, port: 0 })` → `{ url, close() }`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import {
	CSP_DIRECTIVES,
	FRAMEABLE_DIRECTIVES,
	FRAMEABLE_PAGES,
	HEADER_ONLY_DIRECTIVES,
	metaPolicy,
	policyText
} from './csp.js';

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

/**
 * Sent with every response. Referrer-Policy no-referrer: the site needs no Referer (it makes no request that
 * uses one), and a link out to a publisher's page then reveals neither the intranet host nor the view.
 */
const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy':
		'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), ' +
		'microphone=(), midi=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};

/** Sent with every response but the frameable pages' (csp.js), for browsers that predate frame-ancestors. */
const FRAMING_HEADERS = { 'X-Frame-Options': 'SAMEORIGIN' };

const frameable = (/** @type {string} */ key) => FRAMEABLE_PAGES.includes(key);

/**
 * The Content-Security-Policy header of every HTML page under `root`, keyed by the paths that serve it
 * (`/analysis/`, `/analysis`, `/analysis/index.html`, …): the page's own <meta> policy and what only a
 * header can carry (who may frame it). A page without a <meta> (the build lets none through) gets the site's policy as it is
 * before SvelteKit's hashes.
 * @param {string} root
 */
function pagePolicies(root) {
	/** @type {Map<string, string>} */
	const policies = new Map();
	const sitePolicy = policyText(CSP_DIRECTIVES);
	for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const key = pageKey(`/${file.replaceAll('\\', '/')}`);
		const framing = frameable(key) ? FRAMEABLE_DIRECTIVES : HEADER_ONLY_DIRECTIVES;
		policies.set(key, `${metaPolicy(readFileSync(join(root, file), 'utf8')) ?? sitePolicy}; ${framing}`);
	}
	return policies;
}

/** One key for the paths sirv answers with the same page: `/a`, `/a/`, `/a/index`, `/a/index.html`, `/a.html`. */
function pageKey(/** @type {string} */ pathname) {
	return pathname.replace(/(\/index)?(\.html)?$/, '').replace(/\/+$/, '');
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

	const policies = pagePolicies(root);
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
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
			const key = pageKey(pathname);
			if (!frameable(key))
				for (const [name, value] of Object.entries(FRAMING_HEADERS)) res.setHeader(name, value);
			const policy = policies.get(key);
			if (policy) res.setHeader('Content-Security-Policy', policy);
			// Everything but the hashed files is revalidated on each use: pages, data and service-worker.js, whose
			// change is how a browser holding the site offline learns of a new build.
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		}
	});

	const server = createServer((req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, {
				...SECURITY_HEADERS,
				...FRAMING_HEADERS,
				Allow: 'GET, HEAD',
				'Content-Type': 'text/plain; charset=utf-8'
			});
			res.end('Method Not Allowed\n');
			return;
		}
		assets(req, res, () => {
			res.writeHead(404, {
				...SECURITY_HEADERS,
				...FRAMING_HEADERS,
				'Content-Type': 'text/plain; charset=utf-8',
				'Cache-Control': 'no-cache'
			});
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
