// Paints the part of a matrix in view onto its canvas: the cells' shades (one pixel per cell, scaled
// up), separators, linked bands, numbers where they fit, the selection, hover and keyboard cursor,
// and the frozen row and column labels. Only visible cells are touched, so size does not matter.

import { cssRgb } from '../colors';
import { fmt, fmtForms } from '../format';
import { labelEvery, LABEL_FONT, visibleSpan, type Gutter, type Zoom } from './geometry';
import type { Cursor } from './keys';
import type { GridModel } from './model';
import { shadeOf, type Palette } from './palette';
import { textMeasure, textWidth } from './textWidth';

export interface Frame {
  model: GridModel;
  zoom: Zoom;
  gutter: Gutter;
  scroll: { left: number; top: number };
  width: number;
  height: number;
  /** The keyboard cursor, while the matrix has focus. */
  cursor?: Cursor;
  hover?: Cursor;
}

interface Span {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** Viewport x of column c's left edge, y of row r's top edge. */
const xOf = (f: Frame, c: number) => f.gutter.left + c * f.zoom.w - f.scroll.left;
const yOf = (f: Frame, r: number) => f.gutter.top + r * f.zoom.h - f.scroll.top;

export function spanOf(f: Frame): Span {
  const { slice } = f.model;
  const [r0, r1] = visibleSpan(f.scroll.top, f.height, f.gutter.top, f.zoom.h, slice.rows.count);
  const [c0, c1] = visibleSpan(f.scroll.left, f.width, f.gutter.left, f.zoom.w, slice.cols.count);
  return { r0, r1, c0, c1 };
}

/** The text colour on a value's shade (on the error colour of NaN and ±∞: the background), as CSS. */
function inkOf(v: number, f: Frame, p: Palette): string {
  return Number.isFinite(v) ? p.ink[shadeOf(v, f.model.scale)] : cssRgb(p.bg);
}

/** The cells as one pixel each on a scratch canvas, drawn scaled without smoothing. */
function paintCells(ctx: CanvasRenderingContext2D, f: Frame, p: Palette, s: Span, scratch: HTMLCanvasElement): void {
  const w = s.c1 - s.c0;
  const h = s.r1 - s.r0;
  if (w <= 0 || h <= 0) return;
  scratch.width = w;
  scratch.height = h;
  const sctx = scratch.getContext('2d');
  if (!sctx) return;
  const img = sctx.createImageData(w, h);
  const { slice, scale } = f.model;
  for (let r = 0; r < h; r++) {
    for (let c = 0, o = r * w * 4; c < w; c++, o += 4) {
      const v = slice.value(s.r0 + r, s.c0 + c);
      if (Number.isFinite(v)) {
        const k = shadeOf(v, scale) * 3;
        img.data[o] = p.shades[k];
        img.data[o + 1] = p.shades[k + 1];
        img.data[o + 2] = p.shades[k + 2];
      } else img.data.set(p.error, o);
      img.data[o + 3] = 255;
    }
  }
  sctx.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch, xOf(f, s.c0), yOf(f, s.r0), w * f.zoom.w, h * f.zoom.h);
}

/** Thin lines between cells big enough to be read one by one. */
function paintSeparators(ctx: CanvasRenderingContext2D, f: Frame, p: Palette, s: Span): void {
  if (f.zoom.w < 12) return;
  ctx.strokeStyle = cssRgb(p.card, 0.7);
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let c = s.c0; c <= s.c1; c++) {
    const x = Math.round(xOf(f, c)) + 0.5;
    ctx.moveTo(x, yOf(f, s.r0));
    ctx.lineTo(x, yOf(f, s.r1));
  }
  for (let r = s.r0; r <= s.r1; r++) {
    const y = Math.round(yOf(f, r)) + 0.5;
    ctx.moveTo(xOf(f, s.c0), y);
    ctx.lineTo(xOf(f, s.c1), y);
  }
  ctx.stroke();
}

/**
 * Whether a zoom that draws only whole numbers (fullOnly) can draw those in view: all of them must fit,
 * or a view of weights would get a sprinkling of stray 0.1s among its blank cells.
 */
function allFit(width: (text: string) => number, f: Frame, s: Span, room: number): boolean {
  for (let r = s.r0; r < s.r1; r++)
    for (let c = s.c0; c < s.c1; c++) if (width(fmt(f.model.slice.value(r, c))) > room) return false;
  return true;
}

