// Registers the site's service worker (src/service-worker.ts) and reports a new build waiting in it.
import { SKIP_WAITING } from './messages';

/**
 * Registers `scriptUrl` once the page has settled (`<html data-db>` left "loading", then the browser is
 * idle), so that precaching the site does not compete with the visit's own downloads. `onUpdate` is called
 * when a new build is ready to take over from the one serving this page.
 */
export async function registerServiceWorker(scriptUrl: string, onUpdate: () => void): Promise<void> {
	await settled();
	await idle();
	// undefined where registration is blocked (a browser test's context).
	const registration: ServiceWorkerRegistration | undefined =
		await navigator.serviceWorker.register(scriptUrl);
	if (!registration) return;
	const watch = (worker: ServiceWorker | null) => {
		if (!worker) return;
		const check = () => {
			// With no controller this is the first install: nothing older to replace.
			if (worker.state === 'installed' && navigator.serviceWorker.controller) onUpdate();
		};
		check();
		worker.addEventListener('statechange', check);
	};
	watch(registration.waiting);
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));
}

/** Hands the page to the waiting build and reloads once it is in charge. */
export async function applyUpdate(): Promise<void> {
	const registration = await navigator.serviceWorker.getRegistration();
	const waiting = registration?.waiting;
	if (!waiting) return location.reload();
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
	waiting.postMessage(SKIP_WAITING);
}

function settled(): Promise<void> {
	const html = document.documentElement;
	const done = () => html.dataset.db !== 'loading';
	return new Promise((resolve) => {
		if (done()) return resolve();
		const observer = new MutationObserver(() => {
			if (!done()) return;
			observer.disconnect();
			resolve();
		});
		observer.observe(html, { attributes: true, attributeFilter: ['data-db'] });
	});
}

function idle(): Promise<void> {
	// Safari has no requestIdleCallback.
	if (!('requestIdleCallback' in window)) return new Promise((resolve) => setTimeout(resolve, 1000));
	return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
}
