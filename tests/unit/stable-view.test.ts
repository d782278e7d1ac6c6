import { describe, expect, it } from 'vitest';
import { stableView } from '$lib/state/stable-view';
import { defaultView } from '$lib/state/view';
import { realDataset } from './support/real-data';

describe('stableView', () => {
	it('gives back the view it last gave while the one passed is equal, and the new one once it differs', async () => {
		const base = defaultView((await realDataset()).manifest);
		const stable = stableView();
		const first = stable({ ...base });
		expect(stable({ ...base })).toBe(first);
		const english = { ...base, lang: 'en' as const };
		expect(stable(english)).toBe(english);
		expect(stable({ ...base, lang: 'en' })).toBe(english);
	});
});
