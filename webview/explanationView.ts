// An explanation (what explain() returned) drawn as it is: each line's formula in course notation,
// the same with the numbers written in and the result, the main sum's terms ("… and N more" beyond
// the largest 8), the notes, and every operand as a link that selects that entry.

import type { EntryRef, Explanation, Term } from '../src/core/explain/types';
import { formatNumber } from '../src/core/explain/render';
import { explanationWords } from '../src/core/explain/text';
import type { MatrixEntry } from '../src/protocol';
import { el } from './dom';
import type { EntryExplainer } from './entryDetails';
import { entryOfRef, explainShown, isSampled } from './explainEntry';
import { label, panelLanguage } from './labels';
import { entryName } from './matrixEntry';
import { shownSnapshot } from './state';

/** Selects the entry an operand link names. */
export type FollowLink = (entry: MatrixEntry) => void;

/** A link to an operand's entry; W+ and b+ (not shown in the panel) stay plain text. */
type Words = ReturnType<typeof explanationWords>;

function link(r: EntryRef, follow: FollowLink, words: Words): HTMLElement {
  const entry = entryOfRef(r);
  if (!entry) return el('code', { text: r.name });
  const b = el('button', {
    class: 'entry-link',
    text: r.name,
    title: words.select(r.name),
    attrs: { type: 'button', 'data-entry': r.name },
  });
  b.addEventListener('click', () => follow(entry));
  return b;
}

function links(refs: readonly EntryRef[], follow: FollowLink, words: Words): HTMLElement[] {
  return refs.map((r) => link(r, follow, words));
}

function lines(e: Explanation): HTMLElement {
  return el(
    'div',
    { class: 'explain-lines' },
    ...e.lines.map((l, k) =>
      el(
        'div',
        { class: k === 0 ? 'explain-line own' : 'explain-line' },
        el('code', { class: 'explain-formula', text: l.formula }),
        el('code', { class: 'explain-numbers', text: l.substituted }),
      ),
    ),
  );
}

function termRow(t: Term, follow: FollowLink, words: Words): HTMLElement {
  return el(
    'tr',
    {},
    el('td', {}, el('code', { text: t.label })),
    el('td', {}, el('code', { text: t.substituted })),
    el('td', { class: 'num', text: formatNumber(t.value) }),
    el('td', { class: 'explain-term-links' }, ...links(t.refs, follow, words)),
  );
}

/** The main sum's terms, largest first when some were left out, then "… and N more" with their sum. */
function terms(e: Explanation, follow: FollowLink, words: Words): HTMLElement | null {
  if (e.terms.length === 0) return null;
  const more = words.more !== undefined ? el('p', { class: 'explain-more', text: words.more }) : null;
  return el(
    'div',
    { class: 'explain-terms' },
    el(
      'table',
      {},
      el('caption', { text: words.caption }),
      el('thead', {}, el('tr', {}, ...words.columns.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
      el('tbody', {}, ...e.terms.map((term) => termRow(term, follow, words))),
    ),
    more,
  );
}

export function explanationView(e: Explanation, follow: FollowLink): HTMLElement {
  const words = explanationWords(e, panelLanguage());
  const operands =
    e.links.length > 0
      ? el('p', { class: 'explain-operands' }, words.operands, ...links(e.links, follow, words))
      : null;
  return el(
    'div',
    { class: 'explanation', attrs: { 'data-entry': e.entry } },
    lines(e),
    operands,
    terms(e, follow, words),
    e.notes.length > 0 ? el('ul', { class: 'explain-notes' }, ...e.notes.map((n) => el('li', { text: n }))) : null,
  );
}

/** The entry section's explainer: explain() on the shown step with the spec's context, drawn. */
export function createExplainer(follow: FollowLink): EntryExplainer {
  return (what, d) => {
    const s = shownSnapshot(d);
    const context = d.analysis?.explain;
    if (!s || !context) return undefined;
    // A sum over a sample of a layer's units is not the step's: explain() needs the whole matrices.
    if (isSampled(s)) {
      const entry = what === 'J' ? 'J' : entryName(what);
      const name = d.analysis?.fileName || 'FILE';
      const file = /\s/.test(name) ? `"${name}"` : name;
      return el('p', { class: 'note', text: label('entry.sampled', { file, step: s.step, entry }) });
    }
    const r = explainShown(s, context, what);
    if (!r.ok) return el('p', { class: 'note', text: r.error });
    return explanationView(r.explanation, follow);
  };
}
