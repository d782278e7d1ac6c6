// The messages between the import page and its parsing worker.
import type { NamedProvince } from '$lib/places/named-province';
import type { Mapping } from './mapping';
import type { FileFormat, Inspection } from './open-file';
import type { ImportErrorCode } from './import-error';
import type { Delimiter } from './delimited';
import type { TextEncodingName } from './decode';
import type { Validation } from './validate-rows';

export interface Opened extends Inspection {
	format: FileFormat;
	encoding: TextEncodingName | null;
	delimiter: Delimiter | null;
	sheets: string[];
	sheet: string | null;
}

export interface ValidateRequest {
	header: string[];
	mapping: Mapping;
	provinces: NamedProvince[];
	assigned: Record<string, number | null>;
	maxYear: number;
	/** Keep the imported values and list every rejected cell (for the import itself, or the download). */
	full: boolean;
}

export type Request =
	| { id: number; type: 'open'; file: File }
	| { id: number; type: 'sheet'; sheet: string }
	| ({ id: number; type: 'validate' } & ValidateRequest);

export type ProgressPhase = 'reading' | 'parsing' | 'checking';

export type Response =
	| { id: number; type: 'progress'; phase: ProgressPhase; fraction: number }
	| { id: number; type: 'opened'; result: Opened }
	| { id: number; type: 'validated'; result: Validation }
	| { id: number; type: 'error'; code: ImportErrorCode | 'worker_failed'; detail: string };
