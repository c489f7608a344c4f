// A matrix of any size on a canvas: a scrolling viewport over a sized spacer, repainted for the cells
// in view (no element per cell), with zoom, hover, and a keyboard cursor. To assistive technology it
// is a grid whose focused cell is one hidden element, renamed at each move (aria-activedescendant).

import { el } from '../dom';
import { label } from '../labels';
import { cellAt, DEFAULT_ZOOM, LABEL_FONT, revealScroll, ZOOMS, type Gutter, type Zoom } from './geometry';
import { moveCursor, type Cursor } from './keys';
import { detachedTextWidth } from './textWidth';
import type { GridEvents, GridModel } from './model';
import { paintFrame, spanOf } from './paint';
import { forgetPalette, palette } from './palette';

let ids = 0;

/** A hidden grid row holding the one cell screen readers are told about. */
function proxyRow(id: string): { row: HTMLElement; cell: HTMLElement } {
  const cell = el('div', { id, attrs: { role: 'gridcell' } });
  return { row: el('div', { class: 'visually-hidden', attrs: { role: 'row' } }, cell), cell };
}

export class CanvasGrid {
  readonly root: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly sizer: HTMLDivElement;
  private readonly scratch = document.createElement('canvas');
  private readonly proxies: { row: HTMLElement; cell: HTMLElement }[];
  private flip = 0;
  private level = DEFAULT_ZOOM;
  private model?: GridModel;
  private gutter: Gutter = { left: 24, top: 16 };
  private cursor: Cursor = { row: 0, col: 0 };
  private hover?: Cursor;
  private focused = false;
  private frame = 0;
  /** The viewport (CSS pixels) and scroll offsets, as last laid out: painting never asks for layout. */
  private size = { width: 0, height: 0 };
  private scroll = { left: 0, top: 0 };
  /** Whether any of the viewport is on screen: matrices scrolled out of the window are not painted. */
  private onScreen = false;

  constructor(private readonly events: GridEvents) {
    const id = `matrix-cell-${++ids}`;
    this.proxies = [proxyRow(`${id}-a`), proxyRow(`${id}-b`)];
    this.canvas = el('canvas', { class: 'matrix-canvas', attrs: { 'aria-hidden': 'true' } });
    this.sizer = el('div', { class: 'matrix-sizer' }, this.canvas);
    this.root = el(
      'div',
      { class: 'matrix-grid', attrs: { tabindex: '0', role: 'grid', 'aria-roledescription': label('matrix.role') } },
      this.sizer,
      ...this.proxies.map((p) => p.row),
    );
    this.listen();
  }

  get zoom(): Zoom {
    return ZOOMS[this.level];
  }

  /** Zooms in (+1) or out (-1) a level, keeping the cell at the viewport's top left (or the cursor) in view. */
  zoomBy(step: number): void {
    const next = Math.max(0, Math.min(ZOOMS.length - 1, this.level + step));
    if (next === this.level) return;
    const top = Math.floor(this.scroll.top / this.zoom.h);
    const left = Math.floor(this.scroll.left / this.zoom.w);
    this.level = next;
    this.resize();
    this.scrollTo(left * this.zoom.w, top * this.zoom.h);
    if (this.focused) this.reveal(this.cursor);
    this.events.zoomed?.();
    this.schedule();
  }

  canZoom(step: number): boolean {
    const next = this.level + step;
    return next >= 0 && next < ZOOMS.length;
  }

  update(m: GridModel): void {
    this.model = m;
    const rows = m.slice.rows.count;
    const cols = m.slice.cols.count;
    this.cursor = { row: Math.min(this.cursor.row, rows - 1), col: Math.min(this.cursor.col, cols - 1) };
    if (this.hover && (this.hover.row >= rows || this.hover.col >= cols)) this.hover = undefined;
    this.root.setAttribute('aria-rowcount', String(rows));
    this.root.setAttribute('aria-colcount', String(cols));
    this.resize();
    this.name(this.proxies[this.flip], this.cursor);
    // The readout follows the new step's value of the entry pointed at.
    if (this.hover || this.focused) this.point(this.hover ?? this.cursor);
    // Painted now: the panel updates its matrices in a frame of its own, and a new step shows in that frame.
    if (this.frame) cancelAnimationFrame(this.frame);
    this.paint();
  }

