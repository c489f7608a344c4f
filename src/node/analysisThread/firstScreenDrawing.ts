// The first screen of a panel on an analysis, drawn without a browser (src/node/markupDom.ts): the markup
// a fresh page would draw from it, for the host to write into the panel's page (src/node/firstScreen.ts).
import type { Language } from '../../core/messages/message';
import type { AnalysisMessage } from '../../protocol';
import { drawFirstScreen } from '../../../webview/firstSections';
import { firstScreenMarkup } from '../firstScreen';
import { MarkupDocument, TooManyElements } from '../markupDom';
import { MAX_FIRST_SCREEN } from '../../protocol';

type WithDocument = { document?: unknown };

/**
 * The elements a drawing may make: the panels' first screens take 52–58 characters of markup an element
 * (planar-flower 346 elements, a 45-layer network 11,596), so one making more than this would be refused as
 * too large anyway (MAX_FIRST_SCREEN); giving it up early saves most of its 100 ms.
 */
const MAX_ELEMENTS = Math.floor(MAX_FIRST_SCREEN / 40);

/** #app's markup as a fresh page draws it from `initial` in `lang`; undefined when it may not go into a page. */
export function drawnFirstScreen(initial: AnalysisMessage, lang: Language): string | undefined {
  const doc = new MarkupDocument(MAX_ELEMENTS);
  const scope = globalThis as WithDocument;
  const before = scope.document;
  scope.document = doc; // what webview/dom.ts creates elements with
  try {
    const root = doc.createElement('div');
    drawFirstScreen(root as unknown as HTMLElement, initial, lang);
    return firstScreenMarkup(root.innerHTML);
  } catch (e) {
    if (e instanceof TooManyElements) return undefined;
    throw e;
  } finally {
    scope.document = before;
  }
}
