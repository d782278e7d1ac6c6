// The Moran figures off the main thread: 13 years × 999 permutations and the year's 31 × 999 conditional ones
// take 30–300 ms, too long for the page's one thread on a change of view. The same functions as on the
// server, so the same figures.
import { moranFigures } from './moran';
import type { FiguresReply, FiguresRequest } from './moran-protocol';

self.addEventListener('message', ({ data }: MessageEvent<FiguresRequest>) => {
	self.postMessage({ id: data.id, ...moranFigures(data.input, data.trend) } satisfies FiguresReply);
});
