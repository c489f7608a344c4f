// Forward values of the selected step: A[0] = X, then Z[l] and A[l] of every layer, then Y.

import { el, placeholder } from './dom';
import { formatCost } from '../src/core/runText';
import { matrixView } from './matrixView';
import type { Section } from './section';
import type { ViewState } from './state';

/** The snapshot on screen, if it belongs to the run the panel follows. */
export function shownSnapshot(d: ViewState) {
  return d.shown && d.shown.runId === d.run?.runId ? d.shown.snapshot : undefined;
}

export function createForward(body: HTMLElement): Section {
  const render = (d: ViewState): void => {
    body.replaceChildren();
    const s = shownSnapshot(d);
    if (!s) {
      body.append(placeholder('No step selected yet: press Play or Step, or pick a step on the timeline.'));
      return;
    }
    const ax = s.exampleAxis;
    const eq = d.analysis?.shapes?.layers;
    body.append(el('p', { class: 'step-caption', text: `Step ${s.step}, cost J = ${formatCost(s.cost)}` }));
    const row = el(
      'div',
      { class: 'matrix-row' },
      matrixView({ name: 'A[0]', formula: 'A[0] = X', matrix: s.X, exampleAxis: ax }),
    );
    body.append(row);
    s.layers.forEach((layer, i) => {
      const l = i + 1;
      const f = eq?.[i]?.forward;
      body.append(
        el(
          'div',
          { class: 'matrix-row', attrs: { 'data-layer': String(l) } },
          el('span', { class: 'chain-arrow', text: '→', attrs: { 'aria-hidden': 'true' } }),
          matrixView({ name: `Z[${l}]`, formula: f?.[0]?.formula ?? `Z[${l}]`, matrix: layer.Z, exampleAxis: ax }),
          matrixView({
            name: `A[${l}]`,
            formula: f?.[1]?.formula ?? `A[${l}] = g(Z[${l}])`,
            matrix: layer.A,
            exampleAxis: ax,
          }),
        ),
      );
    });
    body.append(
      el(
        'div',
        { class: 'matrix-row' },
        matrixView({ name: 'Y', formula: 'Y (targets)', matrix: s.Y, exampleAxis: ax }),
      ),
    );
  };
  return { render };
}
