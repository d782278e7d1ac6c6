// The overview states its finding in words (the headline, computed from the figures the charts draw) and
// its year slider plays through the years. Expected figures were computed by hand from
// data/observations/pku_dfiic.csv and data/provinces.csv (region means over the provinces with a value).
import { describe, expect, it } from 'vitest';
import { useSite, waitForView } from './support/site';

const site = useSite();
const headline = '[data-headline]';

describe('the overview’s headline', () => {
	it('states the default view’s East and West means, gap and ratio, and their change since 2011', async () => {
		const { page, errors } = await site.openReady();
		expect(await page.locator(headline).innerText()).toBe(
			'2023 年，东部平均 428.1，西部平均 371.0，东部比西部高 57.1，是西部的 1.15 倍。' +
				'东西部差距绝对值由 2011 年的 32.9 扩大到 57.1，相对差距由 2.18 倍缩小到 1.15 倍。' +
				'也就是说，按增长率计西部增长得更快，但东部增加的绝对量更多。'
		);
		expect(errors).toEqual([]);
	});

	it('follows the view: another indicator, year, scheme and language', async () => {
		// Payment 2016, three belts: East 267.6447 (incl. the Northeast), West 205.8161; 2011: 66.2917 / 30.9283.
		const { page } = await site.openReady('?indicator=pku_dfiic_payment&year=2016&scheme=region3&lang=en');
		await waitForView(page, 'pku_dfiic_payment|2016|region3');
		const text = await page.locator(headline).innerText();
		expect(text).toMatch(
			/^In 2016 the East averaged (\d+\.\d) and the West 205\.8: the East was (\d+\.\d) above/
		);
		const [, east, gap] = /averaged (\d+\.\d).*was (\d+\.\d) above/.exec(text)!;
		expect(Number(east) - 205.8).toBeCloseTo(Number(gap), 0);
		expect(text).toContain('Since 2011 the absolute East–West gap has widened from');
	});

	it('says East and West cannot be compared in a year the West has no value', async () => {
		const { page } = await site.openReady('?indicator=cps_online_service_index&year=2020');
		await waitForView(page, 'cps_online_service_index|2020|region4');
		expect(await page.locator(headline).innerText()).toBe('2020 年东部、西部没有数据，无法比较东西部。');
	});
});

describe('the year player', () => {
	it('plays from the year shown to the last year with the keyboard, then stops', async () => {
		const { page } = await site.openReady('?year=2021&lang=en');
		const play = page.getByRole('button', { name: 'Play through the years' });
		await play.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('output.year-value').innerText(), { timeout: 5_000 }).toBe('2022');
		await expect.poll(() => page.locator('output.year-value').innerText(), { timeout: 5_000 }).toBe('2023');
		await waitForView(page, 'pku_dfiic_index_aggregate|2023|region4');
		await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
		await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2023');
	});

	it('steps slower when the reader asks for reduced motion, and pauses where it is', async () => {
		const { page } = await site.open('?year=2011');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.waitForFunction(() => document.documentElement.dataset.db === 'ready');
		await page.getByRole('button', { name: '逐年播放' }).click();
		await page.waitForTimeout(1_500);
		expect(await page.locator('output.year-value').innerText()).toBe('2011');
		await expect.poll(() => page.locator('output.year-value').innerText(), { timeout: 5_000 }).toBe('2012');
		await page.getByRole('button', { name: '暂停播放' }).click();
		await page.waitForTimeout(3_500);
		expect(await page.locator('output.year-value').innerText()).toBe('2012');
	});
});
