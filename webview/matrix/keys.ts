// The keyboard inside a matrix, as in a spreadsheet grid: arrows move one entry, Home and End to the
// row's ends (with Ctrl, to the matrix's corners), PageUp and PageDown one screen of rows. Pure.

export interface Cursor {
  row: number;
  col: number;
}

const clamp = (v: number, hi: number) => Math.max(0, Math.min(hi, v));

/** The cursor after `key`, or undefined when the key does not move it. `pageRows` is one screen. */
export function moveCursor(
  c: Cursor,
  key: string,
  ctrl: boolean,
  size: { rows: number; cols: number },
  pageRows: number,
): Cursor | undefined {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const to = (row: number, col: number): Cursor => ({ row: clamp(row, lastRow), col: clamp(col, lastCol) });
  switch (key) {
    case 'ArrowUp':
      return to(c.row - 1, c.col);
    case 'ArrowDown':
      return to(c.row + 1, c.col);
    case 'ArrowLeft':
      return to(c.row, c.col - 1);
    case 'ArrowRight':
      return to(c.row, c.col + 1);
    case 'Home':
      return ctrl ? to(0, 0) : to(c.row, 0);
    case 'End':
      return ctrl ? to(lastRow, lastCol) : to(c.row, lastCol);
    case 'PageUp':
      return to(c.row - Math.max(1, pageRows), c.col);
    case 'PageDown':
      return to(c.row + Math.max(1, pageRows), c.col);
    default:
      return undefined;
  }
}
