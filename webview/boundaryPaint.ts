// Paints the decision boundary's canvas: the prediction over the plane (a class's colour, or the
// output on the diverging scale), dotted lines where the binary output crosses 0.5 or the predicted
// class changes, and the data points (train filled, test hollow; a shape per class, so that
// classes are told apart without telling colours apart).

import type { BoundaryDTO, DataPointsDTO } from '../src/protocol';
import { CATEGORICAL, cssRgb, divergingScale, resolveColor, themeColor, type Rgb } from './colors';
import type { Task } from './exampleLoss';

export const SIZE = 320;

/** Paints grid values (row j = y_j, bottom to top) onto a canvas of `size` pixels. */
export function paintGrid(
  canvas: HTMLCanvasElement,
  res: number,
  colorAt: (k: number) => Rgb,
  size: number,
): CanvasRenderingContext2D | null {
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx || res < 1) return ctx;
  const grid = document.createElement('canvas');
  grid.width = res;
  grid.height = res;
  const g = grid.getContext('2d');
  if (!g) return ctx;
  const img = g.createImageData(res, res);
  for (let j = 0; j < res; j++) {
    for (let i = 0; i < res; i++) {
      const c = colorAt(j * res + i);
      img.data.set([c[0], c[1], c[2], 255], ((res - 1 - j) * res + i) * 4);
    }
  }
  g.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = true;
  // Grid values sit at the pixel centres: stretch centre-to-centre so (x_0, y_0) lands on a corner.
  if (res > 1) ctx.drawImage(grid, 0.5, 0.5, res - 1, res - 1, 0, 0, size, size);
  else ctx.drawImage(grid, 0, 0, size, size);
  return ctx;
}

/** The output's range: [0, 1] for a probability, else its own minimum and maximum. */
export function outputRange(b: BoundaryDTO, task: Task): { lo: number; hi: number } {
  if (task === 'binary') return { lo: 0, hi: 1 };
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of b.output)
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  return lo <= hi ? { lo, hi } : { lo: 0, hi: 1 };
}

/** A value's colour on the diverging scale spanning [lo, hi]. */
function valueColor(lo: number, hi: number): (v: number) => Rgb {
  const mid = (lo + hi) / 2;
  const half = Math.max((hi - lo) / 2, 1e-12);
  const scale = divergingScale(0.5);
  return (v) => scale((v - mid) / half);
}

export function classPalette(): Rgb[] {
  return CATEGORICAL.map(resolveColor);
}

/** Colour of the prediction: a class's colour, tinted toward the background, or the value on the scale. */
export function outputColors(b: BoundaryDTO, task: Task): (k: number) => Rgb {
  if (task === 'multiclass') {
    const bg = themeColor('bg');
    const palette = classPalette();
    return (k) => {
      const c = palette[Math.round(b.output[k]) % palette.length] ?? bg;
      return [bg[0] + (c[0] - bg[0]) * 0.45, bg[1] + (c[1] - bg[1]) * 0.45, bg[2] + (c[2] - bg[2]) * 0.45];
    };
  }
  const { lo, hi } = outputRange(b, task);
  const color = valueColor(lo, hi);
  return (k) => color(b.output[k]);
}

/**
 * Dots where the prediction changes between neighbouring grid points: where a binary output
 * crosses 0.5, or where the predicted class changes. Nothing for a regression.
 */
export function drawBoundaryLines(ctx: CanvasRenderingContext2D, b: BoundaryDTO, task: Task): void {
  const res = b.resolution;
  const v = b.output;
  if (task === 'regression' || res < 2) return;
  // Binary: the signed distance to 0.5, placed by interpolation; classes: the midpoint between two cells.
  const level = (k: number) => (task === 'binary' ? v[k] - 0.5 : v[k]);
  const crosses = (a: number, c: number) => (task === 'binary' ? a < 0 !== c < 0 : Math.round(a) !== Math.round(c));
  const at = (a: number, c: number) => (task === 'binary' ? a / (a - c) : 0.5);
  const cell = SIZE / (res - 1);
  ctx.fillStyle = cssRgb(themeColor('fg'));
  for (let j = 0; j < res; j++) {
    for (let i = 0; i < res; i++) {
      const a = level(j * res + i);
      if (i + 1 < res && crosses(a, level(j * res + i + 1)))
        ctx.fillRect((i + at(a, level(j * res + i + 1))) * cell - 1, SIZE - j * cell - 1, 2, 2);
      if (j + 1 < res && crosses(a, level((j + 1) * res + i)))
        ctx.fillRect(i * cell - 1, SIZE - (j + at(a, level((j + 1) * res + i))) * cell - 1, 2, 2);
    }
  }
}

/** A class's marker: circle, square, triangle, diamond, then around again. */
export function markerPath(
  ctx: CanvasRenderingContext2D | Path2D,
  shape: number,
  x: number,
  y: number,
  r: number,
): void {
  switch (shape % 4) {
    case 1:
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      return;
    case 2:
      ctx.moveTo(x, y - r * 1.1);
      ctx.lineTo(x + r, y + r * 0.75);
      ctx.lineTo(x - r, y + r * 0.75);
      ctx.closePath();
      return;
    case 3:
      ctx.moveTo(x, y - r * 1.15);
      ctx.lineTo(x + r * 1.05, y);
      ctx.lineTo(x, y + r * 1.15);
      ctx.lineTo(x - r * 1.05, y);
      ctx.closePath();
      return;
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

/** Each point's colour (and, for classes, its marker): by class, or by target value on the map's scale. */
function pointStyle(b: BoundaryDTO, task: Task): (label: number) => { color: string; shape: number } {
  if (task === 'regression') {
    const { lo, hi } = outputRange(b, task);
    const color = valueColor(lo, hi);
    return (label) => ({ color: cssRgb(color(label)), shape: 0 });
  }
  const palette = classPalette().map((c) => cssRgb(c));
  return (label) => ({ color: palette[Math.round(label) % palette.length], shape: Math.round(label) });
}

export function drawPoints(ctx: CanvasRenderingContext2D, b: BoundaryDTO, p: DataPointsDTO, task: Task): void {
  const fg = cssRgb(themeColor('fg'));
  const style = pointStyle(b, task);
  for (let k = 0; k < p.x.length; k++) {
    const px = ((p.x[k] - b.xMin) / (b.xMax - b.xMin)) * SIZE;
    const py = SIZE - ((p.y[k] - b.yMin) / (b.yMax - b.yMin)) * SIZE;
    const { color, shape } = style(p.label[k]);
    // A halo in the editor foreground keeps every marker visible on its own class's colour.
    ctx.beginPath();
    markerPath(ctx, shape, px, py, p.test[k] ? 5 : 4.5);
    ctx.lineWidth = p.test[k] ? 4.5 : 2;
    ctx.strokeStyle = fg;
    ctx.stroke();
    if (p.test[k]) {
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = color;
      ctx.stroke();
    } else {
      ctx.fillStyle = color;
      ctx.fill();
    }
  }
}
