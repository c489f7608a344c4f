// The Shapes section: per layer, every matrix's shape and the forward and backward equations with
// live shapes; a mismatching axis in red; and the file's diagnostics, even when training cannot start.

import type { LayerShapes, MatrixShape } from '../src/core/shapes/types';
import type { Diagnostic } from '../src/core/spec/types';
import { el, placeholder } from './dom';
import { dimText, symbolicShape } from '../src/core/shapes/dims';
import type { Section } from './section';
import type { ViewState } from './state';

type Mismatch = NonNullable<LayerShapes['mismatch']>;
/** The fields of LayerShapes holding a matrix: what `mismatch.matrix` names ('W', 'b', 'A'). */
type MatrixField = 'W' | 'b' | 'Z' | 'A' | 'dA' | 'dZ' | 'dW' | 'db' | 'dAprev';
const ROWS: MatrixField[] = ['W', 'b', 'Z', 'A', 'dZ', 'dW', 'db', 'dAprev'];

/** 'W[1] (4, 2)' as text, each axis in its own span so a disagreeing one can be marked. */
function shapeCell(s: MatrixShape, mismatch?: Mismatch): HTMLTableCellElement {
  const td = el('td', { class: 'shape-cell' }, el('span', { class: 'matrix-name', text: s.name }), ' (');
  s.dims.forEach((d, axis) => {
    const bad = mismatch?.axis === axis;
    td.append(
      el('span', { class: bad ? 'axis mismatch' : 'axis', text: dimText(d), title: bad ? mismatch.message : d.symbol }),
    );
    if (axis === 0) td.append(', ');
  });
  td.append(')');
  if (mismatch) td.classList.add('has-mismatch');
  return td;
}

function matrixRow(s: MatrixShape, mismatch?: Mismatch): HTMLTableRowElement {
  return el(
    'tr',
    {},
    shapeCell(s, mismatch),
    el('td', { class: 'symbols', text: symbolicShape(s) }),
    mismatch?.given ? el('td', { class: 'file-shape', text: `the file has ${mismatch.given}` }) : null,
  );
}

function layerBlock(l: LayerShapes): HTMLElement {
  const mm = l.mismatch;
  const matrices = el(
    'table',
    { class: 'shapes-table', attrs: { 'aria-label': `Layer ${l.layer} matrices` } },
    el('thead', {}, el('tr', {}, el('th', { text: 'matrix' }), el('th', { text: 'symbolic' }))),
    el('tbody', {}, ...ROWS.map((f) => matrixRow(l[f], mm?.matrix === f ? mm : undefined))),
  );
  const eqRow = (kind: string) => (e: { formula: string; shapes: string }) =>
    el(
      'tr',
      { class: kind },
      el('td', { class: 'eq-kind', text: kind }),
      el('td', { class: 'formula', text: e.formula }),
      el('td', { class: 'eq-shapes', text: e.shapes }),
    );
  const equations = el(
    'table',
    { class: 'equations', attrs: { 'aria-label': `Layer ${l.layer} equations` } },
    el('tbody', {}, ...l.forward.map(eqRow('forward')), ...l.backward.map(eqRow('backward'))),
  );
  return el(
    'div',
    { class: 'layer-shapes', attrs: { 'data-layer': String(l.layer) } },
    el('h3', {
      text: `Layer ${l.layer}: n[${l.layer}] = ${l.units} ${l.activation} unit${l.units === 1 ? '' : 's'}, ${l.parameters} parameters`,
    }),
    mm ? el('p', { class: 'mismatch-message', text: mm.message }) : null,
    el('div', { class: 'shapes-grid' }, matrices, equations),
  );
}

function diagnosticsList(diags: Diagnostic[]): HTMLElement {
  return el(
    'ul',
    { id: 'diagnostics', class: 'diagnostics' },
    ...diags.map((d) =>
      el(
        'li',
        { class: `diag ${d.severity}` },
        el('span', { class: 'severity', text: d.severity }),
        ' ',
        el('span', { class: 'location', text: `${d.range.line}:${d.range.column}` }),
        ' ',
        el('span', { class: 'message', text: d.message }),
      ),
    ),
  );
}

export function createShapes(body: HTMLElement): Section {
  const render = (d: ViewState): void => {
    const a = d.analysis;
    body.replaceChildren();
    if (!a) {
      body.append(placeholder('Waiting for the file to be analysed…'));
      return;
    }
    if (a.diagnostics.length > 0) body.append(diagnosticsList(a.diagnostics));
    const t = a.shapes;
    if (!t) {
      body.append(placeholder('No shapes: the file is not complete enough to build a network.'));
      return;
    }
    body.append(
      el(
        'p',
        { class: 'summary' },
        `Layout ${t.layout}: X `,
        el('code', { text: `(${dimText(t.X.dims[0])}, ${dimText(t.X.dims[1])})` }),
        ', Y ',
        el('code', { text: `(${dimText(t.Y.dims[0])}, ${dimText(t.Y.dims[1])})` }),
        `, ${t.layers.length} layers, ${t.totalParameters} parameters.`,
      ),
    );
    for (const l of t.layers) body.append(layerBlock(l));
  };
  return { render };
}
