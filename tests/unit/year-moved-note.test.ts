// The page words what PageState.yearMoved holds as values (components/YearMovedNote.svelte).
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import YearMovedNote from '$lib/components/YearMovedNote.svelte';
import type { Manifest } from '$lib/data/manifest';
import { realDataset } from './support/real-data';

let manifest: Manifest;
beforeAll(async () => {
	manifest = (await realDataset()).manifest;
});

const move = { indicator: 'pku_dfiic_monetary_fund', asked: 2019, shown: 2018 };
const text = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');

describe('YearMovedNote', () => {
	it('says in Chinese that the indicator has no data for the year asked and which year is shown', () => {
		const { body } = render(YearMovedNote, { props: { move, manifest, lang: 'zh' } });
		expect(text(body)).toContain(
			'<p class="year-moved" role="status">数字普惠金融·货币基金没有 2019 年的数据，已显示最近有数据的 2018 年。</p>'
		);
	});

	it('follows the language: the same move in English', () => {
		const { body } = render(YearMovedNote, { props: { move, manifest, lang: 'en' } });
		expect(text(body)).toContain(
			'Digital financial inclusion: monetary funds has no data for 2019; showing 2018, the latest year with data.'
		);
	});

	it('says nothing when the year was not moved', () => {
		const { body } = render(YearMovedNote, { props: { move: null, manifest, lang: 'zh' } });
		expect(text(body).trim()).toBe('');
	});
});
