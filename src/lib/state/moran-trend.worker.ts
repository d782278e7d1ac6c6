// The Moran trend off the main thread: 13 years × 999 permutations take 30–200 ms, too long for the page's
// one thread on a change of indicator or weights. The same function as on the server, so the same figures.
import { trendOf } from './moran';
import type { TrendReply, TrendRequest } from './moran-trend-protocol';

self.addEventListener('message', (event: MessageEvent<TrendRequest>) => {
	const { id, input } = event.data;
	self.postMessage({ id, trend: trendOf(input) } satisfies TrendReply);
});
