// The training panel's HTML shell: a strict content security policy with a per-load nonce,
// the panel's first script (a module) with the chunk it imports preloaded beside it, the stylesheet,
// the root the panel renders into, and the spec's analysis as data, so the panel shows the shapes
// without waiting for a message.
import { randomBytes } from 'node:crypto';
import type { Language } from '../core/messages/message';

/**
 * The panel's scripts in dist/webview/ (scripts/bundle-options.mjs builds them and checks that main.js
 * imports only shared.js); laterSections.js, which main.js imports after the first paint, is not listed.
 */
export const WEBVIEW_SCRIPTS = { main: 'main.js', shared: 'shared.js' } as const;

export interface PanelHtmlOptions {
  cspSource: string;
  /** The folder of the WEBVIEW_SCRIPTS (dist/webview) as the webview loads it, without a trailing slash. */
  scriptsUri: string;
  styleUri: string;
  title: string;
  /** The spec's document URI, for the panel to keep in its state (PanelState). */
  uri: string;
  /** The editor's language: the page's lang attribute, in which the panel writes its labels. */
  lang?: Language;
  /** The first message the panel folds in (the spec's analysis), embedded as JSON. */
  initial?: object;
  nonce?: string;
}

/** The id of the data block holding `initial`; webview/main.ts reads it. */
export const INITIAL_MESSAGE_ID = 'nnspec-initial';

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot end the <script> element it sits in (nor open a comment there). */
function scriptSafeJson(v: object): string {
  return JSON.stringify(v).replace(/</g, '\\u003c');
}

export function panelHtml(o: PanelHtmlOptions): string {
  const nonce = o.nonce ?? makeNonce();
  const lang = o.lang === 'ko' ? 'ko' : 'en';
  const csp = [
    "default-src 'none'",
    `img-src ${o.cspSource} data:`,
    `style-src ${o.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${o.cspSource}`,
  ].join('; ');
  const initial = o.initial
    ? `<script type="application/json" id="${INITIAL_MESSAGE_ID}">${scriptSafeJson(o.initial)}</script>\n`
    : '';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(o.styleUri)}" nonce="${nonce}">
<link rel="modulepreload" href="${escapeHtml(`${o.scriptsUri}/${WEBVIEW_SCRIPTS.shared}`)}" nonce="${nonce}">
<title>${escapeHtml(o.title)}</title>
</head>
<body>
<main id="app" data-uri="${escapeHtml(o.uri)}"></main>
${initial}<script type="module" nonce="${nonce}" src="${escapeHtml(`${o.scriptsUri}/${WEBVIEW_SCRIPTS.main}`)}"></script>
</body>
</html>`;
}
