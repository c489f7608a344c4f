// The network drawn as columns of units; edges coloured by the sign of W[l] and sized by |W[l]|
// of the shown step, with the value in each edge's title; the selected entry's units (and weight) marked.

import type { MatrixDTO } from '../src/protocol';
import { alongUnits, orderForAxis } from '../src/core/layout';
import type { Dim } from '../src/core/shapes/types';
import { CATEGORICAL, maxAbs } from './colors';
import { el, placeholder, svg } from './dom';
import { fmt } from './format';
import { label } from './labels';
import { courseOf } from './matrix/links';
import type { Section } from './section';
import { shownSnapshot, type ViewState } from './state';

const MAX_UNITS = 16; // more units than this are drawn as the first 16 and a count
const COL_GAP = 140;
const ROW_GAP = 34;
const R = 11;

/**
 * n[0], ..., n[L]: from the shape table, else from the shown snapshot
 * (units run along the axis that is not the examples').
 */
function layerSizes(d: ViewState): number[] {
  const t = d.analysis?.shapes;
  const n0 = (dims: readonly Dim[]) => alongUnits(d.analysis?.exampleAxis ?? 1, dims[0], dims[1]).value ?? 0;
  if (t) return [t.n0 ?? n0(t.X.dims), ...t.layers.map((l) => l.units)];
  const s = shownSnapshot(d);
  if (!s) return [];
  const units = (m: MatrixDTO) => alongUnits(s.exampleAxis, m.rows, m.cols);
  return [units(s.X), ...s.layers.map((l) => units(l.Z))];
}

/**
 * W[l]'s entry joining unit j of layer l-1 to unit i of layer l, and its 1-based (row, column) as the
 * file writes it: layer l's units run along W's non-example axis (rows in `columns`, columns in `rows`).
 */
function weight(W: MatrixDTO, exampleAxis: 0 | 1, i: number, j: number): { w: number; at: string } {
  const [r, c] = orderForAxis(exampleAxis, i, j);
  return { w: W.data[r * W.cols + c], at: `[${r + 1}, ${c + 1}]` };
}

/** The units (`layer:unit`, 0-based unit) and the edge (`layer:unit:input`) the selected entry is about. */
function selectedParts(d: ViewState): Set<string> {
  const s = shownSnapshot(d);
  const out = new Set<string>();
  if (!d.selected || !s) return out;
  const c = courseOf(d.selected, s.exampleAxis);
  out.add(`${c.layer}:${c.unit}`);
  if (c.over === 'units' && c.input !== undefined)
    out.add(`${c.layer - 1}:${c.input}`).add(`${c.layer}:${c.unit}:${c.input}`);
  return out;
}

function edges(root: SVGSVGElement, d: ViewState, shown: number[], pos: (l: number, i: number) => [number, number]) {
  const s = shownSnapshot(d);
  const selected = selectedParts(d);
  for (let l = 1; l < shown.length; l++) {
    const W = s?.layers[l - 1]?.W;
    const scale = W ? maxAbs(W.data) : 0;
    for (let i = 0; i < shown[l]; i++) {
      for (let j = 0; j < shown[l - 1]; j++) {
        const e = W && s ? weight(W, s.exampleAxis, i, j) : undefined;
        const [x1, y1] = pos(l - 1, j);
        const [x2, y2] = pos(l, i);
        const sign = !e ? '' : e.w >= 0 ? ' pos' : ' neg';
        const line = svg('line', {
          x1,
          y1,
          x2,
          y2,
          class: `edge${sign}${selected.has(`${l}:${i}:${j}`) ? ' selected' : ''}`,
        });
        if (e) line.style.strokeWidth = String(0.5 + (scale > 0 ? (Math.abs(e.w) / scale) * 4.5 : 0));
        const title = svg('title');
        title.textContent = e
          ? `W[${l}]${e.at} = ${fmt(e.w)}`
          : label('network.edge', { layer: l, from: j + 1, to: i + 1 });
        line.append(title);
        root.append(line);
      }
    }
  }
}

export function createNetwork(body: HTMLElement): Section {
  const render = (d: ViewState): void => {
    body.replaceChildren();
    const sizes = layerSizes(d);
    if (sizes.length < 2) {
      body.append(placeholder(label('network.empty')));
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
      'aria-label': label('network.name', { sizes: sizes.join('-') }),
    });
    const pos = (l: number, i: number): [number, number] => [
      40 + l * COL_GAP,
      height / 2 + (i - (shown[l] - 1) / 2) * ROW_GAP,
    ];
    edges(root, d, shown, pos);
    const selected = selectedParts(d);
    sizes.forEach((n, l) => {
      for (let i = 0; i < shown[l]; i++) {
        const [cx, cy] = pos(l, i);
        const mark = selected.has(`${l}:${i}`) ? ' selected' : '';
        const c = svg('circle', { cx, cy, r: R, class: `${l === 0 ? 'unit input' : 'unit'}${mark}` });
        if (l > 0) c.style.stroke = CATEGORICAL[(l - 1) % CATEGORICAL.length];
        const title = svg('title');
        title.textContent =
          l === 0
            ? label('network.input', { index: i + 1, size: n })
            : label('network.unit', { layer: l, index: i + 1, size: n });
        c.append(title);
        root.append(c);
      }
      const size = svg('text', { x: pos(l, 0)[0], y: height - 6, class: 'layer-label', 'text-anchor': 'middle' });
      size.textContent = `n[${l}] = ${n}${n > MAX_UNITS ? label('network.shown', { count: MAX_UNITS }) : ''}`;
      root.append(size);
    });
    const s = shownSnapshot(d);
    body.append(el('div', { class: 'network-wrap' }, root));
    body.append(
      el('p', {
        class: 'note',
        text: s ? label('network.note', { step: s.step }) : label('network.noWeights'),
      }),
    );
  };
  return { render };
}
