// The backward pass of the selected step as a chain from the output back to layer 1:
// dZ[L] → dW[L], db[L] → dA[L-1] → dZ[L-1] = dA[L-1] * g'(Z[L-1]) → dW[L-1], db[L-1] → ...

import { el, placeholder } from './dom';
import { shownSnapshot } from './forward';
import { matrixView } from './matrixView';
import type { Section } from './section';
import type { ViewState } from './state';

const arrow = (): HTMLElement => el('span', { class: 'chain-arrow', text: '→', attrs: { 'aria-hidden': 'true' } });

export function createBackprop(body: HTMLElement): Section {
  const render = (d: ViewState): void => {
    body.replaceChildren();
    const s = shownSnapshot(d);
    if (!s) {
      body.append(placeholder('No step selected yet.'));
      return;
    }
    const ax = s.exampleAxis;
    const shapes = d.analysis?.shapes?.layers;
    const L = s.layers.length;
    body.append(
      el('p', {
        class: 'step-caption',
        text: `Step ${s.step}: each gradient is the upstream gradient times the local one.`,
      }),
    );
    for (let l = L; l >= 1; l--) {
      const g = s.layers[l - 1];
      const back = shapes?.[l - 1]?.backward;
      const dzFormula = back?.[0]?.formula ?? `dZ[${l}]`;
      const block = el(
        'div',
        { class: 'chain-layer', attrs: { 'data-layer': String(l) } },
        el('h3', { text: `Layer ${l}` }),
      );
      const row = el('div', { class: 'matrix-row' });
      // dA[l] is the upstream gradient: from layer l+1, or from the loss when dZ[L] is not A[L] - Y.
      if (l < L || dzFormula.includes('dA')) {
        const from = l < L ? shapes?.[l]?.backward?.[3]?.formula : undefined;
        row.append(
          matrixView({ name: `dA[${l}]`, formula: from ?? `dA[${l}]`, matrix: g.dA, exampleAxis: ax }),
          arrow(),
        );
      }
      row.append(
        matrixView({ name: `dZ[${l}]`, formula: dzFormula, matrix: g.dZ, exampleAxis: ax }),
        arrow(),
        matrixView({ name: `dW[${l}]`, formula: back?.[1]?.formula ?? `dW[${l}]`, matrix: g.dW }),
        matrixView({ name: `db[${l}]`, formula: back?.[2]?.formula ?? `db[${l}]`, matrix: g.db }),
      );
      block.append(row);
      body.append(block);
      if (l > 1)
        body.append(
          el('p', {
            class: 'chain-link',
            text: `↓ ${back?.[3]?.formula ?? `dA[${l - 1}]`} passes the gradient to layer ${l - 1}`,
          }),
        );
    }
  };
  return { render };
}
