// The panel's page in outline (its sections in page order) and the cheap sections drawn at the first paint:
// shared by the page (webview/main.ts) and the host's analysis worker, which draws the first screen of each
// analysis into markup (src/node/analysisThread/firstScreenDrawing.ts) so that a new panel shows it at load.
// Nothing here may reach VS Code's API or the frame loop: the worker has neither.

import type { AnalysisMessage } from '../src/protocol';
import { createControls, type ControlsHost } from './controls';
import { el, section } from './dom';
import { label, setPanelLanguage, type LabelId } from './labels';
import { createNetwork } from './network';
import type { Section } from './section';
import { createShapes, type ShapesActions } from './shapesView';
import { initialState, panelTitle, reduce, type Part } from './state';
import { createTimeline } from './timeline';

/** The sections in page order, each with its id and heading. */
export const LAYOUT: [Part, LabelId][] = [
  ['controls', 'section.controls'],
  ['timeline', 'section.timeline'],
  ['network', 'section.network'],
  ['shapes', 'section.shapes'],
  ['forward', 'section.forward'],
  ['backprop', 'section.backprop'],
  ['entry', 'section.entry'],
  ['runs', 'section.runs'],
  ['loss', 'section.loss'],
  ['boundary', 'section.boundary'],
  ['compare', 'section.compare'],
  ['gradnorms', 'section.gradnorms'],
  ['gradcheck', 'section.gradcheck'],
];

/** The page's title and one empty section per LAYOUT entry, in page order; `body` gives a section's body. */
export function buildPage(root: HTMLElement): { title: HTMLElement; body: (p: Part) => HTMLElement } {
  const title = el('h1', { id: 'title', text: 'nnspec' });
  root.append(title);
  const bodies = new Map<Part, HTMLElement>();
  for (const [id, heading] of LAYOUT) {
    const s = section(id, label(heading));
    root.append(s.root);
    bodies.set(id, s.body);
  }
  return { title, body: (p) => bodies.get(p)! };
}

/** What the first sections ask of the page. */
export interface FirstSectionsHost extends ControlsHost, ShapesActions {
  /** The step the student picked on the timeline, or undefined to follow the newest. */
  pin: (step: number | undefined) => void;
}

/** The cheap DOM sections, drawn at the first paint. */
export function createFirstSections(
  body: (p: Part) => HTMLElement,
  host: FirstSectionsHost,
): Partial<Record<Part, Section>> {
  return {
    controls: createControls(body('controls'), host),
    timeline: createTimeline(body('timeline'), host.pin),
    network: createNetwork(body('network')),
    shapes: createShapes(body('shapes'), host),
  };
}

/** A page that nobody uses: the worker's drawing has no one to talk to. */
const NO_HOST: FirstSectionsHost = {
  post: () => undefined,
  pin: () => undefined,
  saveSpeed: () => undefined,
  reveal: () => undefined,
  applyFix: () => Promise.resolve(),
};

/**
 * Draws into `root` what a fresh page in `lang` draws from `initial` before its first frame: the outline,
 * the first sections and the title. The page draws through its Panel instead; the webview suite checks that
 * both give the same markup.
 */
export function drawFirstScreen(root: HTMLElement, initial: AnalysisMessage, lang: string): void {
  setPanelLanguage(lang);
  const { title, body } = buildPage(root);
  const sections = createFirstSections(body, NO_HOST);
  const state = reduce(initialState({}), initial).state;
  for (const [part] of LAYOUT) sections[part]?.render(state);
  title.textContent = panelTitle(state);
}
