// Time a spec reading the largest CSV nnspec takes (10 MB: 2,200 rows of 784 numbers and a class)
// spends in analyze(): its first check in this process, and a check after an edit elsewhere in the
// spec (the file read again, its cells kept); beside csv-parse alone on the same text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyze } from '../src/core/analyze';
import { diskIO } from '../src/node/dataFiles';
import { digitsCsv, digitsSpec } from '../test/fixtures/digitsCsv';

const ROWS = 2200;

export function csvTimingLines(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-csv-bench-'));
  try {
    writeFileSync(join(dir, 'digits.csv'), digitsCsv(ROWS));
    const text = readFileSync(join(dir, 'digits.csv'), 'utf8');
    const spec = digitsSpec('digits.csv', 1);
    const io = diskIO({ baseDir: dir });
    const timed = (f: () => unknown) => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    };
    let runnable = false;
    const first = timed(() => (runnable = analyze(spec, io).runnable));
    const edited = timed(() => analyze(`${spec}# an edit\n`, io));
    const csvParse = timed(() => parse(text, { bom: true, skip_empty_lines: true, trim: true }));
    const mb = (text.length / 2 ** 20).toFixed(1);
    return [
      `spec reading a ${mb} MB CSV (${ROWS} rows of 785 cells, ${runnable ? 'runnable' : 'NOT runnable'}): ` +
        `first check ${first.toFixed(0)} ms, after an edit ${edited.toFixed(0)} ms; ` +
        `csv-parse alone on the file ${csvParse.toFixed(0)} ms`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
