/**
 * `work`, or the error `late()` gives once `ms` have passed without it settling. `work` keeps running (its
 * outcome is then ignored): the caller tears down what it started.
 */
export function withDeadline<T>(
	work: Promise<T>,
	ms: number,
	late: () => Error | Promise<Error>
): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const expired = new Promise<never>((_, reject) => {
		timer = setTimeout(() => void Promise.resolve().then(late).then(reject, reject), ms);
	});
	return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
