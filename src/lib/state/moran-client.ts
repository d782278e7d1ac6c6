// The page's side of the Moran figures' worker: one worker for the page, started when figures are first asked
// for, each request a promise. A worker that fails (it could not start, say) fails what it was asked; the
// next request starts another.
import { recordMoranTimes, type MoranFigures, type MoranInput } from './moran';
import type { FiguresReply, FiguresRequest } from './moran-protocol';

let worker: Worker | null = null;
let next = 1;
const pending = new Map<number, { resolve: (figures: MoranFigures) => void; reject: (e: Error) => void }>();

function startWorker(): Worker {
	const started = new Worker(new URL('./moran.worker.ts', import.meta.url), { type: 'module' });
	started.addEventListener('message', ({ data }: MessageEvent<FiguresReply>) => {
		recordMoranTimes(data.times);
		pending.get(data.id)?.resolve(data.figures);
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

/**
 * The Moran figures of `input`, computed in the worker (the trend only when not given); their times are
 * recorded as the page's measures `moran:trend` and `moran:year`. Rejects when the worker cannot start or fails.
 */
export async function figuresInWorker(
	input: MoranInput,
	trend?: MoranFigures['trend']
): Promise<MoranFigures> {
	worker ??= startWorker();
	const id = next++;
	const { values, weights, year, geography } = input;
	// Only what the figures read: the page's manifest is far larger than its two lists.
	const request: FiguresRequest = {
		id,
		input: {
			values,
			weights,
			year,
			geography: { contiguity: geography.contiguity, capitals: geography.capitals }
		},
		trend
	};
	worker.postMessage(request);
	return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