/** The first of a value's forms (fmtForms) that fits `room`; the shorter ones are only written when needed. */
function fitting(v: number, width: (text: string) => number, room: number): string | undefined {
  for (const text of fmtForms(v)) if (width(text) <= room) return text;
  return undefined;
}

/** Each value in its cell, right-aligned as a table prints it, shortened to fit (or left out when it cannot). */
function paintNumbers(ctx: CanvasRenderingContext2D, f: Frame, p: Palette, s: Span): void {
  if (f.zoom.font === 0) return;
  ctx.font = `${f.zoom.font}px ${p.fontFamily}`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const room = f.zoom.w - 6;
  const width = textMeasure(ctx);
  if (f.zoom.fullOnly && !allFit(width, f, s, room)) return;
  for (let r = s.r0; r < s.r1; r++) {
    for (let c = s.c0; c < s.c1; c++) {
      const v = f.model.slice.value(r, c);
      const text = f.zoom.fullOnly ? fmt(v) : fitting(v, width, room);
      if (text === undefined) continue;
      ctx.fillStyle = inkOf(v, f, p);
      ctx.fillText(text, xOf(f, c) + f.zoom.w - 3, yOf(f, r) + f.zoom.h / 2 + 0.5);
    }
  }
}

/** The linked row and column: a band in the foreground's tint, edged. */
function paintBands(ctx: CanvasRenderingContext2D, f: Frame, p: Palette): void {
  const { row, col } = f.model.marks;
  const { slice } = f.model;
  ctx.fillStyle = cssRgb(p.fg, 0.16);
  ctx.strokeStyle = cssRgb(p.fg, 0.85);
  ctx.lineWidth = 1;
  ctx.setLineDash([3, 2]);
  if (row !== undefined) {
    const y = yOf(f, row);
    const x = xOf(f, 0);
    ctx.fillRect(x, y, slice.cols.count * f.zoom.w, f.zoom.h);
    ctx.strokeRect(x + 0.5, y + 0.5, slice.cols.count * f.zoom.w - 1, f.zoom.h - 1);
  }
  if (col !== undefined) {
    const x = xOf(f, col);
    const y = yOf(f, 0);
    ctx.fillRect(x, y, f.zoom.w, slice.rows.count * f.zoom.h);
    ctx.strokeRect(x + 0.5, y + 0.5, f.zoom.w - 1, slice.rows.count * f.zoom.h - 1);
  }
  ctx.setLineDash([]);
}

/** An outline around cell (r, c), `inset` pixels inside it; at least 3 px wide on tiny cells. */
function outline(ctx: CanvasRenderingContext2D, f: Frame, at: Cursor, color: string, width: number, inset = 0): void {
  const grow = Math.max(0, (6 - f.zoom.w) / 2);
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  const x = xOf(f, at.col) - grow + inset + width / 2;
  const y = yOf(f, at.row) - grow + inset + width / 2;
  ctx.strokeRect(x, y, f.zoom.w + 2 * grow - 2 * inset - width, f.zoom.h + 2 * grow - 2 * inset - width);
}

function paintMarks(ctx: CanvasRenderingContext2D, f: Frame, p: Palette): void {
  const { cell, selected } = f.model.marks;
  if (cell) {
    ctx.setLineDash([3, 2]);
    outline(ctx, f, cell, cssRgb(p.fg), 2);
    ctx.setLineDash([]);
  }
  if (f.hover) outline(ctx, f, f.hover, cssRgb(p.fg, 0.7), 1);
  if (selected) {
    outline(ctx, f, selected, cssRgb(p.bg), 4);
    outline(ctx, f, selected, cssRgb(p.fg), 2);
  }
  if (f.cursor) outline(ctx, f, f.cursor, cssRgb(p.focus), 2, f.zoom.w >= 12 ? 1 : 0);
}

/** The positions whose label is emphasised: the marks, the cursor and the hovered entry. */
function emphasised(f: Frame, axis: 'row' | 'col'): Set<number> {
  const m = f.model.marks;
  const out = new Set<number>();
  for (const at of [m.selected, m.cell, f.cursor, f.hover]) if (at) out.add(at[axis]);
  const line = axis === 'row' ? m.row : m.col;
  if (line !== undefined) out.add(line);
  return out;
}

/** Whether position k gets a label when every `every`-th does: 1, then every, 2·every, ... (1-based). */
const labelled = (k: number, every: number) => (k + 1) % every === 0 || (k === 0 && every > 2);

