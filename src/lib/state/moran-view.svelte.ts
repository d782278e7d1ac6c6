// The Moran figures a page draws, with the props of the view they belong to. The first input's figures are
// computed at once: the prerendered page and its hydration draw the same. Any later input that needs new
// figures (another indicator, weights or year) has them computed in the worker, and until they are in, the
// figures of the last input stay drawn with that input's props: a chart never says it draws a view it does
// not. A change that needs no new figure (the language, say) is drawn at once.
import { untrack } from 'svelte';
import { browser } from '$app/environment';
import {
	moranFigures,
	recordMoranTimes,
	sameFigures,
	sameTrend,
	type MoranFigures,
	type MoranInput
} from './moran';
import { figuresInWorker } from './moran-client';

/** What the figures are computed from, and the props of the charts that draw them. */
export type MoranViewInput<P> = MoranInput & { props: P };

export class MoranView<P> {
	/** The figures drawn, the input they were computed from and its props. */
	shown: MoranFigures & { input: MoranViewInput<P> };
	readonly #input: () => MoranViewInput<P>;
	/** The latest input asked of the worker, until its figures are drawn. */
	#waiting: MoranViewInput<P> | null = null;

	constructor(input: () => MoranViewInput<P>) {
		this.#input = input;
		const first = input();
		const { figures, times } = moranFigures(first);
		recordMoranTimes(times);
		this.shown = $state.raw({ ...figures, input: first });
		if (browser) $effect.pre(() => this.#ask(input()));
	}

	/** Whether the figures drawn are those of the latest input. */
	get current(): boolean {
		return sameFigures(this.shown.input, this.#input());
	}

	#ask(next: MoranViewInput<P>): void {
		const shown = untrack(() => this.shown);
		if (sameFigures(next, shown.input)) {
			this.#waiting = null;
			if (next.props !== shown.input.props) this.shown = { ...shown, input: next };
			return;
		}
		const asked = this.#waiting;
		this.#waiting = next;
		if (asked && sameFigures(asked, next)) return; // already asked: its reply draws `next`
		const trend = sameTrend(next, shown.input) ? shown.trend : undefined;
		figuresInWorker(next, trend)
			// No worker: the same figures, computed here.
			.catch(() => moranFigures(next, trend).figures)
			.then((figures) => {
				const latest = this.#waiting;
				if (!latest || !sameFigures(latest, next)) return; // a newer input has been asked for since
				this.#waiting = null;
				this.shown = { ...figures, input: latest };
			});
	}
}
