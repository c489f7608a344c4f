// One matrix of the step on screen, as a figure: its formula and shape, what its rows and columns run
// over, and its entries — a table of numbers when small, a zoomable canvas when not — with the
// selection and its links marked. Kept across steps (updated in place) so focus, zoom and scroll stay.

import type { MatrixDTO, MatrixEntry, MatrixRef } from '../../src/protocol';
import { alongExamples } from '../../src/core/layout';
import { maxAbs } from '../colors';
import { el } from '../dom';
import { fmt } from '../format';
import { label } from '../labels';
import { entryName, matrixLabel, overExamples, sameEntry, sameMatrix } from '../matrixEntry';
import { CanvasGrid } from './canvasGrid';
import { markIn } from './links';
import type { GridEvents, GridModel } from './model';
import { NumberTable } from './numberTable';
import { hideReadout, showReadout } from './readout';
import { shownMarks, sliceOf, type MatrixSlice, type ShownMarks } from './slice';
import { statsTable } from './stats';
import { axisTerms } from './terms';

/** Up to this size a matrix is a table of numbers; beyond, a canvas. */
const TABLE_ROWS = 8;
const TABLE_COLS = 12;
/** Matrices over more examples than this get their per-unit statistics. */
const STATS_FROM = 12;

export interface MatrixViewProps {
  ref: MatrixRef;
  /** 'dZ[1] = dA[1] * g'(Z[1])'; the label alone when absent. */
  formula?: string;
  matrix: MatrixDTO;
  exampleAxis: 0 | 1;
  /** For a matrix over examples: the examples shown, in order (all when absent). */
  examples?: readonly number[];
  selected?: MatrixEntry;
  /** Selects an entry (undefined: none). */
  select(entry: MatrixEntry | undefined): void;
  /** No values yet (a step laid out before it has come): the cells stay empty and cannot be picked. */
  blank?: boolean;
}

/** ', selected' on the selected entry, ', linked to dZ[1][3,5]' on an entry marked with it. */
function markWords(p: MatrixViewProps, marks: ShownMarks, r: number, c: number): string {
  if (!p.selected) return '';
  if (marks.selected?.row === r && marks.selected.col === c) return label('matrix.selected');
  const linked = (marks.cell?.row === r && marks.cell.col === c) || marks.row === r || marks.col === c;
  return linked ? label('matrix.linkedTo', { entry: entryName(p.selected) }) : '';
}

/** The accessible name of an entry: 'dW[1] row 2 column 1: 0.0031, unit 2 of layer 1, input 1'. */
export function describeEntry(p: MatrixViewProps, s: MatrixSlice, marks: ShownMarks, r: number, c: number): string {
  const row = s.rows.of(r);
  const col = s.cols.of(c);
  const [rowTerm, colTerm] = axisTerms(p.ref, p.exampleAxis);
  const terms = [rowTerm.name(row), colTerm.name(col)].filter(Boolean).join(', ');
  const value = label('matrix.entry', {
    matrix: matrixLabel(p.ref),
    row: row + 1,
    col: col + 1,
    value: p.blank ? label('matrix.noValue') : fmt(s.value(r, c)),
  });
  return `${value}${terms ? `, ${terms}` : ''}${markWords(p, marks, r, c)}`;
}

export class MatrixView {
  readonly root: HTMLElement;
  private readonly name = el('span', { class: 'matrix-name' });
  private readonly shape = el('span', { class: 'matrix-shape' });
  private readonly axes = el('span');
  private readonly place = el('span', { class: 'matrix-place' });
  private readonly tools = el('span', { class: 'matrix-tools' });
  private readonly cells = el('div', { class: 'matrix-cells' });
  private readonly stats = el('details', { class: 'matrix-stats' });
  private readonly zoomOut = el('button', { class: 'icon', text: '−', attrs: { type: 'button' } });
  private readonly zoomIn = el('button', { class: 'icon', text: '+', attrs: { type: 'button' } });
  private table?: NumberTable;
  private grid?: CanvasGrid;
  private props?: MatrixViewProps;
  private model?: GridModel;
  /** The props whose statistics the open disclosure shows (built when it opens: a snapshot draws sooner). */
  private statsOf?: MatrixViewProps;

