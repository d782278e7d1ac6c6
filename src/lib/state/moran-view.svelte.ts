// The Moran figures a page draws, with the props of the view they belong to. The first input's figures are
// computed at once: the prerendered page and its hydration draw the same. A later input that needs a new
// trend (another indicator's values, other weights) has it computed in the trend's worker, and until it is
// in, the figures of the last input stay drawn with that input's props: a chart never says it draws a view
// it does not. A change of year needs only the year's figure (a few ms), computed at once.
import { untrack } from 'svelte';
import { browser } from '$app/environment';
import { moranMemo, sameFigures, sameTrend, trendOf, type MoranFigures, type MoranInput } from './moran';
import { trendInWorker } from './moran-trend-client';

/** What the figures are computed from, and the props of the charts that draw them. */
export type MoranViewInput<P> = MoranInput & { props: P };

export class MoranView<P> {
	/** The figures drawn, the input they were computed from and its props. */
	shown: MoranFigures & { input: MoranViewInput<P> };
	readonly #input: () => MoranViewInput<P>;
	/** The input whose trend the worker is computing (the latest asked for), or null. */
	#waiting: MoranViewInput<P> | null = null;

	constructor(input: () => MoranViewInput<P>) {
		this.#input = input;
		const memo = moranMemo();
		const first = input();
		this.shown = $state.raw({ ...memo(first), input: first });
		if (!browser) return;
		$effect.pre(() => {
			const next = input();
			if (memo.hasTrend(next)) {
				this.#waiting = null;
				const shown = untrack(() => this.shown.input);
				if (!sameFigures(next, shown) || next.props !== shown.props)
					this.shown = { ...memo(next), input: next };
				return;
			}
			const asked = this.#waiting;
			this.#waiting = next;
			if (asked && sameTrend(asked, next)) return; // already asked: its reply draws `next`
			trendInWorker(next)
				.catch(() => trendOf(next)) // no worker: the same figures, computed here
				.then((trend) => {
					const latest = this.#waiting;
					if (!latest || !sameTrend(latest, next)) return; // a newer input has been asked for since
					this.#waiting = null;
					this.shown = { ...memo(latest, trend), input: latest };
				});
		});
	}

	/** Whether the figures drawn are those of the latest input. */
	get current(): boolean {
		return sameFigures(this.shown.input, this.#input());
	}
}
