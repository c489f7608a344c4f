// The selected matrix entry: its name as `nnspec explain --entry` writes it, its value at the shown
// step, what it stands for, and what is marked with it in the other matrices. While an entry is
// selected the section sticks to the bottom of the window, beside the matrices being read.
//
// Under it, its explanation (how the step computed it, from the EntryExplainer given), or that of the
// cost J when the student asks for it.

import type { MatrixEntry, MatrixRef, SnapshotDTO } from '../src/protocol';
import { el, placeholder } from './dom';
import { fmt } from './format';
import { label } from './labels';
import type { Explained } from './explainEntry';
import { markIn, type Mark } from './matrix/links';
import { axisTerms } from './matrix/terms';
import { entryName, entryValue, matrixLabel } from './matrixEntry';
import type { Section } from './section';
import { shownSnapshot, type ViewState } from './state';

/** Draws the explanation of an entry of the shown step (or of J), or returns nothing when it has none. */
export type EntryExplainer = (what: Explained, state: ViewState) => Node | undefined;

/** The matrices the panel shows for a snapshot, in the order of its sections. */
function shownMatrices(s: SnapshotDTO): MatrixRef[] {
  const L = s.layers.length;
  const refs: MatrixRef[] = [{ matrix: 'A', layer: 0 }];
  for (let l = 1; l <= L; l++) refs.push(...(['W', 'b', 'Z', 'A'] as const).map((matrix) => ({ matrix, layer: l })));
  refs.push({ matrix: 'Y', layer: L });
  for (let l = L; l >= 1; l--) {
    if (l < L) refs.push({ matrix: 'dA', layer: l });
    refs.push(...(['dZ', 'dW', 'db'] as const).map((matrix) => ({ matrix, layer: l })));
  }
  return refs;
}

const markText = (k: Mark): string =>
  k.kind === 'cell'
    ? label('entry.cell', { row: k.row + 1, col: k.col + 1 })
    : label(k.kind === 'row' ? 'entry.row' : 'entry.column', { index: k.index + 1 });

/** 'W[1] row 2 · A[0] column 5 · …': every other matrix's mark, as the matrices show it. */
function linkedText(e: MatrixEntry, s: SnapshotDTO): string {
  const parts: string[] = [];
  for (const r of shownMatrices(s)) {
    if (r.matrix === e.matrix && r.layer === e.layer) continue;
    const k = markIn(r, e, s.exampleAxis);
    if (k) parts.push(`${matrixLabel(r)} ${markText(k)}`);
  }
  return parts.join(' · ');
}

function details(e: MatrixEntry, s: SnapshotDTO | undefined, clear: () => void): HTMLElement[] {
  const value = s ? entryValue(s, e) : undefined;
  const [rows, cols] = axisTerms(e, s?.exampleAxis ?? 1);
  const meaning = [rows.name(e.row), cols.name(e.col)].filter(Boolean).join(', ');
  const clearButton = el('button', { id: 'entry-clear', text: label('entry.clear'), attrs: { type: 'button' } });
  clearButton.addEventListener('click', clear);
  const title = el(
    'p',
    { id: 'entry-title', class: 'entry-title' },
    el('code', { text: entryName(e) }),
    value === undefined ? label('entry.notInStep') : label('entry.atStep', { value: fmt(value), step: s!.step }),
    meaning ? el('span', { class: 'note', text: ` — ${meaning}` }) : null,
    ' ',
    clearButton,
  );
  const linked = s ? linkedText(e, s) : '';
  return [title, el('p', { id: 'entry-links', class: 'note', text: linked ? label('entry.marked', { linked }) : '' })];
}

function costTitle(s: SnapshotDTO | undefined, clear: () => void): HTMLElement {
  const clearButton = el('button', { id: 'entry-clear', text: label('entry.clear'), attrs: { type: 'button' } });
  clearButton.addEventListener('click', clear);
  const value = s ? label('entry.atStep', { value: fmt(s.cost), step: s.step }) : label('entry.noStep');
  return el('p', { id: 'entry-title', class: 'entry-title' }, el('code', { text: 'J' }), value, ' ', clearButton);
}

/** The entry section: the selected entry (or J) with its explanation; focus follows an operand link. */
export function createEntryDetails(body: HTMLElement, clear: () => void, explain?: EntryExplainer): Section {
  const section = body.closest('section');
  const costButton = el('button', { id: 'explain-cost', text: label('entry.explainCost'), attrs: { type: 'button' } });
  let cost = false; // J is explained until an entry is selected or the student clears it
  let costAsked = 0; // the editor's asks for J seen so far
  let selected: ViewState['selected'];
  let last: ViewState | undefined;
  let refocus = false;
  costButton.addEventListener('click', () => {
    cost = true;
    if (last) render(last);
    document.getElementById('entry-explanation')?.focus();
  });
  const clearAll = () => {
    cost = false;
    clear();
    if (last) render(last);
  };
  // A followed operand link re-renders the section: the new explanation takes the focus.
  body.addEventListener('click', (e) => {
    if (e.target instanceof HTMLElement && e.target.closest('.entry-link')) refocus = true;
  });
  function render(d: ViewState): void {
    last = d;
    if (d.selected !== selected && d.selected) cost = false;
    if (d.costAsked !== costAsked) cost = refocus = true;
    costAsked = d.costAsked;
    selected = d.selected;
    const what: Explained | undefined = d.selected ?? (cost ? 'J' : undefined);
    section?.classList.toggle('has-entry', what !== undefined);
    if (!what) {
      body.replaceChildren(placeholder(label('entry.none')), costButton);
      return;
    }
    const s = shownSnapshot(d);
    const head = what === 'J' ? [costTitle(s, clearAll)] : details(what, s, clearAll);
    const explanation = el(
      'div',
      { id: 'entry-explanation', class: 'entry-explanation', attrs: { tabindex: '-1' } },
      explain?.(what, d) ?? null,
    );
    body.replaceChildren(...head, explanation, ...(what === 'J' ? [] : [costButton]));
    if (refocus) explanation.focus({ preventScroll: false });
    refocus = false;
  }
  return { render };
}