  constructor(ref: MatrixRef) {
    const name = matrixLabel(ref);
    this.zoomOut.setAttribute('aria-label', label('matrix.zoomOut', { matrix: name }));
    this.zoomIn.setAttribute('aria-label', label('matrix.zoomIn', { matrix: name }));
    this.zoomOut.addEventListener('click', () => this.grid?.zoomBy(-1));
    this.zoomIn.addEventListener('click', () => this.grid?.zoomBy(1));
    this.stats.addEventListener('toggle', () => this.fillStats());
    this.tools.append(this.zoomOut, this.zoomIn);
    const caption = el('figcaption', {}, this.name, this.shape, this.tools);
    const axes = el('p', { class: 'matrix-axes' }, this.axes, this.place);
    this.root = el('figure', { class: 'matrix-view', attrs: { 'data-matrix': name } }, caption, axes, this.cells);
  }

  update(p: MatrixViewProps): void {
    const before = this.props?.selected;
    this.props = p;
    const m = p.matrix;
    const examples = overExamples(p.ref.matrix) ? p.examples : undefined;
    const slice = sliceOf(m, examples, p.exampleAxis);
    this.caption(p, slice);
    const mark = p.selected && markIn(p.ref, p.selected, p.exampleAxis);
    const own = p.selected !== undefined && sameMatrix(p.selected, p.ref);
    const marks = shownMarks(slice, mark, own);
    this.model = {
      label: matrixLabel(p.ref),
      slice,
      terms: axisTerms(p.ref, p.exampleAxis),
      scale: maxAbs(m.data) || 1,
      marks,
      blank: p.blank === true,
      describe: (r, c) => describeEntry(p, slice, marks, r, c),
    };
    this.showCells(slice);
    const newSelection = p.selected && !sameEntry(before, p.selected);
    if (newSelection && !own) this.grid?.revealMark();
    this.updateStats(p);
  }

  retheme(): void {
    this.grid?.retheme();
  }

  private caption(p: MatrixViewProps, s: MatrixSlice): void {
    const m = p.matrix;
    this.name.textContent = p.formula ?? matrixLabel(p.ref);
    // The whole matrix's shape, also when only a sample of it was sent (a big layer).
    const whole = { rows: m.of?.rows ?? m.rows, cols: m.of?.cols ?? m.cols };
    const over = overExamples(p.ref.matrix);
    const examples = alongExamples(p.exampleAxis, whole.rows, whole.cols);
    const shown = alongExamples(p.exampleAxis, s.rows.count, s.cols.count);
    const part = over && shown < examples ? label('matrix.someShown', { shown, examples }) : '';
    // Rows or columns left out of the numbers sent (the examples' are said above).
    const left = (axis: 0 | 1, sent: number, whole: number, id: 'matrix.sampledRows' | 'matrix.sampledCols') =>
      sent < whole && !(over && axis === p.exampleAxis) ? [label(id, { shown: sent, of: whole })] : [];
    const parts = [
      ...left(0, s.rows.count, whole.rows, 'matrix.sampledRows'),
      ...left(1, s.cols.count, whole.cols, 'matrix.sampledCols'),
    ];
    const note = parts.length > 0 ? label('matrix.sampled', { parts: parts.join(' × ') }) : '';
    this.shape.textContent = ` (${whole.rows}, ${whole.cols})${part}${note}`;
    const [rows, cols] = axisTerms(p.ref, p.exampleAxis);
    this.axes.textContent = [
      rows.title && label('matrix.rows', { over: rows.title }),
      cols.title && label('matrix.columns', { over: cols.title }),
    ]
      .filter(Boolean)
      .join(' · ');
  }

