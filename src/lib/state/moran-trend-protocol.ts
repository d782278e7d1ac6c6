// The messages between the page and the Moran trend's worker.
import type { MoranFigures, MoranInput } from './moran';

export interface TrendRequest {
	id: number;
	input: Omit<MoranInput, 'year'>;
}

export interface TrendReply {
	id: number;
	trend: MoranFigures['trend'];
}
