// Dimension names (n[0], n[1], m) in the panel's text, each with a tooltip saying where its value is set
// (ShapeTable.sources), and the list of those places as text a keyboard or screen reader reaches.

import type { DimensionSource } from '../src/core/shapes/types';
import type { Range } from '../src/core/spec/types';
import { el } from './dom';
import { label } from './labels';

/**
 * n[l] with a number, or m standing alone ('(4, m)', '1/m', 'm = 4'; not the m of a word). The
 * apostrophe ’ is escaped: the English page's script is all ASCII (scripts/bundle-options.mjs).
 */
const NAME = /(?<![\w\]])n\[\d+\]|(?<![\w'\u2019])m(?![\w'\u2019[])/g;

/** 'n[1] = 4 from layers[1].units, line 17' */
export function sourceSentence(s: DimensionSource): string {
  return label('dims.source', { text: s.text, line: s.range.line });
}

/** Looks up where each dimension of the shown analysis comes from. */
export class Dimensions {
  constructor(private readonly sources: readonly DimensionSource[] = []) {}

  of(symbol: string): DimensionSource | undefined {
    return this.sources.find((s) => s.symbol === symbol);
  }

  /** The tooltip of a dimension name, or undefined when nothing sets it (n[l] in general, 1). */
  title(symbol: string): string | undefined {
    const s = this.of(symbol);
    return s && sourceSentence(s);
  }

  /** `text` with each dimension name that has a source in a span whose tooltip says where it is set. */
  text(text: string): (Node | string)[] {
    const out: (Node | string)[] = [];
    let at = 0;
    for (const match of text.matchAll(NAME)) {
      const title = this.title(match[0]);
      if (!title) continue;
      if (match.index > at) out.push(text.slice(at, match.index));
      out.push(el('span', { class: 'dim', text: match[0], title, attrs: { 'data-symbol': match[0] } }));
      at = match.index + match[0].length;
    }
    if (at < text.length) out.push(text.slice(at));
    return out;
  }

  /** Every source as a line of text, with a link to its place in the editor. */
  list(reveal: (range: Range) => void): HTMLElement | null {
    if (this.sources.length === 0) return null;
    return el(
      'div',
      { class: 'dim-sources' },
      el('h3', { id: 'dim-sources-heading', text: label('dims.heading') }),
      el(
        'ul',
        { id: 'dim-sources', attrs: { 'aria-labelledby': 'dim-sources-heading' } },
        ...this.sources.map((s) =>
          el(
            'li',
            { attrs: { 'data-symbol': s.symbol } },
            s.text,
            ' — ',
            goTo(
              s.range,
              reveal,
              label('dims.line', { line: s.range.line }),
              label('dims.goToSource', { line: s.range.line, symbol: s.symbol }),
            ),
          ),
        ),
      ),
    );
  }
}

/** A link-styled button that shows `range` in the editor. */
export function goTo(range: Range, reveal: (range: Range) => void, text: string, name: string): HTMLButtonElement {
  const b = el('button', { class: 'link goto', text, title: name, attrs: { type: 'button', 'aria-label': name } });
  b.addEventListener('click', () => reveal(range));
  return b;
}
