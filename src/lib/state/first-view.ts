// The prerendered page draws one view (the default) into its HTML. When the URL asks for another view, those
// charts must not show before the page's script has started: an inline <head> script hides them before the
// first paint, and the page drops the guard once it runs (it then draws placeholders until the engine answers).

const GUARD_ID = 'stale-first-view';

/**
 * An inline `<script>` for `<head>`: if a URL parameter named in `prerendered` is present with another value
 * than the one drawn at build time (`from: ''` means "drawn without that parameter"), hides the children of
 * the elements matching `selector` until dropStaleViewGuard().
 */
export function staleViewGuard(prerendered: Record<string, string>, selector: string): string {
	const args = [prerendered, `${selector}>*{visibility:hidden}`, GUARD_ID].map((a) => JSON.stringify(a));
	const code =
		'(function(d,c,id){var p=new URLSearchParams(location.search);for(var k in d)' +
		'if(p.has(k)&&p.get(k)!==d[k]){var s=document.createElement("style");s.id=id;s.textContent=c;' +
		`document.documentElement.appendChild(s);return}})(${args.join(',')})`;
	// Values come from the build's manifest; `<` is escaped all the same, so nothing can close the script.
	return `<script>${code.replaceAll('<', '\\u003c')}</script>`;
}

/** Shows the prerendered charts again (call once the page has mounted). */
export function dropStaleViewGuard(): void {
	document.getElementById(GUARD_ID)?.remove();
}
