// The training panel's page: builds the sections in page order and hands them, the host's messages and
// theme changes to the Panel (webview/panel.ts), which folds them into the state and redraws.

import { isExampleChoice, isHostMessage, isMatrixEntry, type HostMessage } from '../src/protocol';
import { el } from './dom';
import { buildPage, createFirstSections, LAYOUT } from './firstSections';
import type { Section } from './section';
import { Panel } from './panel';
import type { Part, RestoredChoices } from './state';
import { setPanelLanguage } from './labels';
import { loadState, post, saveState } from './vscodeApi';

/** The student's choices a reload keeps, as far as they are still well-formed. */
function restored(): RestoredChoices {
  const saved = loadState();
  return {
    pinnedStep: saved.selectedStep,
    examples: isExampleChoice(saved.examples) ? saved.examples : undefined,
    selected: isMatrixEntry(saved.selectedEntry) ? saved.selectedEntry : undefined,
  };
}

/** Sections whose canvases and SVG take the theme's colours: redrawn when the theme changes. */
const PAINTED: Part[] = ['network', 'forward', 'backprop', 'boundary', 'compare'];

/** The first sections, talking to the host and the panel. */
function createPageSections(body: (p: Part) => HTMLElement, panel: Panel): Partial<Record<Part, Section>> {
  return createFirstSections(body, {
    post,
    pin: (step) => panel.dispatch({ type: 'pin', step }),
    savedSpeed: loadState().stepsPerFrame,
    saveSpeed: (stepsPerFrame) => saveState({ stepsPerFrame }),
    reveal: (range) => post({ type: 'reveal', range }),
    applyFix: (m) => panel.replies.request((requestId) => post({ type: 'applyFix', requestId, ...m })),
  });
}

/** The analysis the host wrote into the page (src/node/panelHtml.ts, id nnspec-initial), if any. */
function initialMessage(): HostMessage | undefined {
  const text = document.getElementById('nnspec-initial')?.textContent;
  if (!text) return undefined;
  try {
    const m: unknown = JSON.parse(text);
    return isHostMessage(m) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** VS Code swaps the body's theme class; canvases must be repainted with the new colours. */
function repaintOnThemeChange(panel: Panel): void {
  new MutationObserver(() => {
    for (const s of Object.values(panel.sections)) s?.retheme?.();
    panel.schedule(PAINTED);
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}

/**
 * A copy of #app as drawn, for the host to write into the next page on the same analysis (FirstScreenMessage);
 * without style attributes, which the page's content security policy would refuse in markup.
 */
function firstScreen(root: HTMLElement): HTMLElement {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const e of copy.querySelectorAll('[style]')) e.removeAttribute('style');
  return copy;
}

function start(): void {
  const root = document.getElementById('app') ?? document.body;
  setPanelLanguage(document.documentElement.lang); // <html lang>, written by the host (src/node/panelHtml.ts)
  // A page that had nothing to restore drew from the host's analysis alone: its first screen can be reused.
  const fresh = Object.keys(loadState()).length === 0;
  // An earlier page's first screen, written in by the host, is shown until this page has drawn its own.
  const prerendered = root.dataset.prerendered !== undefined;
  if (prerendered) root.replaceChildren();
  const { title, body } = buildPage(root);
  const panel = new Panel(
    title,
    LAYOUT.map(([p]) => p),
    restored(),
  );
  // Cheap DOM sections first; the rest is added after the first paint.
  Object.assign(panel.sections, createPageSections(body, panel));
  window.addEventListener('message', (e: MessageEvent) => panel.receive(e.data));
  repaintOnThemeChange(panel);

  const hostUri = root.dataset.uri ?? document.body.dataset.uri; // the host writes the spec's uri on #app
  if (hostUri) saveState({ uri: hostUri });
  // The shapes show at once from the analysis in the page; the host's messages and the charts follow.
  const initial = initialMessage();
  if (initial) panel.dispatch(initial);
  panel.drawNow();
  post({ type: 'ready' });
  // Copied now, as drawn; written out and sent after the first paint, with the sections still to build.
  const drawn = initial && fresh && !prerendered ? firstScreen(root) : undefined;
  // The sections with charts and canvases are fetched once the page has loaded (VS Code shows a webview's
  // page at its load event: a fetch started before would hold it hidden), and built after its first paint.
  afterLoad(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (drawn) post({ type: 'firstScreen', html: drawn.innerHTML });
        void addLaterSections(root, body, panel);
      }, 0),
    ),
  );
}

function afterLoad(fn: () => void): void {
  if (document.readyState === 'complete') fn();
  else window.addEventListener('load', fn, { once: true });
}

declare global {
  /** What later.js (webview/laterSections.ts) sets when it has run. */
  var nnspecLater: typeof import('./laterSections') | undefined;
}

/** The nonce of this script, which the host wrote into the page: later.js needs it too. */
const nonce = document.currentScript?.nonce ?? '';

/** later.js, run: its URL is on #app (src/node/panelHtml.ts). */
function loadLater(root: HTMLElement): Promise<NonNullable<typeof globalThis.nnspecLater>> {
  return new Promise((ok, fail) => {
    const script = el('script', { attrs: { src: root.dataset.later ?? '' } });
    script.nonce = nonce;
    script.onload = () =>
      globalThis.nnspecLater ? ok(globalThis.nnspecLater) : fail(new Error('later.js did not run'));
    script.onerror = () => fail(new Error(`could not load ${root.dataset.later}`));
    document.body.append(script);
  });
}

/** The sections with matrices, charts and canvases, from the page's second script. */
async function addLaterSections(root: HTMLElement, body: (p: Part) => HTMLElement, panel: Panel): Promise<void> {
  try {
    const later = await loadLater(root);
    panel.addSections(later.createLaterSections(body, panel));
    later.warmPalette();
  } catch (e) {
    panel.reportFailure('later.js', e);
  }
}

// The host writes this script at the end of <body>; were it in <head>, it would wait for the body.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
