// Code that runs inside the benchmarked page (passed to playwright's addInitScript / evaluate, so each
// function must be self-contained: no imports, no closures over this module).

export interface LoadMarks {
	/** First contentful paint. */
	fcp?: number;
	/** A mark of a chart drawn from the data entered the DOM … */
	chartDom?: number;
	/** … and the frame holding it was rendered (the task after its requestAnimationFrame). */
	chartPainted?: number;
	/** Every data chart shows a view (data-view set). */
	allCharts?: number;
	/** `<html data-db="ready">`. */
	ready?: number;
}

/**
 * Installed before the page's own scripts: records, in ms since navigation start, the first paint, the first
 * data-chart mark (and the frame that renders it), every data chart showing a view, and data-db=ready.
 */
export function installLoadProbe({ markSelector, charts }: { markSelector: string; charts: string[] }): void {
	const marks: LoadMarks = {};
	(window as unknown as { __bench: LoadMarks }).__bench = marks;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	const painted = (name: 'chartPainted') =>
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => (marks[name] ??= performance.now());
			channel.port2.postMessage(null);
		});
	const check = () => {
		const now = performance.now();
		if (marks.chartDom === undefined && document.querySelector(markSelector)) {
			marks.chartDom = now;
			painted('chartPainted');
		}
		if (
			marks.allCharts === undefined &&
			charts.every((id) => document.querySelector(`figure[data-chart="${id}"]`)?.getAttribute('data-view'))
		) {
			marks.allCharts = now;
		}
		if (marks.ready === undefined && document.documentElement?.dataset.db === 'ready') marks.ready = now;
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-db', 'data-view']
	});
}

export interface ChangeStep {
	/** The control, as a CSS selector: a slider or a select takes `value`, a radio button is checked. */
	control: string;
	/** The slider position, the option's value; ignored for a radio button. */
	value: string;
	/** The event the control fires when a user changes it. */
	event: 'input' | 'change';
	/** The data-view every chart shows once the change is drawn. */
	key: string;
}

export interface ChangeSample {
	/** From dispatching the change to every chart's DOM showing the new view. */
	dom: number;
	/** … to the end of the next rendered frame (style, layout and paint included). */
	paint: number;
}

/**
 * Makes each change as a user would (the slider's input event, the select's or the radio button's change
 * event) and times it until every listed chart shows the new view, then until the next frame is rendered.
 */
export async function runChanges({
	steps,
	charts,
	timeout
}: {
	steps: ChangeStep[];
	charts: string[];
	timeout: number;
}): Promise<ChangeSample[]> {
	const nextPaint = () =>
		new Promise<void>((resolve) =>
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve();
				channel.port2.postMessage(null);
			})
		);
	// A figure may add to the view's key what only it depends on (the Moran figures add `|weights`).
	const shows = (view: string | null | undefined, key: string) =>
		view === key || !!view?.startsWith(`${key}|`);
	const drawn = (key: string) =>
		charts.every((id) =>
			shows(document.querySelector(`figure[data-chart="${id}"]`)?.getAttribute('data-view'), key)
		);
	const samples: ChangeSample[] = [];
	for (const step of steps) {
		await nextPaint();
		const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(step.control);
		if (!control) throw new Error(`no control ${step.control}`);
		const start = performance.now();
		if (control instanceof HTMLInputElement && control.type === 'radio') control.checked = true;
		else control.value = step.value;
		control.dispatchEvent(new Event(step.event, { bubbles: true }));
		const dom = await new Promise<number>((resolve, reject) => {
			if (drawn(step.key)) return resolve(performance.now());
			const timer = setTimeout(() => {
				observer.disconnect();
				reject(new Error(`the charts never showed ${step.key} (${timeout} ms)`));
			}, timeout);
			const observer = new MutationObserver(() => {
				if (!drawn(step.key)) return;
				observer.disconnect();
				clearTimeout(timer);
				resolve(performance.now());
			});
			observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-view'] });
		});
		await nextPaint();
		samples.push({ dom: dom - start, paint: performance.now() - start });
	}
	return samples;
}

export interface LongTask {
	/** ms since navigation start. */
	start: number;
	duration: number;
}

/** Installed before the page's own scripts: records every main-thread task over 50 ms (the Long Tasks API). */
export function installLongTaskProbe(): void {
	const tasks: LongTask[] = [];
	(window as unknown as { __longTasks: LongTask[] }).__longTasks = tasks;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
}

export interface FirstChange {
	/** From dispatching the change to every chart showing the new view … */
	dom: number;
	/** … and to the end of the next rendered frame. */
	paint: number;
	/** `<html data-db>` when the charts showed it: `loading` if the page drew it before the engine was ready. */
	dbWhenDrawn: string;
}

/** One change made at once (no frame waited for first), timed as runChanges times each of its steps. */
export async function changeOnce({
	step,
	charts,
	timeout
}: {
	step: ChangeStep;
	charts: string[];
	timeout: number;
}): Promise<FirstChange> {
	const shows = (view: string | null | undefined) => view === step.key || !!view?.startsWith(`${step.key}|`);
	const drawn = () =>
		charts.every((id) =>
			shows(document.querySelector(`figure[data-chart="${id}"]`)?.getAttribute('data-view'))
		);
	const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(step.control);
	if (!control) throw new Error(`no control ${step.control}`);
	const start = performance.now();
	control.value = step.value;
	control.dispatchEvent(new Event(step.event, { bubbles: true }));
	const { dom, dbWhenDrawn } = await new Promise<{ dom: number; dbWhenDrawn: string }>((resolve, reject) => {
		const done = () =>
			resolve({ dom: performance.now(), dbWhenDrawn: document.documentElement.dataset.db ?? '' });
		if (drawn()) return done();
		const timer = setTimeout(() => {
			observer.disconnect();
			reject(new Error(`the charts never showed ${step.key} (${timeout} ms)`));
		}, timeout);
		const observer = new MutationObserver(() => {
			if (!drawn()) return;
			observer.disconnect();
			clearTimeout(timer);
			done();
		});
		observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-view'] });
	});
	await new Promise<void>((resolve) =>
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => resolve();
			channel.port2.postMessage(null);
		})
	);
	return { dom: dom - start, paint: performance.now() - start, dbWhenDrawn };
}
