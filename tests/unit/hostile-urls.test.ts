import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/data/manifest';
import { parseView } from '$lib/state/view';
import { CATEGORIES, PAGES, hostileUrls } from '../browser/support/hostile-urls';
import { realDataset } from './support/real-data';

let manifest: Manifest;
beforeAll(async () => {
	manifest = (await realDataset()).manifest;
});

const SEED = 20_240_611;
const urls = hostileUrls(SEED);

describe('hostileUrls(seed, perCategory)', () => {
	it('gives the same links for the same seed, and others for another seed', () => {
		expect(hostileUrls(SEED)).toEqual(urls);
		const other = hostileUrls(SEED + 1);
		expect(other.map((u) => u.query)).not.toEqual(urls.map((u) => u.query));
	});

	it('gives 30 links per category (330), five per page in each category', () => {
		expect(urls).toHaveLength(330);
		for (const category of CATEGORIES) {
			const own = urls.filter((u) => u.category === category);
			expect(own).toHaveLength(30);
			for (const page of PAGES) expect(own.filter((u) => u.page === page)).toHaveLength(5);
		}
	});

	it('expects the notices that parseView gives, as built from the parts', () => {
		const disagreements = urls.filter((u) => {
			const { view, notices } = parseView(new URLSearchParams(u.query), manifest);
			const params = notices.map((n) => n.param);
			return JSON.stringify(params) !== JSON.stringify(u.notices) || view.select.length !== u.selected;
		});
		expect(disagreements.map((u) => `${u.category} ${u.query.slice(0, 120)}`)).toEqual([]);
	});

	it('expects a notice from most categories and none from unknown parameters and empty values', () => {
		const withNotice = (category: string) =>
			urls.filter((u) => u.category === category && u.notices.length > 0).length;
		expect(withNotice('unknown-param')).toBe(0);
		expect(withNotice('empty')).toBe(0);
		for (const category of ['sql', 'markup', 'invisible']) expect(withNotice(category)).toBe(30);
		for (const category of [
			'huge-value',
			'repeated',
			'percent-escape',
			'prototype',
			'huge-selection',
			'mixed'
		])
			expect(withNotice(category)).toBeGreaterThan(5);
	});

	it('holds 100 KB values, 500 repeated parameters, raw bad escapes and selections of 10,000 entries', () => {
		const of = (category: string) => urls.filter((u) => u.category === category).map((u) => u.query);
		expect(of('huge-value').every((q) => q.length >= 100_000)).toBe(true);
		expect(of('repeated').every((q) => q.split('&').length >= 500)).toBe(true);
		expect(of('percent-escape').some((q) => /%(?![0-9A-F]{2})/i.test(q))).toBe(true);
		const entries = (q: string) => new URLSearchParams(q).get('select')?.split(',').length ?? 0;
		expect(of('huge-selection').every((q) => entries(q) === 10_000)).toBe(true);
		expect(urls.filter((u) => u.category === 'huge-selection' && u.selected > 8).length).toBeGreaterThan(20);
	});
});
