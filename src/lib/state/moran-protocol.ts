// The messages between the page and the Moran figures' worker.
import type { MoranFigures, MoranInput, MoranTimes } from './moran';

export interface FiguresRequest {
	id: number;
	input: MoranInput;
	/** The trend, when the page has it already (a change of year): only the year's figure is computed. */
	trend?: MoranFigures['trend'];
}

export interface FiguresReply {
	id: number;
	figures: MoranFigures;
	times: MoranTimes;
}
