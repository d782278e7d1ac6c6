// Which page a /brief link was opened from, and the link that says it.
import { describe, expect, it } from 'vitest';
import { briefQuery, readBriefingOrigin } from '$lib/charts/briefing/briefing-charts';
import { defaultView } from '$lib/state/view';
import { realDataset } from './support/real-data';

describe('briefQuery(origin, view) and readBriefingOrigin(params)', () => {
	it('writes the view as every link does, and page=analysis after it from /analysis only', async () => {
		const view = { ...defaultView((await realDataset()).manifest), year: 2019, select: [620000] };
		const overview = briefQuery('overview', view);
		expect(overview).toBe('?v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region4&select=620000');
		expect(briefQuery('analysis', view)).toBe(`${overview}&page=analysis`);
	});

	it('reads page=analysis back as /analysis, and anything else or nothing as the overview', () => {
		const read = (query: string) => readBriefingOrigin(new URLSearchParams(query));
		expect(read('?v=1&year=2019&page=analysis')).toBe('analysis');
		expect(read('?v=1&year=2019')).toBe('overview');
		expect(read('?page=relate')).toBe('overview');
	});
});
