// The file's diagnostics under Shapes: each with a link to its line, its related places and its
// certain fixes as buttons.

import type { Diagnostic, Fix, Severity } from '../src/core/spec/types';
import { Dimensions, goTo } from './dimensions';
import { el } from './dom';
import { label, type LabelId } from './labels';

const SEVERITY: Record<Severity, LabelId> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
};

/** What the diagnostics (and the chain) ask of the editor. */
export interface EditorActions {
  /** Shows a place of the spec in the editor. */
  reveal: (range: Diagnostic['range']) => void;
  /** The button applying one fix of a diagnostic; null when the panel cannot apply fixes. */
  fixButton: (d: Diagnostic, fix: Fix) => HTMLButtonElement | null;
}

/** The buttons of a diagnostic's fixes, or null when it has none (or none can be applied). */
export function fixButtons(d: Diagnostic, actions: EditorActions): HTMLElement | null {
  const buttons = (d.fixes ?? []).map((f) => actions.fixButton(d, f)).filter((b) => b !== null);
  return buttons.length > 0 ? el('div', { class: 'fixes' }, ...buttons) : null;
}

function related(d: Diagnostic, dims: Dimensions, actions: EditorActions): HTMLElement | null {
  if (!d.related?.length) return null;
  return el(
    'ul',
    { class: 'related' },
    ...d.related.map((r) =>
      el(
        'li',
        {},
        goTo(
          r.range,
          actions.reveal,
          label('dims.line', { line: r.range.line }),
          label('dims.goToLine', { line: r.range.line }),
        ),
        ': ',
        el('span', {}, ...dims.text(r.message)),
      ),
    ),
  );
}

function item(d: Diagnostic, table: Dimensions, actions: EditorActions): HTMLElement {
  const { line, column } = d.range;
  const dims = d.dimensions ? new Dimensions(d.dimensions) : table; // the sizes as the message reads them
  return el(
    'li',
    { class: `diag ${d.severity}`, attrs: { 'data-code': d.code } },
    el(
      'div',
      { class: 'diag-head' },
      el('span', { class: 'severity', text: label(SEVERITY[d.severity]) }),
      ' ',
      goTo(d.range, actions.reveal, `${line}:${column}`, label('dims.goToPlace', { line, column })),
      ' ',
      el('span', { class: 'message' }, ...dims.text(d.message)),
    ),
    related(d, dims, actions),
    fixButtons(d, actions),
  );
}

export function diagnosticsList(diags: Diagnostic[], dims: Dimensions, actions: EditorActions): HTMLElement {
  return el('ul', { id: 'diagnostics', class: 'diagnostics' }, ...diags.map((d) => item(d, dims, actions)));
}
