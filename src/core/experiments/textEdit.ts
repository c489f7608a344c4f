// A replacement of one range of a text (1-based, end exclusive, as diagnostics use), and applying it.
import type { Range } from '../spec/types';

export interface TextEdit {
  /** An empty range (start = end) inserts. */
  range: Range;
  text: string;
}

/** The character offset of a 1-based line and column; past the end of a line is its end (before any \r). */
export function offsetAt(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return text.length;
    start = nl + 1;
  }
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
  return Math.min(start + column - 1, end);
}

export function applyTextEdit(text: string, edit: TextEdit): string {
  const start = offsetAt(text, edit.range.line, edit.range.column);
  const end = offsetAt(text, edit.range.endLine, edit.range.endColumn);
  return text.slice(0, start) + edit.text + text.slice(end);
}