  /** Scrolls the viewport so that shown cell `at` is whole in view. */
  reveal(at: Cursor): void {
    const z = this.zoom;
    const { left, top } = this.scroll;
    const { width, height } = this.size;
    this.scrollTo(
      revealScroll(left, width, this.gutter.left, z.w, at.col),
      revealScroll(top, height, this.gutter.top, z.h, at.row),
    );
  }

  private scrollTo(left: number, top: number): void {
    if (left === this.scroll.left && top === this.scroll.top) return;
    this.root.scrollLeft = left;
    this.root.scrollTop = top;
    this.scroll = { left: this.root.scrollLeft, top: this.root.scrollTop }; // as clamped by the browser
  }

  /** Scrolls the cell, row or column of a mark into view (after a selection elsewhere). */
  revealMark(): void {
    const m = this.model?.marks;
    if (!m) return;
    const at = m.selected ?? m.cell;
    if (at) this.reveal(at);
    else if (m.row !== undefined) this.reveal({ row: m.row, col: Math.floor(this.scroll.left / this.zoom.w) });
    else if (m.col !== undefined) this.reveal({ row: Math.floor(this.scroll.top / this.zoom.h), col: m.col });
  }

  retheme(): void {
    forgetPalette();
    this.resize(); // the gutter is measured in the theme's font
    this.schedule();
  }

