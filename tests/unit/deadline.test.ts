import { describe, expect, it } from 'vitest';
import { withDeadline } from '$lib/db/deadline';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('withDeadline(work, ms, late)', () => {
	it('settles as the work does when it settles in time', async () => {
		expect(await withDeadline(after(10, 'done'), 500, () => new Error('late'))).toBe('done');
		await expect(
			withDeadline(Promise.reject(new Error('own')), 500, () => new Error('late'))
		).rejects.toThrow('own');
	});

	it('rejects with the error late() gives, sync or async, once ms pass without the work settling', async () => {
		await expect(withDeadline(new Promise(() => {}), 20, () => new Error('silent'))).rejects.toThrow(
			'silent'
		);
		await expect(
			withDeadline(new Promise(() => {}), 20, async () => after(10, new Error('checked')))
		).rejects.toThrow('checked');
	});
});
