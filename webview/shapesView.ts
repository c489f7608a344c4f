// The Shapes section: the file's diagnostics with their places and fixes; when the shapes do not fit,
// the forward chain with the first step that does not fit; per layer, every matrix's shape and the
// forward and backward equations with live shapes, a mismatching axis in red; where each size is set.

import type { ApplyFixMessage } from '../src/protocol';
import { Codes } from '../src/core/spec/codes';
import type { LayerShapes, MatrixShape } from '../src/core/shapes/types';
import type { Diagnostic, Fix, Range } from '../src/core/spec/types';
import { chainBlock } from './chainView';
import { diagnosticsList, fixButtons, type EditorActions } from './diagnosticsView';
import { Dimensions } from './dimensions';
import { el, placeholder } from './dom';
import { label } from './labels';
import { dimText, symbolicShape } from '../src/core/shapes/dims';
import type { Section } from './section';
import type { ViewState } from './state';

type Mismatch = NonNullable<LayerShapes['mismatch']>;
/** The fields of LayerShapes holding a matrix: what `mismatch.matrix` names ('W', 'b', 'A'). */
type MatrixField = 'W' | 'b' | 'Z' | 'A' | 'dA' | 'dZ' | 'dW' | 'db' | 'dAprev';
const ROWS: MatrixField[] = ['W', 'b', 'Z', 'A', 'dZ', 'dW', 'db', 'dAprev'];

/** The diagnostics whose fixes the chain offers: the shape causes and checks (src/core/shapes). */
const SHAPE_CODES: ReadonlySet<string> = new Set([
  Codes.xTransposed,
  Codes.yTransposed,
  Codes.layoutMismatch,
  Codes.unitsMismatch,
  Codes.inlineExampleCount,
  Codes.shapeMismatchW,
  Codes.shapeMismatchB,
  Codes.inputMismatch,
  Codes.outputMismatch,
]);

/** What the section asks of the host. */
export interface ShapesActions {
  reveal: (range: Range) => void;
  /** Asks the host to apply a fix; settles once it has answered (a FixResultMessage). */
  applyFix: (m: Omit<ApplyFixMessage, 'type' | 'requestId'>) => Promise<unknown>;
}

/** 'W[1] (4, 2)' as text, each axis in its own span so a disagreeing one can be marked. */
function shapeCell(s: MatrixShape, dims: Dimensions, mismatch?: Mismatch): HTMLTableCellElement {
  const td = el('td', { class: 'shape-cell' }, el('span', { class: 'matrix-name', text: s.name }), ' (');
  s.dims.forEach((d, axis) => {
    const bad = mismatch?.axis === axis;
    const title = bad ? mismatch.message : (dims.title(d.symbol) ?? d.symbol);
    td.append(el('span', { class: bad ? 'axis mismatch' : 'axis', text: dimText(d), title }));
    if (axis === 0) td.append(', ');
  });
  td.append(')');
  if (mismatch) td.classList.add('has-mismatch');
  return td;
}

function matrixRow(s: MatrixShape, dims: Dimensions, mismatch?: Mismatch): HTMLTableRowElement {
  return el(
    'tr',
    {},
    shapeCell(s, dims, mismatch),
    el('td', { class: 'symbols' }, ...dims.text(symbolicShape(s))),
    mismatch?.given
      ? el('td', { class: 'file-shape', text: label('shapes.fileHas', { shape: mismatch.given }) })
      : null,
  );
}

function layerBlock(l: LayerShapes, dims: Dimensions): HTMLElement {
  const mm = l.mismatch;
  const matrices = el(
    'table',
    { class: 'shapes-table', attrs: { 'aria-label': label('shapes.matricesName', { layer: l.layer }) } },
    el(
      'thead',
      {},
      el('tr', {}, el('th', { text: label('shapes.matrix') }), el('th', { text: label('shapes.symbolic') })),
    ),
    el('tbody', {}, ...ROWS.map((f) => matrixRow(l[f], dims, mm?.matrix === f ? mm : undefined))),
  );
  const eqRow = (kind: 'forward' | 'backward') => (e: { formula: string; shapes: string }) =>
    el(
      'tr',
      { class: kind },
      el('td', { class: 'eq-kind', text: label(kind === 'forward' ? 'shapes.forward' : 'shapes.backward') }),
      el('td', { class: 'formula' }, ...dims.text(e.formula)),
      el('td', { class: 'eq-shapes' }, ...dims.text(e.shapes)),
    );
  const equations = el(
    'table',
    { class: 'equations', attrs: { 'aria-label': label('shapes.equationsName', { layer: l.layer }) } },
    el('tbody', {}, ...l.forward.map(eqRow('forward')), ...l.backward.map(eqRow('backward'))),
  );
  const units = label('shapes.units', { units: l.units, activation: l.activation, parameters: l.parameters });
  return el(
    'div',
    { class: 'layer-shapes', attrs: { 'data-layer': String(l.layer) } },
    el('h3', {}, label('shapes.layerHead', { layer: l.layer }), ...dims.text(`n[${l.layer}]`), ` = ${units}`),
    mm ? el('p', { class: 'mismatch-message' }, ...dims.text(mm.message)) : null,
    el('div', { class: 'shapes-grid' }, matrices, equations),
  );
}

