// The prerendered page draws one view (the default) into its HTML. When the URL asks for another view, those
// charts must not show before the page's script has started: an inline <head> script hides them before the
// first paint, and the page drops the guard once it runs (it then draws placeholders until the engine answers).
import { STALE_VIEW_GUARD_CODE, STALE_VIEW_GUARD_ID } from './stale-view-guard.js';

/** Escapes text for a double-quoted HTML attribute. */
const attribute = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * An inline `<script>` for `<head>`: if a URL parameter named in `prerendered` is present with another value
 * than the one drawn at build time (`from: ''` means "drawn without that parameter"), hides the children of
 * the elements matching `selector` until dropStaleViewGuard(). Its text is the same on every page (the
 * policy allows it by hash); the data are attributes of the element.
 */
export function staleViewGuard(prerendered: Record<string, string>, selector: string): string {
	const drawn = attribute(JSON.stringify(prerendered));
	return `<script data-drawn="${drawn}" data-charts="${attribute(selector)}">${STALE_VIEW_GUARD_CODE}</script>`;
}

/** Shows the prerendered charts again (call once the page has mounted). */
export function dropStaleViewGuard(): void {
	document.getElementById(STALE_VIEW_GUARD_ID)?.remove();
}
