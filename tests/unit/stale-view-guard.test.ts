// The stale-view guard runs before any module: here its script runs in a bare context with the few browser
// objects it touches, and its data read from the attributes staleViewGuard() writes.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { staleViewGuard } from '$lib/state/first-view';

const DRAWN = { indicator: 'pku', year: '2023', from: '' };
const CHARTS = 'figure[data-view="pku|2023"]';

const unescape = (text: string) =>
	text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&amp;', '&');

/** Runs the guard's script for `search`; the style elements it added to the document. */
function runGuard(html: string, search: string): { id: string; textContent: string }[] {
	const m = /^<script data-drawn="([^"]*)" data-charts="([^"]*)">(.*)<\/script>$/s.exec(html);
	if (!m) throw new Error(`not a guard script: ${html}`);
	const appended: { id: string; textContent: string }[] = [];
	runInNewContext(m[3]!, {
		location: { search },
		URLSearchParams,
		document: {
			currentScript: { dataset: { drawn: unescape(m[1]!), charts: unescape(m[2]!) } },
			createElement: () => ({ id: '', textContent: '' }),
			documentElement: { appendChild: (e: { id: string; textContent: string }) => appended.push(e) }
		}
	});
	return appended;
}

describe('staleViewGuard', () => {
	it('hides the drawn charts when the URL gives a parameter another value than the one drawn', () => {
		expect(runGuard(staleViewGuard(DRAWN, CHARTS), '?year=2019&lang=en')).toEqual([
			{ id: 'stale-first-view', textContent: `${CHARTS}>*{visibility:hidden}` }
		]);
	});

	it('leaves them shown when the URL gives the drawn values, or none of the parameters', () => {
		expect(runGuard(staleViewGuard(DRAWN, CHARTS), '?v=1&indicator=pku&year=2023&lang=en')).toEqual([]);
		expect(runGuard(staleViewGuard(DRAWN, CHARTS), '')).toEqual([]);
	});

	it("takes '' as drawn without the parameter: any value of it hides them", () => {
		expect(runGuard(staleViewGuard(DRAWN, CHARTS), '?from=2011')).toHaveLength(1);
	});

	it('keeps quotes, ampersands and < in its data inside their attributes', () => {
		const drawn = { indicator: 'a"b&c<d' };
		expect(runGuard(staleViewGuard(drawn, CHARTS), '?indicator=a%22b%26c%3Cd')).toEqual([]);
		expect(runGuard(staleViewGuard(drawn, CHARTS), '?indicator=a')).toHaveLength(1);
	});

	it('writes the same script text for every view, so that one hash in the policy allows it', () => {
		const code = (html: string) => html.slice(html.indexOf('>') + 1);
		expect(code(staleViewGuard(DRAWN, CHARTS))).toBe(code(staleViewGuard({ year: '2019' }, 'main')));
	});
});
