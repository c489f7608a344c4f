// The selected matrix entry: its name as `nnspec explain --entry` writes it, its value at the shown
// step, what it stands for, and what is marked with it in the other matrices. While an entry is
// selected the section sticks to the bottom of the window, beside the matrices being read.
//
// The hook for an explanation of the entry (how the step computed it): pass an `EntryExplainer` to
// createEntryDetails; what it returns is shown under the entry and redrawn with it.

import type { MatrixEntry, MatrixRef, SnapshotDTO } from '../src/protocol';
import { el, placeholder } from './dom';
import { fmt } from './format';
import { shownSnapshot } from './forward';
import { markIn, type Mark } from './matrix/links';
import { axisTerms } from './matrix/terms';
import { entryName, entryValue, matrixLabel } from './matrixEntry';
import type { Section } from './section';
import type { ViewState } from './state';

/** Draws the explanation of an entry of the shown step, or returns nothing when it has none. */
export type EntryExplainer = (entry: MatrixEntry, state: ViewState) => Node | undefined;

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
  k.kind === 'cell' ? `entry [${k.row + 1},${k.col + 1}]` : `${k.kind === 'row' ? 'row' : 'column'} ${k.index + 1}`;

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
  const clearButton = el('button', { id: 'entry-clear', text: 'Clear', attrs: { type: 'button' } });
  clearButton.addEventListener('click', clear);
  const title = el(
    'p',
    { id: 'entry-title', class: 'entry-title' },
    el('code', { text: entryName(e) }),
    value === undefined ? ' (not in the step shown)' : ` = ${fmt(value)} at step ${s!.step}`,
    meaning ? el('span', { class: 'note', text: ` — ${meaning}` }) : null,
    ' ',
    clearButton,
  );
  const linked = s ? linkedText(e, s) : '';
  return [title, el('p', { id: 'entry-links', class: 'note', text: linked ? `Marked with it: ${linked}` : '' })];
}

const NONE =
  'No entry selected. Click an entry of a matrix (or focus a matrix, move with the arrow keys and press ' +
  'Enter): it stays marked from step to step, with what it is computed from in the other matrices.';

export function createEntryDetails(body: HTMLElement, clear: () => void, explain?: EntryExplainer): Section {
  const section = body.closest('section');
  const render = (d: ViewState): void => {
    const e = d.selected;
    section?.classList.toggle('has-entry', e !== undefined);
    if (!e) {
      body.replaceChildren(placeholder(NONE));
      return;
    }
    const explanation = explain?.(e, d);
    body.replaceChildren(
      ...details(e, shownSnapshot(d), clear),
      el('div', { id: 'entry-explanation', class: 'entry-explanation' }, explanation ?? null),
    );
  };
  return { render };
}
