// The network drawn as columns of units; edges coloured by the sign of W[l] and sized by |W[l]|
// of the selected step, with the value in each edge's title.

import { CATEGORICAL } from './colors';
import { el, placeholder, svg } from './dom';
import { fmt } from './format';
import type { PanelData } from './store';

const MAX_UNITS = 16; // more units than this are drawn as the first 16 and a count
const COL_GAP = 140;
const ROW_GAP = 34;
const R = 11;

export function createNetwork(body: HTMLElement): (d: PanelData) => void {
  return (d) => {
    body.replaceChildren();
    const t = d.analysis?.shapes;
    const s = d.snapshot;
    const rowsLayout = (d.analysis?.layout ?? t?.layout) === 'rows';
    const sizes = t
      ? [t.n0 ?? t.X.dims[rowsLayout ? 1 : 0].value ?? 0, ...t.layers.map((l) => l.units)]
      : s
        ? [rowsLayout ? s.X.cols : s.X.rows, ...s.layers.map((l) => (rowsLayout ? l.W.cols : l.W.rows))]
        : [];
    if (sizes.length < 2) {
      body.append(placeholder('The network appears once the file is analysed.'));
      return;
    }
    const shown = sizes.map((n) => Math.min(n, MAX_UNITS));
    const height = Math.max(...shown) * ROW_GAP + 40;
    const width = (sizes.length - 1) * COL_GAP + 80;
    const root = svg('svg', {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': `Network ${sizes.join('-')}`,
    });
    const pos = (l: number, i: number): [number, number] => [
      40 + l * COL_GAP,
      height / 2 + (i - (shown[l] - 1) / 2) * ROW_GAP,
    ];

    for (let l = 1; l < sizes.length; l++) {
      const W = s?.layers[l - 1]?.W;
      let scale = 0;
      if (W) for (const v of W.data) scale = Math.max(scale, Math.abs(v));
      for (let i = 0; i < shown[l]; i++) {
        for (let j = 0; j < shown[l - 1]; j++) {
          // W[l][i, j] joins unit j of layer l-1 to unit i of layer l (transposed in `rows`).
          const w = W ? (rowsLayout ? W.data[j * W.cols + i] : W.data[i * W.cols + j]) : undefined;
          const [x1, y1] = pos(l - 1, j);
          const [x2, y2] = pos(l, i);
          const line = svg('line', {
            x1,
            y1,
            x2,
            y2,
            class: w === undefined ? 'edge' : w >= 0 ? 'edge pos' : 'edge neg',
          });
          if (w !== undefined) line.style.strokeWidth = String(0.5 + (scale > 0 ? (Math.abs(w) / scale) * 4.5 : 0));
          const title = svg('title');
          const [r, c] = rowsLayout ? [j + 1, i + 1] : [i + 1, j + 1];
          title.textContent = w === undefined ? `W[${l}] unit ${j + 1} → ${i + 1}` : `W[${l}][${r}, ${c}] = ${fmt(w)}`;
          line.append(title);
          root.append(line);
        }
      }
    }
    sizes.forEach((n, l) => {
      for (let i = 0; i < shown[l]; i++) {
        const [cx, cy] = pos(l, i);
        const c = svg('circle', { cx, cy, r: R, class: l === 0 ? 'unit input' : 'unit' });
        if (l > 0) c.style.stroke = CATEGORICAL[(l - 1) % CATEGORICAL.length];
        const title = svg('title');
        title.textContent = l === 0 ? `input ${i + 1} of n[0] = ${n}` : `layer ${l}, unit ${i + 1} of n[${l}] = ${n}`;
        c.append(title);
        root.append(c);
      }
      const label = svg('text', { x: pos(l, 0)[0], y: height - 6, class: 'layer-label', 'text-anchor': 'middle' });
      label.textContent = `n[${l}] = ${n}${n > MAX_UNITS ? ` (${MAX_UNITS} shown)` : ''}`;
      root.append(label);
    });
    body.append(el('div', { class: 'network-wrap' }, root));
    body.append(
      el('p', {
        class: 'note',
        text: s
          ? `W of step ${s.step}: red positive, blue negative, width ∝ |w|.`
          : 'Weights appear with the first step.',
      }),
    );
  };
}
