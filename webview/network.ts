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
import { sentPosition } from './matrixEntry';
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
  const units = (m: MatrixDTO) => alongUnits(s.exampleAxis, m.of?.rows ?? m.rows, m.of?.cols ?? m.cols);
  return [units(s.X), ...s.layers.map((l) => units(l.Z))];
}

/**
 * W[l]'s entry joining unit j of layer l-1 to unit i of layer l, and its 1-based (row, column) as the
 * file writes it: layer l's units run along W's non-example axis (rows in `columns`, columns in `rows`).
 * Undefined when W was sampled without it.
 */
function weight(W: MatrixDTO, exampleAxis: 0 | 1, i: number, j: number): { w: number; at: string } | undefined {
  const [r, c] = orderForAxis(exampleAxis, i, j);
  const sent = sentPosition(W, r, c);
  return sent && { w: W.data[sent.row * W.cols + sent.col], at: `[${r + 1}, ${c + 1}]` };
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

/** An edge as drawn: its line and title, and the units it joins (unit i of layer l, input j of layer l-1). */
interface Edge {
  line: SVGLineElement;
  title: SVGTitleElement;
  l: number;
  i: number;
  j: number;
}

/** The drawing of one set of layer sizes: steps and selections only restyle its edges and units. */
interface Drawing {
  sizes: string;
  edges: Edge[];
  /** Each unit's circle, its `layer:unit` key, and its class when not selected. */
  units: { circle: SVGCircleElement; part: string; base: string }[];
  note: HTMLElement;
}

/** The units as circles (at most MAX_UNITS a layer) and the edges as lines, each titled, for `sizes`. */
function draw(body: HTMLElement, sizes: number[]): Drawing {
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
  const edges: Edge[] = [];
  for (let l = 1; l < shown.length; l++) {
    for (let i = 0; i < shown[l]; i++) {
      for (let j = 0; j < shown[l - 1]; j++) {
        const [x1, y1] = pos(l - 1, j);
        const [x2, y2] = pos(l, i);
        const line = svg('line', { x1, y1, x2, y2 });
        const title = svg('title');
        line.append(title);
        root.append(line);
        edges.push({ line, title, l, i, j });
      }
    }
  }
  const units: Drawing['units'] = [];
  sizes.forEach((n, l) => {
    for (let i = 0; i < shown[l]; i++) {
      const [cx, cy] = pos(l, i);
      // A layer's colour comes from the stylesheet, so that the markup alone shows it (a first screen).
      const circle = svg('circle', { cx, cy, r: R });
      if (l > 0) circle.dataset.series = String((l - 1) % CATEGORICAL.length);
      const title = svg('title');
      title.textContent =
        l === 0
          ? label('network.input', { index: i + 1, size: n })
          : label('network.unit', { layer: l, index: i + 1, size: n });
      circle.append(title);
      root.append(circle);
      units.push({ circle, part: `${l}:${i}`, base: l === 0 ? 'unit input' : 'unit' });
    }
    const size = svg('text', { x: pos(l, 0)[0], y: height - 6, class: 'layer-label', 'text-anchor': 'middle' });
    size.textContent = `n[${l}] = ${n}${n > MAX_UNITS ? label('network.shown', { count: MAX_UNITS }) : ''}`;
    root.append(size);
  });
  const note = el('p', { class: 'note' });
  body.replaceChildren(el('div', { class: 'network-wrap' }, root), note);
  return { sizes: sizes.join('-'), edges, units, note };
}

/** The shown step's weights and the selection on a drawing: colours, widths, titles and marks. */
function restyle(drawing: Drawing, d: ViewState): void {
  const s = shownSnapshot(d);
  const selected = selectedParts(d);
  const scales = s?.layers.map((layer) => maxAbs(layer.W.data)) ?? [];
  for (const { line, title, l, i, j } of drawing.edges) {
    const W = s?.layers[l - 1]?.W;
    const e = W && s ? weight(W, s.exampleAxis, i, j) : undefined;
    const sign = !e ? '' : e.w >= 0 ? ' pos' : ' neg';
    line.setAttribute('class', `edge${sign}${selected.has(`${l}:${i}:${j}`) ? ' selected' : ''}`);
    const scale = scales[l - 1] ?? 0;
    line.style.strokeWidth = e ? String(0.5 + (scale > 0 ? (Math.abs(e.w) / scale) * 4.5 : 0)) : '';
    title.textContent = e
      ? `W[${l}]${e.at} = ${fmt(e.w)}`
      : label('network.edge', { layer: l, from: j + 1, to: i + 1 });
  }
  for (const { circle, part, base } of drawing.units)
    circle.setAttribute('class', `${base}${selected.has(part) ? ' selected' : ''}`);
  const sampled = s?.layers.some((layer) => layer.W.of) ? label('network.sampled') : '';
  drawing.note.textContent = s ? label('network.note', { step: s.step }) + sampled : label('network.noWeights');
}

export function createNetwork(body: HTMLElement): Section {
  let drawing: Drawing | undefined;
  const render = (d: ViewState): void => {
    const sizes = layerSizes(d);
    if (sizes.length < 2) {
      drawing = undefined;
      body.replaceChildren(placeholder(label('network.empty')));
      return;
    }
    // Built again only for other layer sizes: a hovered edge keeps its title through the steps.
    if (drawing?.sizes !== sizes.join('-')) drawing = draw(body, sizes);
    restyle(drawing, d);
  };
  return { render };
}
