// How a run other than the current one is drawn in the charts: a dash pattern and a marker of its
// own, so runs differ without colour (colour keeps meaning the metric, or the layer).

/** chart.js point styles that read apart at 4 pixels, and that the legend draws in SVG. */
export type Marker = 'triangle' | 'rect' | 'rectRot' | 'star' | 'crossRot' | 'cross' | 'rectRounded' | 'circle';

export interface RunStyle {
  dash: number[];
  marker: Marker;
}

const MARKERS: Marker[] = ['triangle', 'rect', 'rectRot', 'star', 'crossRot', 'cross', 'rectRounded', 'circle'];
const DASHES: number[][] = [
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
  [1, 3],
  [10, 4],
  [4, 2, 1, 2],
  [12, 3, 3, 3],
  [3, 6],
];

/** The style of run number `n` (1, 2, ...): fixed per run, so ticking others does not restyle it. */
export function runStyle(n: number): RunStyle {
  const k = (((n - 1) % MARKERS.length) + MARKERS.length) % MARKERS.length;
  return { dash: DASHES[k], marker: MARKERS[k] };
}
