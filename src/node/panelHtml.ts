// The training panel's HTML: a strict content security policy with a per-load nonce, the stylesheet and
// the panel's first script written into the page (VS Code shows a webview's page at its load event, which
// waits for every file the page fetches), the root the panel renders into with the URL of its second
// script, and the spec's analysis as data, so the panel shows the shapes without waiting for a message.
// A page given the first screen of an earlier page on the same analysis has that markup in its root
// instead, shown at its load, and fetches its first script only then.
import { randomBytes } from 'node:crypto';
import type { Language } from '../core/messages/message';

export interface PanelHtmlOptions {
  cspSource: string;
  /** The panel's first script (the page's language's: firstScriptName) and stylesheet, written into the page. */
  script: string;
  style: string;
  /** dist/webview/later.js as the webview loads it: the first script fetches it once the page has loaded. */
  laterScriptUri: string;
  title: string;
  /** The spec's document URI, for the panel to keep in its state (PanelState). */
  uri: string;
  /** The editor's language: the page's lang attribute, in which the panel writes its labels. */
  lang?: Language;
  /** The first message the panel folds in (the spec's analysis), embedded as JSON. */
  initial?: object;
  /**
   * What a page drew first from the same `initial` (src/node/firstScreen.ts, already checked): written
   * into #app, shown until the first script, fetched from `firstScriptUri` once the page has loaded,
   * has drawn the panel again.
   */
  firstScreen?: { markup: string; firstScriptUri: string };
  nonce?: string;
}

/** The id of the data block holding `initial`; webview/main.ts reads it. */
export const INITIAL_MESSAGE_ID = 'nnspec-initial';

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

/** Text for an attribute or element, in ASCII: markup characters and anything beyond ASCII as references. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']|[^\0-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);
}

/**
 * JSON that cannot end the <script> element it sits in (nor open a comment there), in ASCII: one
 * character beyond Latin-1 would make the whole page a two-byte string (see scripts/bundle-options.mjs).
 */
function scriptSafeJson(v: object): string {
  return JSON.stringify(v).replace(/[<\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A page with a first screen fetches its first script at its load (a file fetched before would hold the
 * page hidden until it came); if it cannot, the page says so in the error banner of its first screen.
 */
function fetchAfterLoad(nonce: string): string {
  return `addEventListener('load', () => {
  const app = document.getElementById('app');
  const s = document.createElement('script');
  s.nonce = '${nonce}';
  s.src = app.dataset.first;
  s.onerror = () => {
    const banner = document.getElementById('error');
    if (banner) { banner.hidden = false; banner.textContent = 'nnspec: could not load ' + s.src; }
  };
  document.body.append(s);
}, { once: true });`;
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
  const shown = o.firstScreen;
  const firstAttrs = shown ? ` data-first="${escapeHtml(shown.firstScriptUri)}" data-prerendered` : '';
  const root = `<main id="app" data-uri="${escapeHtml(o.uri)}" data-later="${escapeHtml(o.laterScriptUri)}"${firstAttrs}>${shown?.markup ?? ''}</main>`;
  const script = shown ? fetchAfterLoad(nonce) : o.script;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${o.style}</style>
<title>${escapeHtml(o.title)}</title>
</head>
<body>
${root}
${initial}<script nonce="${nonce}">${script}</script>
</body>
</html>`;
}
