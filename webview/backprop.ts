// The backward pass of the selected step as a chain from the output back to layer 1:
// dZ[L] → dW[L], db[L] → dA[L-1] → dZ[L-1] = dA[L-1] * g'(Z[L-1]) → dW[L-1], db[L-1] → ...

import type { SnapshotDTO } from '../src/protocol';
import { drawnExamples, drawnStep } from './blankStep';
import { el, placeholder } from './dom';
import { createExamplesBar } from './examplesBar';
import { label } from './labels';
import { colourNote, MatrixSection, matrixPieces, type MatrixActions, type Piece } from './matrixSection';
import type { Section } from './section';
import type { ViewState } from './state';

function layerPieces(d: ViewState, s: SnapshotDTO, l: number, m: ReturnType<typeof matrixPieces>): Piece[] {
  const g = s.layers[l - 1];
  const shapes = d.analysis?.shapes?.layers;
  const back = shapes?.[l - 1]?.backward;
  const dzFormula = back?.[0]?.formula ?? `dZ[${l}]`;
  const row: Piece[] = [];
  // dA[l] is the upstream gradient: from layer l+1, or from the loss when dZ[L] is not A[L] - Y.
  if (l < s.layers.length || dzFormula.includes('dA')) {
    const from = l < s.layers.length ? shapes?.[l]?.backward?.[3]?.formula : undefined;
    row.push(m({ matrix: 'dA', layer: l }, g.dA, from ?? `dA[${l}]`));
  }
  row.push(
    m({ matrix: 'dZ', layer: l }, g.dZ, dzFormula),
    m({ matrix: 'dW', layer: l }, g.dW, back?.[1]?.formula ?? `dW[${l}]`),
    m({ matrix: 'db', layer: l }, g.db, back?.[2]?.formula ?? `db[${l}]`),
  );
  const block: Piece = {
    tag: 'div',
    class: 'chain-layer',
    attrs: { 'data-layer': String(l) },
    children: [
      { tag: 'h3', text: label('matrix.layer', { layer: l }) },
      { tag: 'div', class: 'matrix-row', children: row },
    ],
  };
  if (l === 1) return [block];
  const link = label('backprop.link', { formula: back?.[3]?.formula ?? `dA[${l - 1}]`, layer: l - 1 });
  return [block, { tag: 'p', class: 'chain-link', text: link }];
}

export function createBackprop(body: HTMLElement, actions: MatrixActions): Section {
  const bar = createExamplesBar('backprop-examples', actions.chooseExamples, false);
  const content = el('div');
  body.append(bar.root, content);
  const section = new MatrixSection(content);
  const render = (d: ViewState): void => {
    const step = drawnStep(d);
    bar.root.hidden = !step || step.blank;
    if (!step) {
      section.replace(placeholder(label('backprop.empty')));
      return;
    }
    const { snapshot: s, blank } = step;
    const picked = drawnExamples(d, step);
    if (!blank) bar.render(d.examples, s, picked);
    const m = matrixPieces(d, s, picked.indices, actions.select, blank);
    const caption = blank ? label('backprop.blank') : label('backprop.caption', { step: s.step });
    const pieces: Piece[] = [{ tag: 'p', class: 'step-caption', text: caption }, colourNote(blank)];
    for (let l = s.layers.length; l >= 1; l--) pieces.push(...layerPieces(d, s, l, m));
    section.show(pieces);
  };
  return { render, retheme: () => section.retheme() };
}
