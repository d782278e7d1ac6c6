// One import on the import page: the file chosen, what the worker found in it, the mapping the user
// confirms or changes, the check of every row under that mapping, and finally the indicators to keep.
import { ParserClient, ParseFailure } from './client';
import { detectLayout, guessHeaderRow } from './detect-layout';
import { importRecords, type IndicatorFields, type StoredImport } from './indicator';
import { MAX_TEXT_BYTES, MAX_WORKBOOK_BYTES, SAMPLE_ROWS, maxYear } from './limits';
import { mappingProblems, type ColumnRole, type Mapping, type MappingProblem } from './mapping';
import { createProvinceMatcher } from './match-province';
import type { NamedProvince } from '$lib/places/named-province';
import { defaultFields } from './default-fields';
import type { Opened, ProgressPhase } from './protocol';
import type { RejectedCell, Validation } from './validate-rows';

export type Stage = 'idle' | 'reading' | 'ready' | 'importing' | 'failed';

export class ImportSession {
	stage = $state<Stage>('idle');
	fileName = $state('');
	progress = $state.raw<{ phase: ProgressPhase; fraction: number } | null>(null);
	/** Why the file cannot be read or checked. */
	error = $state.raw<{ code: string; detail: string } | null>(null);
	opened = $state.raw<Opened | null>(null);
	mapping = $state.raw<Mapping | null>(null);
	/** The user's decisions for province names that were not recognised: text → adcode, or null to leave out. */
	assigned = $state.raw<Record<string, number | null>>({});
	/** The check of every row under the current mapping (without the values). */
	summary = $state.raw<Validation | null>(null);
	checking = $state(false);
	/** Name, unit and direction of each indicator found, by its key; the user may edit them. */
	fields = $state<Record<string, IndicatorFields>>({});

	readonly #provinces: () => NamedProvince[];
	#client: ParserClient | null = null;
	#checks = 0;

	constructor(provinces: () => NamedProvince[]) {
		this.#provinces = provinces;
	}

