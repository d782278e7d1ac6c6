// The first interaction on a slow line: `/` loaded at the throttled profile in a new context, and a change
// of year made as soon as the page is painted and its slider has its handler (a change made before the
// page's script has attached it goes nowhere). Timed until every chart shows the new year and the frame is
// painted, with `data-db` at that moment: `loading` when the page drew it before the engine was ready.
import type { Browser } from 'playwright-core';
import type { NetworkProfile } from './visits';
import { changeOnce, installLoadProbe, type ChangeStep, type FirstChange, type LoadMarks } from './probes';

export async function measureFirstChange(
	browser: Browser,
	url: string,
	{
		runs,
		throttle,
		step,
		charts,
		markSelector
	}: { runs: number; throttle: NetworkProfile; step: ChangeStep; charts: string[]; markSelector: string }
): Promise<FirstChange[]> {
	const samples: FirstChange[] = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
		await context.addInitScript('window.__name = (fn) => fn;');
		await context.addInitScript(installLoadProbe, { markSelector, charts });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', throttle);
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(
			(selector) => {
				const painted = (window as unknown as { __bench: LoadMarks }).__bench.fcp !== undefined;
				const control = document.querySelector(selector);
				// Svelte keeps an element's delegated event handlers under a symbol on the element.
				return painted && !!control && Object.getOwnPropertySymbols(control).length > 0;
			},
			step.control,
			{ timeout: 60_000, polling: 'raf' }
		);
		samples.push(await page.evaluate(changeOnce, { step, charts, timeout: 60_000 }));
		await context.close();
		process.stdout.write('.');
	}
	return samples;
}
