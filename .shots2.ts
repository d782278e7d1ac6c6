import { chromium } from 'playwright-core';
import { serve } from '/work/wt-imports/scripts/serve.js';
import { mkdirSync } from 'node:fs';
const out = process.argv[2] ?? '/tmp/imports-shots';
const urls = process.argv.slice(3);
mkdirSync(out, { recursive: true });
const server = await serve({ dir: '/work/wt-imports/build', port: 0 });
const base = server.url.endsWith("/") ? server.url : server.url + "/";
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let i = 0;
for (const u of urls) {
	const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await ctx.newPage();
	const [path, selector] = u.split('@@');
	await page.goto(base + path);
	await page.waitForFunction(() => document.documentElement.dataset.db !== 'loading', null, { timeout: 30000 }).catch(() => {});
	await page.waitForTimeout(1200);
	if (selector) await page.locator(selector).first().screenshot({ path: `${out}/u${i++}.png` });
	else await page.screenshot({ path: `${out}/u${i++}.png`, fullPage: true });
	await ctx.close();
}
await browser.close();
server.close();