  /** A table or a canvas, whichever suits the shown size; a note when nothing is shown. */
  private showCells(s: MatrixSlice): void {
    const model = this.model!;
    if (s.rows.count === 0 || s.cols.count === 0) {
      this.table = this.grid = undefined;
      this.place.hidden = true;
      const text = label(s.matrix.rows * s.matrix.cols === 0 ? 'matrix.empty' : 'matrix.noneChosen');
      this.cells.replaceChildren(el('p', { class: 'placeholder', text }));
      this.tools.hidden = true;
      return;
    }
    const small = s.rows.count <= TABLE_ROWS && s.cols.count <= TABLE_COLS;
    if (small && !this.table) {
      this.grid = undefined;
      this.table = new NumberTable(this.events());
      this.cells.replaceChildren(this.table.root);
    } else if (!small && !this.grid) {
      this.table = undefined;
      this.grid = new CanvasGrid(this.events());
      this.grid.root.setAttribute('aria-label', model.label);
      this.cells.replaceChildren(this.grid.root);
    }
    this.tools.hidden = this.place.hidden = !this.grid;
    this.table?.update(model);
    if (this.grid) {
      this.grid.root.setAttribute(
        'aria-label',
        label('matrix.size', { matrix: model.label, rows: s.rows.count, cols: s.cols.count }),
      );
      this.grid.update(model);
      this.syncZoomButtons();
    }
  }

  private syncZoomButtons(): void {
    this.zoomOut.disabled = !this.grid?.canZoom(-1);
    this.zoomIn.disabled = !this.grid?.canZoom(1);
  }

  private events(): GridEvents {
    return {
      pick: (r, c) => {
        const p = this.props;
        const s = this.model?.slice;
        if (!p || !s || p.blank) return;
        const entry = { ...p.ref, row: s.rows.of(r), col: s.cols.of(c) };
        p.select(sameEntry(entry, p.selected) ? undefined : entry);
      },
      clear: () => this.props?.select(undefined),
      point: (r, c, box) => {
        if (this.model) showReadout(this.model.describe(r, c), box);
      },
      unpoint: hideReadout,
      zoomed: () => this.syncZoomButtons(),
      inView: (rows, cols) => {
        const s = this.model?.slice;
        if (!s) return;
        const span = (a: [number, number], n: number) =>
          a[1] - a[0] >= n
            ? label('matrix.allInView', { count: n })
            : label('matrix.someInView', { from: a[0] + 1, to: a[1], count: n });
        this.place.textContent = label('matrix.inView', {
          rows: span(rows, s.rows.count),
          cols: span(cols, s.cols.count),
        });
      },
    };
  }

  /** Per-unit statistics under a matrix over many examples; the disclosure keeps its state. */
  private updateStats(p: MatrixViewProps): void {
    const examples = alongExamples(p.exampleAxis, p.matrix.rows, p.matrix.cols);
    const wanted = !p.blank && overExamples(p.ref.matrix) && examples > STATS_FROM;
    if (!wanted) {
      this.stats.remove();
      return;
    }
    const whole = p.matrix.of && alongExamples(p.exampleAxis, p.matrix.of.rows, p.matrix.of.cols);
    const text =
      whole && whole > examples
        ? label('matrix.statsSummarySent', { count: examples, whole })
        : label('matrix.statsSummary', { count: examples });
    const summary = el('summary', { text });
    this.stats.replaceChildren(summary);
    this.statsOf = undefined;
    if (!this.stats.isConnected) this.root.append(this.stats);
    this.fillStats();
  }

  /** The statistics table of the current matrix, once the disclosure is open. */
  private fillStats(): void {
    const p = this.props;
    if (!p || !this.stats.open || this.statsOf === p) return;
    this.statsOf = p;
    this.stats.querySelector('table')?.remove();
    this.stats.append(statsTable(p.matrix, matrixLabel(p.ref), p.exampleAxis));
  }
}