  /** The label gutters and the spacer's size, for the current matrix and zoom. */
  private resize(): void {
    const m = this.model;
    if (!m) return;
    const font = `${LABEL_FONT}px ${palette().fontFamily}`;
    const widest = Math.max(detachedTextWidth(font, String(m.slice.matrix.rows)), detachedTextWidth(font, 'j\\k'));
    this.gutter = { left: Math.ceil(widest) + 10, top: LABEL_FONT + 8 };
    const z = this.zoom;
    this.sizer.style.width = `${this.gutter.left + m.slice.cols.count * z.w}px`;
    this.sizer.style.height = `${this.gutter.top + m.slice.rows.count * z.h}px`;
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  /** The canvas's backing store at the viewport's size (as the ResizeObserver last reported it). */
  private fitCanvas(width: number, height: number): void {
    const dpr = window.devicePixelRatio || 1;
    if (this.canvas.width === Math.round(width * dpr) && this.canvas.height === Math.round(height * dpr)) return;
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(height * dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
  }

  private paint(): void {
    this.frame = 0;
    const m = this.model;
    const { width, height } = this.size;
    const ctx = this.canvas.getContext('2d');
    if (!m || !ctx || width === 0 || height === 0 || !this.onScreen) return;
    this.fitCanvas(width, height);
    const dpr = this.canvas.width / width;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const cursor = this.focused ? this.cursor : undefined;
    const scroll = this.scroll;
    const frame = { model: m, zoom: this.zoom, gutter: this.gutter, scroll, width, height, cursor, hover: this.hover };
    paintFrame(ctx, frame, palette(), this.scratch);
    const s = spanOf(frame);
    this.events.inView?.([s.r0, s.r1], [s.c0, s.c1]);
  }

  /**
   * The part of the cell's box on screen that the viewport shows, off the label gutters; undefined when
   * the grid's own scroll has taken all of it out of view (the readout is then hidden, not left floating).
   */
  private box(at: Cursor): DOMRect | undefined {
    const c = this.canvas.getBoundingClientRect();
    const z = this.zoom;
    const x = c.left + this.gutter.left + at.col * z.w - this.scroll.left;
    const y = c.top + this.gutter.top + at.row * z.h - this.scroll.top;
    const left = Math.max(x, c.left + this.gutter.left);
    const top = Math.max(y, c.top + this.gutter.top);
    // The viewport's extent from the grid itself: the canvas is sized to it only when painted.
    const right = Math.min(x + z.w, c.left + this.root.clientWidth);
    const bottom = Math.min(y + z.h, c.top + this.root.clientHeight);
    return left < right && top < bottom ? new DOMRect(left, top, right - left, bottom - top) : undefined;
  }

  private point(at: Cursor): void {
    if (this.model) this.events.point(at.row, at.col, () => this.box(at));
  }

  /** Names cell `at` on proxy `p`: its accessible name and its place in the grid. */
  private name(p: { row: HTMLElement; cell: HTMLElement }, at: Cursor): void {
    if (!this.model) return;
    p.row.setAttribute('aria-rowindex', String(at.row + 1));
    p.cell.setAttribute('aria-colindex', String(at.col + 1));
    p.cell.textContent = this.model.describe(at.row, at.col);
  }

  /** Moves the keyboard cursor; the other proxy takes the name, so that the change is announced. */
  private moveTo(at: Cursor): void {
    this.cursor = at;
    this.proxies[this.flip].cell.textContent = ''; // only the focused cell has a name to be read
    this.flip ^= 1;
    const p = this.proxies[this.flip];
    this.name(p, at);
    this.root.setAttribute('aria-activedescendant', p.cell.id);
    this.reveal(at);
    this.point(at);
    this.schedule();
  }

  private cellUnder(e: MouseEvent): Cursor | undefined {
    const m = this.model;
    if (!m) return undefined;
    const size = { rows: m.slice.rows.count, cols: m.slice.cols.count };
    return cellAt(e.offsetX, e.offsetY, this.scroll, this.gutter, this.zoom, size);
  }

  private listen(): void {
    const { root, canvas } = this;
    root.addEventListener('scroll', () => {
      this.scroll = { left: root.scrollLeft, top: root.scrollTop };
      // The entry under a resting pointer is another one now: the keyboard cursor's readout stays, if any.
      this.hover = undefined;
      if (this.focused) this.point(this.cursor);
      else this.events.unpoint();
      this.schedule();
    });
    canvas.addEventListener('mousemove', (e) => this.onHover(this.cellUnder(e)));
    canvas.addEventListener('mouseleave', () => this.onHover(undefined));
    canvas.addEventListener('click', (e) => {
      const at = this.cellUnder(e);
      if (!at) return;
      root.focus({ preventScroll: true });
      this.moveTo(at);
      this.events.pick(at.row, at.col);
    });
    root.addEventListener('keydown', (e) => this.onKey(e));
    root.addEventListener('focus', () => {
      this.focused = true;
      this.moveTo(this.cursor);
    });
    root.addEventListener('blur', () => {
      this.focused = false;
      this.events.unpoint();
      this.schedule();
    });
    root.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    new ResizeObserver(([e]) => {
      this.size = { width: e.contentRect.width, height: e.contentRect.height };
      this.schedule();
    }).observe(root);
    // Painted a little before it scrolls into the window, so that no blank frame shows.
    new IntersectionObserver(
      ([e]) => {
        this.onScreen = e.isIntersecting;
        this.schedule();
      },
      { rootMargin: '300px 0px' },
    ).observe(root);
  }

  private onHover(at: Cursor | undefined): void {
    if (at?.row === this.hover?.row && at?.col === this.hover?.col) return;
    this.hover = at;
    const shown = at ?? (this.focused ? this.cursor : undefined);
    if (shown) this.point(shown);
    else this.events.unpoint();
    this.schedule();
  }

  private onKey(e: KeyboardEvent): void {
    const m = this.model;
    if (!m) return;
    const size = { rows: m.slice.rows.count, cols: m.slice.cols.count };
    const page = Math.max(1, Math.floor((this.size.height - this.gutter.top) / this.zoom.h) - 1);
    const next = moveCursor(this.cursor, e.key, e.ctrlKey || e.metaKey, size, page);
    if (next) this.moveTo(next);
    else if (e.key === 'Enter' || e.key === ' ') this.events.pick(this.cursor.row, this.cursor.col);
    else if (e.key === 'Escape') this.events.clear();
    else if (e.key === '+' || e.key === '=') this.zoomBy(1);
    else if (e.key === '-') this.zoomBy(-1);
    else return;
    e.preventDefault();
  }

  private onWheel(e: WheelEvent): void {
    if (!e.ctrlKey) return;
    e.preventDefault();
    this.zoomBy(e.deltaY < 0 ? 1 : -1);
  }
}
