// A CSV file's text as a header and rows of cells (csv-parse does the parsing).
import { parse } from 'csv-parse/sync';

const OPTIONS = { bom: true, skip_empty_lines: true, trim: true } as const;

export interface Table {
  header: string[];
  /** The data rows, header excluded. */
  rows: string[][];
  /** 1-based line of the file where data row `i` ends; only needed for messages, so found on demand. */
  lineOf(i: number): number;
}

/** Throws csv-parse's error (which names the line) when the text is not valid CSV. */
export function parseTable(text: string): Table | undefined {
  const records = parse(text, OPTIONS);
  if (records.length === 0) return undefined;
  let lines: number[] | undefined;
  const lineOf = (i: number): number => {
    // csv-parse's per-record info is costly, so it is asked for only when a message needs a line.
    lines ??= (parse(text, { ...OPTIONS, info: true }) as unknown as { info: { lines: number } }[]).map(
      (r) => r.info.lines,
    );
    return lines[i + 1];
  };
  return { header: records[0], rows: records.slice(1), lineOf };
}
