// A chart's legend as HTML: one item per drawn series, its name and a sample of its line (colour,
// width, dash pattern, marker) in SVG, so a screen reader and a test read it, and it needs no
// colour to tell runs apart.

import { svg, el } from './dom';
import type { Marker } from './runStyle';

export interface LegendEntry {
  label: string;
  color: string;
  dash?: number[];
  marker?: Marker;
  /** The line's width in the chart, in pixels. */
  width: number;
}

const W = 30;
const H = 12;

function markerShape(m: Marker, x: number, y: number, color: string): SVGElement {
  const r = 3.5;
  const stroke = { stroke: color, 'stroke-width': 1.5, fill: 'none' };
  const solid = { fill: color, stroke: color };
  const lines = (d: string) => svg('path', { d, ...stroke });
  switch (m) {
    case 'circle':
      return svg('circle', { cx: x, cy: y, r, ...solid });
    case 'triangle':
      return svg('polygon', { points: `${x},${y - r} ${x + r},${y + r} ${x - r},${y + r}`, ...solid });
    case 'rect':
      return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, ...solid });
    case 'rectRounded':
      return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, rx: 1.5, ...solid });
    case 'rectRot':
      return svg('polygon', { points: `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`, ...solid });
    case 'cross':
      return lines(`M${x - r},${y}H${x + r}M${x},${y - r}V${y + r}`);
    case 'crossRot':
      return lines(`M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`);
    case 'star':
      return lines(
        `M${x - r},${y}H${x + r}M${x},${y - r}V${y + r}` + // the plus
          `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`, // the cross
      );
  }
}

function sample(e: LegendEntry): SVGSVGElement {
  const s = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' });
  const line = svg('line', { x1: 0, y1: H / 2, x2: W, y2: H / 2, stroke: e.color, 'stroke-width': e.width });
  if (e.dash) line.setAttribute('stroke-dasharray', e.dash.join(' '));
  s.append(line);
  if (e.marker) s.append(markerShape(e.marker, W / 2, H / 2, e.color));
  return s;
}

/** Replaces `list`'s items with one per entry. */
export function drawLegend(list: HTMLElement, entries: LegendEntry[]): void {
  list.replaceChildren(
    ...entries.map((e) =>
      el(
        'li',
        {
          attrs: { 'data-dash': e.dash?.join(' ') ?? '', 'data-marker': e.marker ?? '', 'data-width': String(e.width) },
        },
        sample(e),
        el('span', { text: e.label }),
      ),
    ),
  );
  list.hidden = entries.length === 0;
}
