// A matrix of the file written out transposed, in the style it was written: flow or block, one line or
// one row per line, the same indentation, separators and number spellings.
import { TextIndex } from '../spec/edits';
import type { Range, RangeMap } from '../spec/types';

/** How a list is written: what comes before its first item, between two items, after its last. */
interface ListStyle {
  open: string;
  sep: string;
  close: string;
}

/** The text between the end of `a` and the start of `b`. */
function between(text: TextIndex, a: Range, b: Range): string {
  return text.slice({ line: a.endLine, column: a.endColumn, endLine: b.line, endColumn: b.column });
}

function spaces(column: number): string {
  return ' '.repeat(Math.max(0, column - 1));
}

/** The style of the list at `path` with `count` items; `flowSep` separates flow items when it cannot be read. */
function listStyle(
  text: TextIndex,
  ranges: RangeMap,
  path: string,
  count: number,
  flowSep: string,
): ListStyle | undefined {
  const r = ranges.get(path);
  const first = ranges.get(`${path}.0`);
  const last = ranges.get(`${path}.${count - 1}`);
  if (!r || !first || !last) return undefined;
  const flow = text.slice(r).startsWith('[');
  const open = text.slice({ line: r.line, column: r.column, endLine: first.line, endColumn: first.column });
  const close = flow
    ? text.slice({ line: last.endLine, column: last.endColumn, endLine: r.endLine, endColumn: r.endColumn })
    : '';
  const second = ranges.get(`${path}.1`);
  let sep = second ? between(text, first, second) : undefined;
  if (sep === undefined || sep.includes('#')) {
    const multiLine = r.line !== r.endLine;
    sep = flow
      ? multiLine
        ? `,\n${spaces(first.column)}`
        : flowSep
      : `\n${spaces(r.column)}${open.includes('#') ? '- ' : open}`;
  }
  if (open.includes('#') || close.includes('#'))
    return flow ? { open: '[', sep, close: ']' } : { open: '- ', sep, close: '' };
  return { open, sep, close };
}

const PLAIN_NUMBER = /^[-+]?(\.?[0-9][0-9_.]*([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.Inf|\.INF)$/;

/** A cell as the file spells it (1e-3, .5, +2), or as JavaScript does when the spelling is not a plain number. */
function spelling(text: TextIndex, ranges: RangeMap, path: string, value: number): string {
  const r = ranges.get(path);
  const s = r ? text.slice(r) : '';
  return PLAIN_NUMBER.test(s) ? s : String(value);
}

/**
 * The text that replaces the matrix node at `path` (its range) to write `values` transposed, or
 * undefined when the node is an alias (its matrix is written elsewhere). Pass a TextIndex when
 * rewriting several matrices of one file.
 */
export function transposedLiteral(
  file: string | TextIndex,
  ranges: RangeMap,
  path: string,
  values: number[][],
): string | undefined {
  const text = typeof file === 'string' ? new TextIndex(file) : file;
  const r = ranges.get(path);
  if (!r || values.length === 0 || values[0].length === 0) return undefined;
  const source = text.slice(r);
  if (!/^[[-]/.test(source)) return undefined;
  // Compact ',' only where the file writes every comma so; ', ' otherwise.
  const flowSep = /,[^ \t\n]/.test(source) && !/,[ \t]/.test(source) ? ',' : ', ';
  const outer = listStyle(text, ranges, path, values.length, flowSep);
  const row = listStyle(text, ranges, `${path}.0`, values[0].length, flowSep);
  if (!outer || !row) return undefined;
  const rows = values[0].map((_, j) => {
    const cells = values.map((v, i) => spelling(text, ranges, `${path}.${i}.${j}`, v[j]));
    return row.open + cells.join(row.sep) + row.close;
  });
  return outer.open + rows.join(outer.sep) + outer.close;
}
