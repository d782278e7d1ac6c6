// The Content-Security-Policy check of the built site (run by `npm run build`, after `vite build`): every page
// carries its policy in a <meta http-equiv> before any script, every inline script it runs is allowed by a
// hash in that policy's script-src, and style-src keeps 'unsafe-inline' working (no hash or nonce beside it,
// which would make browsers ignore it). Fails the build otherwise.
//
//   tsx scripts/check-csp.ts [dir]        # default build/
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineScripts, metaPolicy, policySources, scriptHash } from './csp.js';

/** What is wrong with one built page's policy, as sentences; empty when nothing is. */
export function cspProblems(html: string): string[] {
	const policy = metaPolicy(html);
	if (policy === undefined) return ['no <meta http-equiv="content-security-policy">'];
	const problems: string[] = [];
	const scripts = inlineScripts(html);
	const metaAt = html.search(/<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy/i);
	const firstScript = html.search(/<script\b/i);
	if (firstScript >= 0 && firstScript < metaAt) {
		problems.push('a <script> comes before the policy <meta>, which does not apply to it');
	}
	const scriptSrc = policySources(policy, 'script-src') ?? policySources(policy, 'default-src') ?? [];
	if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'")) {
		problems.push(`script-src allows ${scriptSrc.filter((s) => s.startsWith("'unsafe-")).join(' ')}`);
	}
	for (const { code } of scripts) {
		const hash = scriptHash(code);
		if (!scriptSrc.includes(`'${hash}'`)) {
			problems.push(`inline script not in script-src ('${hash}'): ${code.trim().slice(0, 60)}…`);
		}
	}
	const styleSrc = policySources(policy, 'style-src') ?? [];
	if (styleSrc.some((s) => /^'(sha\d{3}|nonce)-/.test(s))) {
		problems.push("style-src lists a hash or nonce, so browsers would ignore its 'unsafe-inline'");
	}
	return problems;
}

/** Every .html file under `dir`, relative to it. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort();
}

const isMain =
	process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);

if (isMain) {
	const dir = process.argv[2] ?? 'build';
	const pages = htmlFiles(dir);
	const failures = pages.flatMap((page) =>
		cspProblems(readFileSync(path.join(dir, page), 'utf8')).map((problem) => `  ${page}: ${problem}`)
	);
	if (pages.length === 0 || failures.length > 0) {
		console.error(
			`Content-Security-Policy check failed (${pages.length} pages in ${dir}/):\n` +
				(failures.join('\n') || '  no page found')
		);
		process.exit(1);
	}
	console.log(`csp: ${pages.length} pages, each with its policy and every inline script hashed in it`);
}
