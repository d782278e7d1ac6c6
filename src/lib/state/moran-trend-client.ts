// The page's side of the Moran trend's worker: one worker for the page, started when a trend is first asked
// for, each request a promise. A worker that fails (it could not start, say) fails what it was asked; the
// next request starts another.
import type { MoranFigures, MoranInput } from './moran';
import type { TrendReply, TrendRequest } from './moran-trend-protocol';

let worker: Worker | null = null;
let next = 1;
const pending = new Map<
	number,
	{ resolve: (trend: MoranFigures['trend']) => void; reject: (e: Error) => void }
>();

function startWorker(): Worker {
	const started = new Worker(new URL('./moran-trend.worker.ts', import.meta.url), { type: 'module' });
	started.addEventListener('message', ({ data }: MessageEvent<TrendReply>) => {
		pending.get(data.id)?.resolve(data.trend);
		pending.delete(data.id);
	});
	started.addEventListener('error', (event) => {
		event.preventDefault();
		for (const request of pending.values())
			request.reject(new Error(event.message || 'the Moran worker failed'));
		pending.clear();
		started.terminate();
		worker = null;
	});
	return started;
}

/** The Moran trend of `input`, computed in the worker; recorded as the measure `moran:trend` (its round trip). */
export function trendInWorker(input: Omit<MoranInput, 'year'>): Promise<MoranFigures['trend']> {
	worker ??= startWorker();
	const id = next++;
	const began = performance.now();
	const { values, weights, geography } = input;
	const request: TrendRequest = {
		id,
		input: { values, weights, geography: { contiguity: geography.contiguity, capitals: geography.capitals } }
	};
	worker.postMessage(request);
	return new Promise<MoranFigures['trend']>((resolve, reject) =>
		pending.set(id, { resolve, reject })
	).finally(() => performance.measure('moran:trend', { start: began }));
}
