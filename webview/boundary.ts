// For 2-D inputs: the prediction over the plane with the data points on top (train filled,
// test hollow), and one small map per hidden unit of layer 1.

import type { BoundaryDTO, DataPointsDTO } from '../src/protocol';
import { CATEGORICAL, cssRgb, divergingScale, maxAbs, resolveColor, themeColor, type Rgb } from './colors';
import { el, placeholder } from './dom';
import type { Section } from './section';
import { shownBoundary, type ViewState } from './state';

/** The map's size in pixels (the side-by-side maps are painted at it too, and shown smaller). */
export const SIZE = 320;
const HIDDEN_SIZE = 96;

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

/** Colour of the prediction: one output read around its midpoint, several outputs by class. */
export function outputColors(b: BoundaryDTO): (k: number) => Rgb {
  if (b.classes > 1) {
    const bg = themeColor('bg');
    const palette = CATEGORICAL.map(resolveColor);
    return (k) => {
      const c = palette[Math.round(b.output[k]) % palette.length] ?? bg;
      return [bg[0] + (c[0] - bg[0]) * 0.45, bg[1] + (c[1] - bg[1]) * 0.45, bg[2] + (c[2] - bg[2]) * 0.45];
    };
  }
  let lo = Infinity,
    hi = -Infinity;
  for (const v of b.output)
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  const probability = lo >= 0 && hi <= 1;
  const mid = probability ? 0.5 : (lo + hi) / 2;
  const half = probability ? 0.5 : Math.max((hi - lo) / 2, 1e-12);
  const scale = divergingScale(0.5);
  return (k) => scale((b.output[k] - mid) / half);
}

/** Marks where a single probability output crosses 0.5 between neighbouring grid points: the boundary. */
export function drawContour(ctx: CanvasRenderingContext2D, b: BoundaryDTO): void {
  const res = b.resolution;
  const v = b.output;
  if (b.classes > 1 || res < 2 || v.some((x) => !(x >= 0 && x <= 1))) return;
  const cell = SIZE / (res - 1);
  ctx.fillStyle = cssRgb(themeColor('fg'));
  const mark = (i: number, j: number, t: number, horizontal: boolean): void => {
    const x = (i + (horizontal ? t : 0)) * cell;
    const y = SIZE - (j + (horizontal ? 0 : t)) * cell;
    ctx.fillRect(x - 1, y - 1, 2, 2);
  };
  for (let j = 0; j < res; j++) {
    for (let i = 0; i < res; i++) {
      const a = v[j * res + i] - 0.5;
      if (i + 1 < res) {
        const r = v[j * res + i + 1] - 0.5;
        if (a < 0 !== r < 0) mark(i, j, a / (a - r), true);
      }
      if (j + 1 < res) {
        const u = v[(j + 1) * res + i] - 0.5;
        if (a < 0 !== u < 0) mark(i, j, a / (a - u), false);
      }
    }
  }
}

function pointColor(label: number, classes: number): string {
  if (classes > 1) return CATEGORICAL[Math.round(label) % CATEGORICAL.length];
  return label >= 0.5 ? 'var(--vscode-charts-red, #f14c4c)' : 'var(--vscode-charts-blue, #3794ff)';
}

export function drawPoints(ctx: CanvasRenderingContext2D, b: BoundaryDTO, p: DataPointsDTO): void {
  const fg = cssRgb(themeColor('fg'));
  const colors = new Map<string, string>();
  for (let k = 0; k < p.x.length; k++) {
    const px = ((p.x[k] - b.xMin) / (b.xMax - b.xMin)) * SIZE;
    const py = SIZE - ((p.y[k] - b.yMin) / (b.yMax - b.yMin)) * SIZE;
    const css = pointColor(p.label[k], b.classes);
    if (!colors.has(css)) colors.set(css, cssRgb(resolveColor(css)));
    const color = colors.get(css) as string;
    // A halo in the editor foreground keeps every dot visible on its own class's colour.
    ctx.beginPath();
    ctx.arc(px, py, p.test[k] ? 5 : 4.5, 0, 2 * Math.PI);
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

/** Which parameters the map shows, numbered as the timeline numbers steps: θ_t is what step t starts from. */
export function boundaryCaption(step: number, totalSteps?: number): string {
  if (step === 0) return 'θ_0 (step 0): the initial parameters, before any update.';
  if (totalSteps !== undefined && totalSteps > 0 && step >= totalSteps)
    return `θ_${step}: the final parameters, after the last step (step ${step - 1}).`;
  return `θ_${step} (step ${step}): the parameters after step ${step - 1}'s update.`;
}

export function createBoundary(body: HTMLElement): Section {
  const render = (d: ViewState): void => {
    body.replaceChildren();
    const b = shownBoundary(d);
    if (!b) {
      body.append(
        placeholder(
          d.analysis && !d.analysis.points
            ? 'The decision boundary is drawn for 2-D inputs only.'
            : 'The decision boundary appears with the first steps.',
        ),
      );
      return;
    }
    const which = boundaryCaption(b.step, d.run?.status?.totalSteps);
    const main = el('canvas', {
      id: 'boundary-canvas',
      attrs: { role: 'img', 'aria-label': `Prediction over the input plane of ${which}`, 'data-step': String(b.step) },
    });
    const ctx = paintGrid(main, b.resolution, outputColors(b), SIZE);
    if (ctx) drawContour(ctx, b);
    if (ctx && d.analysis?.points) drawPoints(ctx, b, d.analysis.points);
    body.append(
      el('p', { id: 'boundary-step', class: 'step-caption', text: `Prediction of ${which}` }),
      el(
        'div',
        { class: 'boundary-main' },
        main,
        el('p', {
          class: 'note',
          text: `x from ${b.xMin.toFixed(2)} to ${b.xMax.toFixed(2)}, y from ${b.yMin.toFixed(2)} to ${b.yMax.toFixed(2)}. Filled dots: training set; rings: test set; dotted line: output = 0.5.`,
        }),
      ),
    );
    if (b.hidden.length > 0) {
      const grid = el('div', {
        class: 'hidden-maps',
        attrs: { 'aria-label': 'Activation of each unit of layer 1 over the plane' },
      });
      b.hidden.forEach((values, u) => {
        const scale = maxAbs(values) || 1;
        const color = divergingScale(0.8);
        const c = el('canvas', {
          class: 'hidden-map',
          title: `A[1] unit ${u + 1}`,
          attrs: { role: 'img', 'aria-label': `A[1] unit ${u + 1}` },
        });
        paintGrid(c, b.resolution, (k) => color(values[k] / scale), HIDDEN_SIZE);
        grid.append(el('figure', {}, c, el('figcaption', { text: `A[1] unit ${u + 1}` })));
      });
      body.append(el('h3', { text: 'Hidden units of layer 1' }), grid);
    }
  };
  return { render };
}
