// Helpers for tests of the engine's failures: wait for the error state, and check what must survive it.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DB_CHARTS } from './site';

/** The default view, drawn at build time into the overview. */
export const PRERENDERED_VIEW = 'pku_dfiic_index_aggregate|2023|region4';

/** A failed start-up must turn into an error promptly; this leaves room for the app's own timeouts (10 s). */
const ERROR_TIMEOUT = 25_000;

/** Wait for html[data-db="error"], failing with what the page shows instead. */
export async function waitForEngineError(page: Page, failedRequests: string[]): Promise<void> {
	try {
		await page.locator('html[data-db="error"]').waitFor({ state: 'attached', timeout: ERROR_TIMEOUT });
	} catch (error) {
		const state = await page.evaluate(() => document.documentElement.dataset.db);
		const status = await page.locator('[role=status]').allInnerTexts();
		throw new Error(
			`html[data-db] is still "${state}" ${ERROR_TIMEOUT / 1000} s after these requests failed: ` +
				`${failedRequests.join('; ') || '(none)'}. No [role=alert] is shown; the page says: ${JSON.stringify(status)}`,
			{ cause: error }
		);
	}
}

/** The overview's charts drawn at build time are still there, each with its caption and its download. */
export async function expectPrerenderedCharts(
	page: Page,
	download: RegExp = /^(下载 CSV|Download CSV)/
): Promise<void> {
	for (const chart of DB_CHARTS) {
		const figure = page.locator(`figure[data-chart="${chart}"]`);
		expect(await figure.locator('figcaption').innerText()).not.toBe('');
		expect(await figure.getAttribute('data-view')).toBe(PRERENDERED_VIEW);
		expect(await figure.locator('svg[role=img]').count()).toBeGreaterThan(0);
		expect(await figure.getByRole('button', { name: download }).isEnabled()).toBe(true);
	}
}
