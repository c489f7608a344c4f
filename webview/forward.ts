// Forward values of the selected step: A[0] = X, then per layer W[l], b[l], Z[l] and A[l], then Y,
// with the student's choice of examples for the matrices over examples.

import { formatCost } from '../src/core/runText';
import type { SnapshotDTO } from '../src/protocol';
import { drawnExamples, drawnStep } from './blankStep';
import { el, placeholder } from './dom';
import { createExamplesBar } from './examplesBar';
import { label } from './labels';
import { colourNote, MatrixSection, matrixPieces, type MatrixActions, type Piece } from './matrixSection';
import type { Section } from './section';
import type { ViewState } from './state';

function forwardPieces(d: ViewState, s: SnapshotDTO, blank: boolean, m: ReturnType<typeof matrixPieces>): Piece[] {
  const eq = d.analysis?.shapes?.layers;
  const L = s.layers.length;
  const layers = s.layers.map((layer, i): Piece => {
    const l = i + 1;
    const f = eq?.[i]?.forward;
    const row: Piece[] = [
      m({ matrix: 'W', layer: l }, layer.W),
      m({ matrix: 'b', layer: l }, layer.b),
      m({ matrix: 'Z', layer: l }, layer.Z, f?.[0]?.formula ?? `Z[${l}]`),
      m({ matrix: 'A', layer: l }, layer.A, f?.[1]?.formula ?? `A[${l}] = g(Z[${l}])`),
    ];
    return {
      tag: 'div',
      class: 'chain-layer',
      attrs: { 'data-layer': String(l) },
      children: [
        { tag: 'h3', text: label('matrix.layer', { layer: l }) },
        { tag: 'div', class: 'matrix-row', children: row },
      ],
    };
  });
  return [
    {
      tag: 'p',
      class: 'step-caption',
      text: blank ? label('forward.blank') : label('forward.caption', { step: s.step, cost: formatCost(s.cost) }),
    },
    colourNote(blank),
    { tag: 'div', class: 'matrix-row', children: [m({ matrix: 'A', layer: 0 }, s.X, 'A[0] = X')] },
    ...layers,
    { tag: 'div', class: 'matrix-row', children: [m({ matrix: 'Y', layer: L }, s.Y, label('matrix.targets'))] },
  ];
}

export function createForward(body: HTMLElement, actions: MatrixActions): Section {
  const bar = createExamplesBar('forward-examples', actions.chooseExamples, true);
  const content = el('div');
  body.append(bar.root, content);
  const section = new MatrixSection(content);
  const render = (d: ViewState): void => {
    const step = drawnStep(d);
    bar.root.hidden = !step || step.blank;
    if (!step) {
      section.replace(placeholder(label('forward.empty')));
      return;
    }
    const { snapshot: s, blank } = step;
    const picked = drawnExamples(d, step);
    if (!blank) bar.render(d.examples, s, picked);
    section.show(forwardPieces(d, s, blank, matrixPieces(d, s, picked.indices, actions.select, blank)));
  };
  return { render, retheme: () => section.retheme() };
}
