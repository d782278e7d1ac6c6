import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for headless Chromium on these machines (headless itself comes from playwright's `headless: true`).
 * Running as root needs --no-sandbox; the network is closed, so everything that phones home is off,
 * otherwise Chromium keeps opening (refused) connections to Google's hosts.
 */
export const CHROMIUM_ARGS: string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--no-default-browser-check',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-extensions',
	'--disable-domain-reliability',
	'--disable-client-side-phishing-detection',
	'--disable-dev-shm-usage',
	'--metrics-recording-only',
	'--mute-audio'
];

/**
 * Path of the Chromium executable to drive with playwright-core.
 *
 * `$CHROME_PATH` if set, else Debian's /usr/bin/chromium. When that is missing and we are root on Debian,
 * installs it with apt-get (synchronously, output shown). Otherwise throws with install instructions:
 * browser tests are never skipped.
 */
export function findChromium(): string {
	const fromEnv = process.env.CHROME_PATH?.trim();
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no such file exists.`);
		return fromEnv;
	}
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;

	if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
		console.log(
			`[browser tests] ${DEBIAN_CHROMIUM} not found and CHROME_PATH not set: installing Debian's chromium with apt-get (running as root)…`
		);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		// Wait for another apt/dpkg run to let go of its lock instead of failing at once.
		const lock = ['-o', 'DPkg::Lock::Timeout=600'];
		execFileSync('apt-get', [...lock, 'update'], { stdio: 'inherit', env });
		execFileSync('apt-get', [...lock, 'install', '-y', 'chromium'], { stdio: 'inherit', env });
		if (!existsSync(DEBIAN_CHROMIUM)) {
			throw new Error(`apt-get install chromium finished, but ${DEBIAN_CHROMIUM} is still missing.`);
		}
		return DEBIAN_CHROMIUM;
	}

	throw new Error(
		`Chromium is needed for the browser tests but ${DEBIAN_CHROMIUM} was not found. ` +
			'Install it (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
			'or set CHROME_PATH to a Chromium/Chrome executable.'
	);
}
