// What a link asked for that the page did not use, gathered as one notice per parameter: a selection of
// 10,000 unknown entries is one notice that counts them, not 10,000 notices.
import type { UrlParam } from './url-params';
import type { CompositeProblem } from './composite-definition';

/** Why a composite definition was refused: a problem of its text, or components that share no year. */
export type DefinitionProblem = CompositeProblem | { reason: 'no_common_year'; item: string };

/** How many of a parameter's rejected values a notice keeps to show; the rest are only counted. */
export const MAX_NOTICE_VALUES = 3;

/** Why a URL parameter was not used as given; shown to the user. */
export interface Notice {
	param: UrlParam;
	/** The first rejected values (at most MAX_NOTICE_VALUES), as the link gives them: shown as text. */
	values: string[];
	/** How many values were rejected: more than `values` holds when a selection lists many. */
	rejected: number;
	/** How many times the link gives the parameter; only the first is read. */
	given: number;
	/** What was used instead (empty when the value was simply dropped). */
	fallback: string;
	/** For `composite`: what is wrong with the definition. */
	problem?: DefinitionProblem;
}

export class NoticeList {
	readonly #byParam = new Map<UrlParam, Notice>();

	#notice(param: UrlParam): Notice {
		let notice = this.#byParam.get(param);
		if (!notice)
			this.#byParam.set(param, (notice = { param, values: [], rejected: 0, given: 1, fallback: '' }));
		return notice;
	}

	reject(param: UrlParam, value: string, fallback: string): void {
		const notice = this.#notice(param);
		if (notice.values.length < MAX_NOTICE_VALUES) notice.values.push(value);
		notice.rejected += 1;
		notice.fallback = fallback;
	}

	/** A value refused for a stated problem (a composite definition): dropped, nothing used instead. */
	refuse(param: UrlParam, value: string, problem: DefinitionProblem): void {
		this.reject(param, value, '');
		this.#notice(param).problem = problem;
	}

	repeated(param: UrlParam, given: number): void {
		this.#notice(param).given = given;
	}

	/** The notices, in the order of `params`. */
	list(params: readonly UrlParam[]): Notice[] {
		return params.flatMap((param) => this.#byParam.get(param) ?? []);
	}
}