	get #parser(): ParserClient {
		this.#client ??= new ParserClient();
		return this.#client;
	}

	readonly header: string[] = $derived(this.opened?.sample[this.mapping?.headerRow ?? 0] ?? []);
	readonly problems: MappingProblem[] = $derived(
		this.mapping ? mappingProblems(this.mapping, this.header) : []
	);
	readonly canImport: boolean = $derived(
		this.stage === 'ready' &&
			!this.checking &&
			this.problems.length === 0 &&
			(this.summary?.imported ?? 0) > 0
	);

	#onProgress = (phase: ProgressPhase, fraction: number) => (this.progress = { phase, fraction });

	#fail(error: unknown) {
		if (error instanceof ParseFailure && error.code === 'cancelled') return;
		this.stage = 'failed';
		this.progress = null;
		this.checking = false;
		this.error =
			error instanceof ParseFailure
				? { code: error.code, detail: error.detail }
				: { code: 'read_failed', detail: error instanceof Error ? error.message : String(error) };
	}

	/** Changes the name, unit or direction the user gives an indicator. */
	setField<K extends keyof IndicatorFields>(key: string, field: K, value: IndicatorFields[K]): void {
		const fields = this.fields[key];
		if (fields) fields[field] = value;
	}

	/** Reads a new file: refused at once when over the limit, else parsed in the worker and checked. */
	async choose(file: File): Promise<void> {
		this.fileName = file.name;
		this.opened = null;
		this.mapping = null;
		this.summary = null;
		this.assigned = {};
		this.fields = {};
		this.error = null;
		const workbook = /\.(xlsx|xlsm|xls)$/i.test(file.name);
		if (file.size > (workbook ? MAX_WORKBOOK_BYTES : MAX_TEXT_BYTES)) {
			this.#parser.reset();
			this.stage = 'failed';
			this.error = { code: 'too_large', detail: String(file.size) };
			return;
		}
		this.stage = 'reading';
		this.progress = { phase: 'reading', fraction: 0 };
		try {
			this.#opened(await this.#parser.open(file, this.#onProgress));
		} catch (error) {
			this.#fail(error);
		}
	}

	async chooseSheet(sheet: string): Promise<void> {
		this.stage = 'reading';
		this.summary = null;
		this.fields = {};
		this.error = null;
		try {
			this.#opened(await this.#parser.sheet(sheet, this.#onProgress));
		} catch (error) {
			this.#fail(error);
		}
	}

	#opened(opened: Opened) {
		this.opened = opened;
		this.progress = null;
		this.stage = 'ready';
		const match = createProvinceMatcher(this.#provinces());
		this.mapping = detectLayout(opened.sample, opened.columnCount, match, guessHeaderRow(opened.sample));
		void this.check();
	}

	setHeaderRow(row: number): void {
		if (
			!this.opened ||
			!Number.isInteger(row) ||
			row < 0 ||
			row >= Math.min(SAMPLE_ROWS, this.opened.sample.length)
		)
			return;
		const match = createProvinceMatcher(this.#provinces());
		this.mapping = detectLayout(this.opened.sample, this.opened.columnCount, match, row);
		void this.check();
	}

	setRole(column: number, role: ColumnRole): void {
		if (!this.mapping) return;
		const roles = [...this.mapping.roles];
		roles[column] = role;
		this.mapping = { ...this.mapping, roles };
		void this.check();
	}

	assign(text: string, adcode: number | null | undefined): void {
		const next = { ...this.assigned };
		if (adcode === undefined) delete next[text];
		else next[text] = adcode;
		this.assigned = next;
		void this.check();
	}

	#request(full: boolean) {
		return {
			header: [...this.header],
			mapping: $state.snapshot(this.mapping) as Mapping,
			provinces: this.#provinces().map(({ adcode, name_zh, name_en, pinyin }) => ({
				adcode,
				name_zh,
				name_en,
				pinyin
			})),
			assigned: { ...this.assigned },
			maxYear: maxYear(),
			full
		};
	}

	/** Checks every row under the current mapping; a newer check supersedes an older one. */
	async check(): Promise<void> {
		if (!this.opened || !this.mapping) return;
		const id = ++this.#checks;
		if (this.problems.length) {
			this.summary = null;
			return;
		}
		this.checking = true;
		try {
			const summary = await this.#parser.validate(this.#request(false), this.#onProgress);
			if (id !== this.#checks) return;
			this.summary = summary;
			this.#defaultFields(summary);
			this.checking = false;
			this.progress = null;
		} catch (error) {
			if (id === this.#checks) this.#fail(error);
		}
	}

	/** Names and units from the file for indicators not named yet. */
	#defaultFields(summary: Validation) {
		if (!this.opened || !this.mapping) return;
		const file = { opened: this.opened, mapping: this.mapping, fileName: this.fileName };
		for (const found of summary.indicators)
			this.fields[found.key] ??= defaultFields(found, summary.indicators.length, file);
	}

	/** The imported indicators, ready to keep: every row checked again, with the values this time; and the file's rejected cells. */
	async commit(taken: Iterable<string>): Promise<{ records: StoredImport[]; rejectedCells: RejectedCell[] }> {
		const none = { records: [], rejectedCells: [] };
		if (!this.canImport || !this.opened) return none;
		this.stage = 'importing';
		try {
			const validation = await this.#parser.validate(this.#request(true), this.#onProgress);
			this.progress = null;
			const { format, encoding, sheet } = this.opened;
			const records = importRecords({
				validation,
				fields: $state.snapshot(this.fields),
				fileName: this.fileName,
				file: { format, encoding, sheet },
				taken
			});
			this.stage = 'ready';
			return { records, rejectedCells: validation.rejectedCells };
		} catch (error) {
			this.#fail(error);
			return none;
		}
	}

	/** Every rejected cell under the current mapping, for the download before the import. */
	async rejectedCells(): Promise<RejectedCell[]> {
		const full = await this.#parser.validate(this.#request(true), this.#onProgress);
		this.progress = null;
		return full.rejectedCells;
	}
}
