// The first screens the training panel's pages drew (FirstScreenMessage), kept per analysis and language.
// A panel opened again on the same analysis is written with its first screen in the page, so VS Code
// shows the shapes at the page's load instead of after the page's script has built them.
import type { Language } from '../core/messages/message';
import { MAX_FIRST_SCREEN } from '../protocol';

/** Elements that could run, load or restyle something, or end #app, and comments: never written into a page. */
const UNSAFE = /<\/?(?:script|style|link|meta|base|i?frame|object|embed|main|template|noscript)\b|<!--/i;

/**
 * `html` as it can be written inside #app, all ASCII (a character beyond Latin-1 would make the whole page
 * a two-byte string); undefined when it is too large or holds more than drawn elements.
 */
export function firstScreenMarkup(html: string): string | undefined {
  if (html.length === 0 || html.length > MAX_FIRST_SCREEN || UNSAFE.test(html)) return undefined;
  return html.replace(/[^\0-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);
}

/** Per analysis (the AnalysisMessage object a page was written with), its first screen in each language. */
export class FirstScreens {
  private readonly screens = new WeakMap<object, Map<Language, string>>();

  get(analysis: object, lang: Language): string | undefined {
    return this.screens.get(analysis)?.get(lang);
  }

  /** Keeps `html` when it is safe to write into a page (firstScreenMarkup); false when it is refused. */
  set(analysis: object, lang: Language, html: string): boolean {
    const markup = firstScreenMarkup(html);
    if (markup === undefined) return false;
    let byLang = this.screens.get(analysis);
    if (!byLang) this.screens.set(analysis, (byLang = new Map<Language, string>()));
    byLang.set(lang, markup);
    return true;
  }
}
