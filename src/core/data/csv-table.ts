// A CSV file's text as a header and rows of cells: a plain file read in one pass (csv-scan.ts), any
// other (quotes, odd line endings, errors) by csv-parse. Both give the same cells and numbers.
import { parse } from 'csv-parse/sync';
import { scanCsv, type CellSpans } from './csv-scan';
import { cellNumber } from './decimal';

const OPTIONS = { bom: true, skip_empty_lines: true, trim: true } as const;

export interface Table {
  header: string[];
  /** Data rows, the header excluded. */
  rows: number;
  /** Data row i's cell in column j, trimmed. */
  cell(i: number, j: number): string;
  /** That cell as Number reads it; NaN when it is empty. */
  number(i: number, j: number): number;
  /** 1-based line of the file where data row `i` ends; only needed for messages, so found on demand. */
  lineOf(i: number): number;
}

/** The line each data row ends on, by csv-parse: its per-record info is costly, so only for a message. */
function lineFinder(text: string): (i: number) => number {
  let lines: number[] | undefined;
  return (i) => {
    lines ??= (parse(text, { ...OPTIONS, info: true }) as unknown as { info: { lines: number } }[]).map(
      (r) => r.info.lines,
    );
    return lines[i + 1];
  };
}

function scannedTable(text: string, s: CellSpans): Table {
  const { width, starts, ends } = s;
  const at = (k: number) => text.slice(starts[k], ends[k]);
  return {
    header: Array.from({ length: width }, (_, j) => at(j)),
    rows: s.rows - 1,
    cell: (i, j) => at((i + 1) * width + j),
    number: (i, j) => cellNumber(text, starts[(i + 1) * width + j], ends[(i + 1) * width + j]),
    lineOf: lineFinder(text),
  };
}

function parsedTable(text: string, records: string[][]): Table {
  return {
    header: records[0],
    rows: records.length - 1,
    cell: (i, j) => records[i + 1][j],
    number: (i, j) => {
      const cell = records[i + 1][j];
      return cell === '' ? NaN : Number(cell);
    },
    lineOf: lineFinder(text),
  };
}

function readTable(text: string): Table | undefined {
  const spans = scanCsv(text);
  if (spans) return spans.rows === 0 ? undefined : scannedTable(text, spans);
  const records = parse(text, OPTIONS);
  return records.length === 0 ? undefined : parsedTable(text, records);
}

/** The last text read and what came of it: checking a spec again after a keystroke elsewhere reads none again. */
let last: { text: string; table?: Table; error?: Error } | undefined;

/** Undefined for a file with no rows; throws csv-parse's error (which names the line) when the text is not valid CSV. */
export function parseTable(text: string): Table | undefined {
  if (last?.text !== text) {
    last = { text };
    try {
      last.table = readTable(text);
    } catch (e) {
      last.error = e instanceof Error ? e : new Error(String(e)); // a file that is not valid CSV stays so until it changes
    }
  }
  if (last.error !== undefined) throw last.error;
  return last.table;
}