/** The fix the student pressed, until the host answers (or the spec changes). */
interface Pending {
  version: number;
  title: string;
}

/** The line above the diagnostics: the fix being applied, then the host's answer until the spec changes again. */
function fixStatusText(s: ViewState, pending: Pending | undefined): { text: string; kind: string } {
  const version = s.analysis?.version;
  if (pending && pending.version === version)
    return { text: label('shapes.applying', { title: pending.title }), kind: 'pending' };
  const r = s.fixResult;
  if (r && version !== undefined && version <= r.version)
    return { text: `${r.applied ? '✓' : '⚠'} ${r.message}`, kind: r.applied ? 'applied' : 'refused' };
  return { text: '', kind: '' };
}

export function createShapes(body: HTMLElement, actions: ShapesActions): Section {
  const status = el('p', { id: 'fix-status', class: 'fix-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const content = el('div');
  body.append(status, content);
  let pending: Pending | undefined;
  let last: ViewState | undefined;

  const press = (version: number, d: Diagnostic, fix: Fix): void => {
    pending = { version, title: fix.title };
    if (last) render(last);
    void actions.applyFix({ version, code: d.code, range: d.range, title: fix.title }).then(() => {
      pending = undefined; // the answer itself redraws the section
    });
  };
  const fixButton =
    (version: number) =>
    (d: Diagnostic, fix: Fix): HTMLButtonElement => {
      const b = el('button', {
        class: 'fix',
        text: label('shapes.fix', { title: fix.title }),
        attrs: { type: 'button' },
      });
      b.disabled = pending?.version === version;
      b.addEventListener('click', () => press(version, d, fix));
      return b;
    };

  function render(s: ViewState): void {
    last = s;
    const line = fixStatusText(s, pending);
    if (status.textContent !== line.text) status.textContent = line.text;
    status.dataset.kind = line.kind;
    content.replaceChildren(...analysisView(s, actions, fixButton).filter((e) => e !== null));
  }
  return { render };
}

type FixButtonFor = (version: number) => EditorActions['fixButton'];

function analysisView(s: ViewState, actions: ShapesActions, fixButton: FixButtonFor): (HTMLElement | null)[] {
  const a = s.analysis;
  if (!a) return [placeholder(label('shapes.waiting'))];
  const t = a.shapes;
  const dims = new Dimensions(t?.sources);
  const editor: EditorActions = {
    reveal: actions.reveal,
    fixButton: a.version === undefined ? () => null : fixButton(a.version),
  };
  const diagnostics = a.diagnostics.length > 0 ? diagnosticsList(a.diagnostics, dims, editor) : null;
  if (!t) return [diagnostics, placeholder(label('shapes.none'))];
  const chainFixes = a.diagnostics
    .filter((d) => SHAPE_CODES.has(d.code))
    .map((d) => fixButtons(d, editor))
    .filter((b) => b !== null);
  return [
    diagnostics,
    t.chain?.firstFailure !== undefined ? chainBlock(t.chain, dims, chainFixes) : null,
    el(
      'p',
      { class: 'summary' },
      label('shapes.layout', { layout: t.layout }),
      el('code', { text: `(${dimText(t.X.dims[0])}, ${dimText(t.X.dims[1])})` }),
      ', Y ',
      el('code', { text: `(${dimText(t.Y.dims[0])}, ${dimText(t.Y.dims[1])})` }),
      label('shapes.totals', { layers: t.layers.length, parameters: t.totalParameters }),
    ),
    dims.list(actions.reveal),
    ...t.layers.map((l) => layerBlock(l, dims)),
  ];
}
