// Draws one matrix: a table of numbers when small (as a textbook prints it), a canvas heatmap
// with a hover readout when large, and for many examples a sample of them plus per-unit statistics.

import type { MatrixDTO } from '../src/protocol';
import { cellTint, divergingScale, maxAbs } from './colors';
import { el } from './dom';
import { fmt } from './format';

const SMALL_ROWS = 8;
const SMALL_COLS = 12;
const SAMPLE = 12;
const STAT_UNITS = 16;

export interface MatrixViewOptions {
  name: string; // 'Z[1]'
  formula?: string; // 'dZ[1] = dA[1] * g\'(Z[1])'
  matrix: MatrixDTO;
  /** The axis that runs over examples (1 in `columns`, 0 in `rows`); absent for W, b, dW, db. */
  exampleAxis?: 0 | 1;
}

const at = (m: MatrixDTO, i: number, j: number): number => m.data[i * m.cols + j];

/** Evenly spaced indices 0..n-1, at most k of them, first and last included. */
function sampleIndices(n: number, k: number): number[] {
  if (n <= k) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: k }, (_, i) => Math.round((i * (n - 1)) / (k - 1)));
}

function numberTable(
  m: MatrixDTO,
  name: string,
  rows: number[],
  cols: number[],
  exampleAxis?: 0 | 1,
): HTMLTableElement {
  const scale = maxAbs(m.data) || 1;
  const table = el('table', { class: 'matrix', attrs: { 'aria-label': name } });
  const sampled = rows.length < m.rows || cols.length < m.cols;
  if (sampled) {
    const head = el('tr', {}, el('th', {}));
    for (const j of cols)
      head.append(
        el('th', { class: exampleAxis === 1 ? 'example' : '', text: exampleAxis === 1 ? `#${j + 1}` : String(j + 1) }),
      );
    table.append(el('thead', {}, head));
  }
  const body = el('tbody');
  for (const i of rows) {
    const tr = el('tr');
    if (sampled)
      tr.append(
        el('th', { class: exampleAxis === 0 ? 'example' : '', text: exampleAxis === 0 ? `#${i + 1}` : String(i + 1) }),
      );
    for (const j of cols) {
      const v = at(m, i, j);
      const td = el('td', { text: fmt(v), title: `${name}[${i + 1}, ${j + 1}] = ${v}` });
      td.style.backgroundColor = cellTint(v / scale);
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

/** `rowIdx` / `colIdx` map a sampled matrix back to the original indices for the hover readout. */
function heatmapCanvas(m: MatrixDTO, name: string, rowIdx?: number[], colIdx?: number[]): HTMLCanvasElement {
  const canvas = el('canvas', {
    class: 'heatmap',
    attrs: { role: 'img', 'aria-label': `${name} heatmap, ${m.rows} by ${m.cols}` },
  });
  canvas.width = m.cols;
  canvas.height = m.rows;
  // Square cells up to 24 px; a big matrix is squeezed into 480 × 320 px (hover still reads each cell).
  const cell = Math.max(1, Math.min(24, Math.floor(360 / m.cols), Math.floor(240 / m.rows)));
  canvas.style.width = `${Math.min(m.cols * cell, 480)}px`;
  canvas.style.height = `${Math.min(m.rows * cell, 320)}px`;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const scale = maxAbs(m.data) || 1;
    const color = divergingScale();
    const img = ctx.createImageData(m.cols, m.rows);
    for (let k = 0; k < m.rows * m.cols; k++) {
      const c = color(m.data[k] / scale);
      img.data.set([c[0], c[1], c[2], 255], k * 4);
    }
    ctx.putImageData(img, 0, 0);
  }
  canvas.title = `${name}: hover for values`;
  canvas.addEventListener('mousemove', (e) => {
    const j = Math.min(m.cols - 1, Math.floor((e.offsetX / canvas.clientWidth) * m.cols));
    const i = Math.min(m.rows - 1, Math.floor((e.offsetY / canvas.clientHeight) * m.rows));
    canvas.title = `${name}[${(rowIdx?.[i] ?? i) + 1}, ${(colIdx?.[j] ?? j) + 1}] = ${fmt(at(m, i, j))}`;
  });
  return canvas;
}

/** min / max / mean of every unit over all examples. */
function statsTable(m: MatrixDTO, name: string, exampleAxis: 0 | 1): HTMLTableElement {
  const units = exampleAxis === 1 ? m.rows : m.cols;
  const count = exampleAxis === 1 ? m.cols : m.rows;
  const table = el(
    'table',
    { class: 'stats', attrs: { 'aria-label': `${name} per-unit statistics over ${count} examples` } },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { text: 'unit' }),
        el('th', { text: 'min' }),
        el('th', { text: 'max' }),
        el('th', { text: 'mean' }),
      ),
    ),
  );
  const body = el('tbody');
  for (let u = 0; u < Math.min(units, STAT_UNITS); u++) {
    let lo = Infinity,
      hi = -Infinity,
      sum = 0;
    for (let e = 0; e < count; e++) {
      const v = exampleAxis === 1 ? at(m, u, e) : at(m, e, u);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
    }
    body.append(
      el(
        'tr',
        {},
        el('th', { text: String(u + 1) }),
        el('td', { text: fmt(lo) }),
        el('td', { text: fmt(hi) }),
        el('td', { text: fmt(sum / count) }),
      ),
    );
  }
  table.append(body);
  if (units > STAT_UNITS) table.append(el('caption', { text: `first ${STAT_UNITS} of ${units} units` }));
  return table;
}

function caption(o: MatrixViewOptions): HTMLElement {
  const m = o.matrix;
  return el(
    'figcaption',
    {},
    el('span', { class: 'matrix-name', text: o.formula ?? o.name }),
    el('span', { class: 'matrix-shape', text: ` (${m.rows}, ${m.cols})` }),
  );
}

export function matrixView(o: MatrixViewOptions): HTMLElement {
  const m = o.matrix;
  const fig = el('figure', { class: 'matrix-view', attrs: { 'data-matrix': o.name } }, caption(o));
  const rows = Array.from({ length: m.rows }, (_, i) => i);
  const cols = Array.from({ length: m.cols }, (_, j) => j);
  if (m.rows * m.cols === 0) {
    fig.append(el('p', { class: 'placeholder', text: 'empty' }));
  } else if (m.rows <= SMALL_ROWS && m.cols <= SMALL_COLS) {
    fig.append(numberTable(m, o.name, rows, cols));
  } else if (o.exampleAxis !== undefined) {
    const examples = o.exampleAxis === 1 ? m.cols : m.rows;
    const units = o.exampleAxis === 1 ? m.rows : m.cols;
    const picked = sampleIndices(examples, SAMPLE);
    fig.append(el('p', { class: 'note', text: `${picked.length} of ${examples} examples shown` }));
    const shownRows = o.exampleAxis === 0 ? picked : rows;
    const shownCols = o.exampleAxis === 1 ? picked : cols;
    if (units <= SMALL_ROWS) fig.append(numberTable(m, o.name, shownRows, shownCols, o.exampleAxis));
    else fig.append(heatmapCanvas(pick(m, shownRows, shownCols), o.name, shownRows, shownCols));
    fig.append(statsTable(m, o.name, o.exampleAxis));
  } else {
    fig.append(heatmapCanvas(m, o.name));
  }
  return fig;
}

function pick(m: MatrixDTO, rows: number[], cols: number[]): MatrixDTO {
  const data: number[] = [];
  for (const i of rows) for (const j of cols) data.push(at(m, i, j));
  return { rows: rows.length, cols: cols.length, data };
}
