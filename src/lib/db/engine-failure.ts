// Why the engine could not start, as a value: the page words it in the reader's language (and again when
// the language changes), so a failure carries its cause and figures, never a sentence.
import type { TableProblem } from '$lib/data/table-check';
import type { WasmProblem } from './wasm-check';

export type EngineFailure =
	/** The browser lacks WebAssembly (with exception handling) or Web Workers: the one case where the browser is to blame. */
	| { kind: 'browser' }
	/** A file could not be downloaded: the server's HTTP status, or none when the network failed. */
	| { kind: 'download'; file: string; status: number | null }
	/** The download started or was waited for, then no byte arrived for `seconds`. */
	| { kind: 'stalled'; file: string; seconds: number }
	/** The engine's file arrived but is no WebAssembly module. */
	| { kind: 'not-wasm'; file: string; problem: WasmProblem }
	/** The engine's worker script `file` failed to load or threw (`detail`: the browser's message, if any). */
	| { kind: 'worker-failed'; file: string; detail: string }
	/** The worker did not answer a start-up step within `seconds`. */
	| { kind: 'worker-silent'; seconds: number }
	/** A data file arrived but is not the table the manifest describes. */
	| { kind: 'not-table'; file: string; problem: TableProblem }
	/** A query failed once the engine was up. */
	| { kind: 'query'; detail: string };

export class EngineError extends Error {
	constructor(readonly failure: EngineFailure) {
		super(`DuckDB-WASM: ${JSON.stringify(failure)}`);
		this.name = 'EngineError';
	}
}

/** The failure an error stands for: an EngineError's own, else a failed query. */
export function engineFailure(error: unknown): EngineFailure {
	if (error instanceof EngineError) return error.failure;
	return { kind: 'query', detail: error instanceof Error ? error.message : String(error) };
}