/** Frozen labels: column numbers on top, row numbers on the left, the index symbols in the corner. */
export function paintLabels(ctx: CanvasRenderingContext2D, f: Frame, p: Palette, s: Span): void {
  const { gutter: g, zoom: z, model } = f;
  ctx.fillStyle = cssRgb(p.card);
  ctx.fillRect(0, 0, f.width, g.top);
  ctx.fillRect(0, 0, g.left, f.height);
  ctx.font = `${LABEL_FONT}px ${p.fontFamily}`;
  ctx.textBaseline = 'middle';
  const digit = textWidth(ctx, '0');
  const colLabel = (c: number) => String(model.slice.cols.of(c) + 1);
  const rowLabel = (r: number) => String(model.slice.rows.of(r) + 1);
  const colEvery = labelEvery(z.w, digit * String(model.slice.matrix.cols).length + 6);
  const rowEvery = labelEvery(z.h, LABEL_FONT + 2);
  const strong = [emphasised(f, 'col'), emphasised(f, 'row')];
  ctx.save();
  ctx.beginPath();
  ctx.rect(g.left, 0, f.width - g.left, g.top);
  ctx.clip();
  ctx.textAlign = 'center';
  for (let c = s.c0; c < s.c1; c++) {
    if (labelled(c, colEvery) && !strong[0].has(c)) label(ctx, colLabel(c), xOf(f, c) + z.w / 2, g.top / 2, p, false);
  }
  for (const c of strong[0]) label(ctx, colLabel(c), xOf(f, c) + z.w / 2, g.top / 2, p, true);
  ctx.restore();
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, g.top, g.left, f.height - g.top);
  ctx.clip();
  ctx.textAlign = 'right';
  for (let r = s.r0; r < s.r1; r++) {
    if (labelled(r, rowEvery) && !strong[1].has(r)) label(ctx, rowLabel(r), g.left - 4, yOf(f, r) + z.h / 2, p, false);
  }
  for (const r of strong[1]) label(ctx, rowLabel(r), g.left - 4, yOf(f, r) + z.h / 2, p, true);
  ctx.restore();
  corner(ctx, f, p);
}

/** One label; an emphasised one in the foreground on a tinted box, above its thinned neighbours. */
function label(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, p: Palette, strong: boolean): void {
  if (strong) {
    const w = textWidth(ctx, text) + 4;
    const left = ctx.textAlign === 'center' ? x - w / 2 : x - w + 2;
    ctx.fillStyle = cssRgb(p.card);
    ctx.fillRect(left, y - LABEL_FONT / 2 - 2, w, LABEL_FONT + 4);
    ctx.fillStyle = cssRgb(p.fg, 0.2);
    ctx.fillRect(left, y - LABEL_FONT / 2 - 2, w, LABEL_FONT + 4);
  }
  ctx.fillStyle = cssRgb(strong ? p.fg : p.muted);
  ctx.fillText(text, x, y);
}

/** The corner: the row index's symbol over the column index's ('j\i'), and the gutters' edges. */
function corner(ctx: CanvasRenderingContext2D, f: Frame, p: Palette): void {
  const [rows, cols] = f.model.terms;
  ctx.fillStyle = cssRgb(p.muted);
  ctx.textAlign = 'left';
  const text = rows.symbol && cols.symbol ? `${rows.symbol}\\${cols.symbol}` : rows.symbol || cols.symbol;
  if (textWidth(ctx, text) <= f.gutter.left - 2) ctx.fillText(text, 2, f.gutter.top / 2);
  ctx.strokeStyle = cssRgb(p.muted, 0.5);
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(f.gutter.left - 0.5, 0);
  ctx.lineTo(f.gutter.left - 0.5, f.height);
  ctx.moveTo(0, f.gutter.top - 0.5);
  ctx.lineTo(f.width, f.gutter.top - 0.5);
  ctx.stroke();
}

/** The whole frame: background, cells, separators, bands, numbers, marks, labels (no cells nor numbers when blank). */
export function paintFrame(ctx: CanvasRenderingContext2D, f: Frame, p: Palette, scratch: HTMLCanvasElement): void {
  const s = spanOf(f);
  ctx.fillStyle = cssRgb(p.card);
  ctx.fillRect(0, 0, f.width, f.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(f.gutter.left, f.gutter.top, f.width - f.gutter.left, f.height - f.gutter.top);
  ctx.clip();
  if (!f.model.blank) paintCells(ctx, f, p, s, scratch);
  paintSeparators(ctx, f, p, s);
  paintBands(ctx, f, p);
  if (!f.model.blank) paintNumbers(ctx, f, p, s);
  paintMarks(ctx, f, p);
  ctx.restore();
  paintLabels(ctx, f, p, s);
}
