// A small matrix as a textbook prints it: a table of numbers between brackets, tinted by value, with
// its row and column numbers. Each entry is focusable (one at a time, moved by the arrow keys) and
// named for screen readers; the table is updated in place so that focus survives a new step.

import { cellTint } from '../colors';
import { el } from '../dom';
import { fmt } from '../format';
import { label } from '../labels';
import { moveCursor, type Cursor } from './keys';
import type { GridEvents, GridModel } from './model';

const position = (td: HTMLElement): Cursor => ({ row: Number(td.dataset.row), col: Number(td.dataset.col) });

export class NumberTable {
  readonly root: HTMLTableElement;
  private cells: HTMLTableCellElement[][] = [];
  private heads: { rows: HTMLElement[]; cols: HTMLElement[] } = { rows: [], cols: [] };
  private built = '';
  private cursor: Cursor = { row: 0, col: 0 };
  private hovered?: Cursor;

  constructor(private readonly events: GridEvents) {
    this.root = el('table', { class: 'matrix' });
    this.listen();
  }

  update(m: GridModel): void {
    const { rows, cols } = m.slice;
    const indices = (a: { count: number; of(k: number): number }) => Array.from({ length: a.count }, (_, k) => a.of(k));
    const key = `${m.label} ${indices(rows).join()} ${indices(cols).join()}`;
    if (key !== this.built) this.build(m);
    this.built = key;
    const { marks } = m;
    for (let r = 0; r < rows.count; r++) {
      for (let c = 0; c < cols.count; c++) {
        const td = this.cells[r][c];
        const v = m.slice.value(r, c);
        td.textContent = m.blank ? '' : fmt(v);
        td.setAttribute('aria-label', m.describe(r, c));
        td.style.backgroundColor = m.blank ? '' : cellTint(v / m.scale);
        td.classList.toggle('selected', marks.selected?.row === r && marks.selected.col === c);
        td.classList.toggle('linked-cell', marks.cell?.row === r && marks.cell.col === c);
        td.classList.toggle('linked', marks.row === r || marks.col === c);
      }
    }
    this.heads.rows.forEach((th, r) => th.classList.toggle('marked', marks.row === r || marks.selected?.row === r));
    this.heads.cols.forEach((th, c) => th.classList.toggle('marked', marks.col === c || marks.selected?.col === c));
    // The readout follows the new step's value of the entry pointed at.
    const focused = this.root.contains(document.activeElement) ? document.activeElement : null;
    const inFocus = focused instanceof HTMLElement && focused.dataset.row !== undefined ? position(focused) : undefined;
    const pointed = this.hovered ?? inFocus;
    if (pointed) this.point(pointed);
  }

  /** The table's rows and cells; a focused entry keeps its focus when it still exists. */
  private build(m: GridModel): void {
    const hadFocus = this.root.contains(document.activeElement);
    const { rows, cols } = m.slice;
    const [rowTerm, colTerm] = m.terms;
    this.root.setAttribute('aria-label', label('matrix.size', { matrix: m.label, rows: rows.count, cols: cols.count }));
    const corner = rowTerm.symbol && colTerm.symbol ? `${rowTerm.symbol}\\${colTerm.symbol}` : '';
    this.heads.cols = Array.from({ length: cols.count }, (_, c) =>
      el('th', { text: String(cols.of(c) + 1), attrs: { scope: 'col', title: colTerm.name(cols.of(c)) } }),
    );
    this.heads.rows = [];
    this.cells = [];
    const body = el('tbody');
    for (let r = 0; r < rows.count; r++) {
      const th = el('th', { text: String(rows.of(r) + 1), attrs: { scope: 'row', title: rowTerm.name(rows.of(r)) } });
      this.heads.rows.push(th);
      const tds = Array.from({ length: cols.count }, (_, c) =>
        el('td', { attrs: { tabindex: '-1', 'data-row': String(r), 'data-col': String(c) } }),
      );
      this.cells.push(tds);
      body.append(el('tr', {}, th, ...tds));
    }
    const head = el(
      'thead',
      {},
      el(
        'tr',
        {},
        el(corner ? 'th' : 'td', { class: 'corner', text: corner }), // an empty cell is no header (axe)
        ...this.heads.cols,
      ),
    );
    this.root.replaceChildren(head, body);
    this.cursor = { row: Math.min(this.cursor.row, rows.count - 1), col: Math.min(this.cursor.col, cols.count - 1) };
    const current = this.cells[this.cursor.row]?.[this.cursor.col];
    current?.setAttribute('tabindex', '0');
    if (hadFocus) current?.focus();
  }

  private point(at: Cursor): void {
    const td = this.cells[at.row]?.[at.col];
    if (td) this.events.point(at.row, at.col, () => td.getBoundingClientRect());
  }

  /** Roving focus: only the cursor's entry is in the tab order. */
  private focusCell(at: Cursor): void {
    this.cells[this.cursor.row]?.[this.cursor.col]?.setAttribute('tabindex', '-1');
    this.cursor = at;
    const td = this.cells[at.row][at.col];
    td.setAttribute('tabindex', '0');
    td.focus();
  }

  private listen(): void {
    const cellOf = (e: Event) => (e.target instanceof HTMLElement ? e.target.closest('td') : null);
    this.root.addEventListener('mouseover', (e) => {
      const td = cellOf(e);
      if (td) this.point((this.hovered = position(td)));
    });
    this.root.addEventListener('mouseleave', () => {
      this.hovered = undefined;
      const focused = this.root.contains(document.activeElement);
      if (focused) this.point(this.cursor);
      else this.events.unpoint();
    });
    this.root.addEventListener('click', (e) => {
      const td = cellOf(e);
      if (!td) return;
      this.focusCell(position(td));
      this.events.pick(this.cursor.row, this.cursor.col);
    });
    this.root.addEventListener('focusin', (e) => {
      const td = cellOf(e);
      if (td) this.point((this.cursor = position(td)));
    });
    this.root.addEventListener('focusout', () => this.events.unpoint());
    this.root.addEventListener('keydown', (e) => this.onKey(e));
  }

  private onKey(e: KeyboardEvent): void {
    const size = { rows: this.cells.length, cols: this.cells[0]?.length ?? 0 };
    const next = moveCursor(this.cursor, e.key, e.ctrlKey || e.metaKey, size, size.rows);
    if (next) this.focusCell(next);
    else if (e.key === 'Enter' || e.key === ' ') this.events.pick(this.cursor.row, this.cursor.col);
    else if (e.key === 'Escape') this.events.clear();
    else return;
    e.preventDefault();
  }
}
