// Where the cells of a canvas matrix lie: the zoom levels, the frozen label gutters, the cells in
// view for a scroll position, which labels fit, and the scroll that brings a cell into view. Pure.

/** A zoom level: cell width and height in CSS pixels, and the font numbers are drawn in. */
export interface Zoom {
  w: number;
  h: number;
  font: number;
  /** Numbers only as fmt writes them in full, and only when all those in view fit (see paint.ts). */
  fullOnly?: boolean;
}

/**
 * From an overview (3 px cells) to large numbers; the last three levels draw the numbers that fit
 * (font > 0): at 24 px only short ones written in full (0, 1, -1, 0.5), when all those in view are.
 */
export const ZOOMS: readonly Zoom[] = [
  { w: 3, h: 3, font: 0 },
  { w: 6, h: 6, font: 0 },
  { w: 12, h: 12, font: 0 },
  { w: 24, h: 16, font: 9, fullOnly: true },
  { w: 62, h: 20, font: 11 },
  { w: 84, h: 26, font: 13 },
];
export const DEFAULT_ZOOM = 4;
export const LABEL_FONT = 10;

/** The frozen gutters: row labels on the left, column labels on top. */
export interface Gutter {
  left: number;
  top: number;
}

/** [first, end) of the cells along one axis that a viewport of `size` pixels shows at `scroll`. */
export function visibleSpan(
  scroll: number,
  size: number,
  gutter: number,
  cell: number,
  count: number,
): [number, number] {
  const first = Math.max(0, Math.floor(scroll / cell));
  const end = Math.min(count, Math.ceil((scroll + Math.max(0, size - gutter)) / cell));
  return [first, Math.max(first, end)];
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/** Label every k-th cell, k the smallest round step whose labels (of `label` pixels) do not overlap. */
export function labelEvery(cell: number, label: number): number {
  return STEPS.find((k) => k * cell >= label) ?? Math.ceil(label / cell);
}

/** The cell under viewport point (x, y), or undefined over a gutter or past the last cell. */
export function cellAt(
  x: number,
  y: number,
  scroll: { left: number; top: number },
  g: Gutter,
  z: Zoom,
  size: { rows: number; cols: number },
): { row: number; col: number } | undefined {
  if (x < g.left || y < g.top) return undefined;
  const col = Math.floor((x - g.left + scroll.left) / z.w);
  const row = Math.floor((y - g.top + scroll.top) / z.h);
  return row < size.rows && col < size.cols ? { row, col } : undefined;
}

/** The scroll offset along one axis that shows cell `index` whole, moving as little as possible. */
export function revealScroll(scroll: number, size: number, gutter: number, cell: number, index: number): number {
  const start = index * cell;
  const room = Math.max(cell, size - gutter);
  if (start < scroll) return start;
  if (start + cell > scroll + room) return start + cell - room;
  return scroll;
}
