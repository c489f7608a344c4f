// The CSV table: a plain file read in one pass must give exactly csv-parse's cells and Number's
// numbers, for every text the one-pass reader takes; the rest is csv-parse's, errors included.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { parseTable, type Table } from '../../../src/core/data/csv-table';
import { scanCsv } from '../../../src/core/data/csv-scan';
import { cellNumber } from '../../../src/core/data/decimal';
import { Random } from '../../../src/core/engine/random';

const OPTIONS = { bom: true, skip_empty_lines: true, trim: true } as const;

/** csv-parse's records, or its error's message. */
function csvParse(text: string): string[][] | string {
  try {
    return parse(text, OPTIONS);
  } catch (e) {
    return (e as Error).message;
  }
}

/** The table's header and cells as records, or the error's message. */
function records(text: string): string[][] | string {
  let table: Table | undefined;
  try {
    table = parseTable(text);
  } catch (e) {
    return (e as Error).message;
  }
  if (!table) return [];
  const t = table;
  const rows = Array.from({ length: t.rows }, (_, i) => t.header.map((_, j) => t.cell(i, j)));
  return [t.header, ...rows];
}

const pick = <T>(r: Random, xs: readonly T[]): T => xs[r.int(xs.length)];

const SPACES = [' ', '\t', '\u00a0', '\u3000', '\ufeff', '\u2028', '\v', '\f'];
const WORDS = ['', 'setosa', 'x y', 'Seoul 서울', '😀', '0x1F', 'NaN', '-', '.', '1e3', '-0', ' 7 ', '1_000'];

/** A number as a file might hold it: signs, leading and trailing zeros, long mantissas, exponents. */
function numberText(r: Random): string {
  const digits = (n: number) => Array.from({ length: n }, () => r.int(10)).join('');
  const sign = pick(r, ['', '', '-', '+']);
  const whole = r.int(4) === 0 ? '' : digits(1 + r.int(18));
  const point = r.int(3) === 0 ? '' : '.';
  const fraction = point ? digits(r.int(26)) : '';
  const exponent = r.int(8) === 0 ? `e${pick(r, ['', '-', '+'])}${digits(1 + r.int(3))}` : '';
  return `${sign}${whole}${point}${fraction}${exponent}`;
}

function cellText(r: Random): string {
  const core = r.int(4) === 0 ? pick(r, WORDS) : numberText(r);
  const pad = () => (r.int(4) === 0 ? pick(r, SPACES) : '');
  return `${pad()}${core}${pad()}`;
}

/** A random CSV text: mostly plain, sometimes with quotes, ragged rows, blank lines or odd line endings. */
function csvText(r: Random): string {
  const width = 1 + r.int(5);
  const ending = pick(r, ['\n', '\n', '\r\n', '\r', 'mixed']);
  const lines: string[] = [];
  for (let k = 0, n = r.int(8); k < n; k++) {
    if (r.int(6) === 0) lines.push(pick(r, ['', ' ', '\t ', '\u00a0']));
    const cells = r.int(30) === 0 ? width + pick(r, [-1, 1]) : width;
    const line = Array.from({ length: Math.max(1, cells) }, () => cellText(r));
    if (r.int(30) === 0) line[0] = `"${line[0]},${line[0]}"`;
    lines.push(line.join(','));
  }
  const end = () => (ending === 'mixed' ? pick(r, ['\n', '\r\n', '\r']) : ending);
  let text = lines.map((l) => l + end()).join('');
  if (r.int(2) === 0) text = text.slice(0, text.length - 1);
  return r.int(5) === 0 ? `\ufeff${text}` : text;
}

describe('csv table', () => {
  test('gives csv-parse’s cells, header and errors for 5,000 random texts, most of them read in one pass', () => {
    const r = new Random(2026);
    let scanned = 0;
    for (let k = 0; k < 5000; k++) {
      const text = csvText(r);
      if (scanCsv(text)) scanned++;
      assert.deepEqual(records(text), csvParse(text), JSON.stringify(text));
    }
    assert.ok(scanned > 2000, `only ${scanned} of 5,000 texts were read in one pass`);
  });

  test('a plain file is read in one pass, with "\\n" or "\\r\\n" endings, blank lines skipped', () => {
    const text = '\ufeffa, b\r\n\r\n 1 ,2\r\n  \r\n3,4\r\n';
    const spans = scanCsv(text);
    assert.ok(spans, 'read in one pass');
    assert.equal(spans.rows, 3);
    assert.deepEqual(records(text), [
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    assert.equal(parseTable(text)?.lineOf(1), 5, 'lines count the skipped ones');
  });

  test('quotes, a lone "\\r", mixed endings and ragged rows go to csv-parse', () => {
    for (const text of ['a,"b,c"\n1,2\n', 'a,b\r1,2\r', 'a,b\n1,2\r\n', 'a,b\n1\n', 'a,b\n1,2,3\n'])
      assert.equal(scanCsv(text), undefined, JSON.stringify(text));
    assert.throws(() => parseTable('a,b\n1\n'), /Invalid Record Length/);
  });

  test('an invalid text throws the same error again without reading it again', () => {
    const bad = 'x,y\n"1,2\n';
    let first: unknown;
    try {
      parseTable(bad);
    } catch (e) {
      first = e;
    }
    assert.ok(first instanceof Error);
    assert.throws(
      () => parseTable(`${bad}`),
      (e) => e === first,
    );
  });

  test('an equal text gives the same table; another text a new one', () => {
    const a = parseTable('x,y\n1,2\n');
    assert.equal(parseTable(['x,y', '1,2', ''].join('\n')), a);
    assert.notEqual(parseTable('x,y\n1,3\n'), a);
  });

  test('a one-column file of 200,000 rows is read in one pass, each comma looked for once', () => {
    const text = `x\n${'1\n'.repeat(200_000)}`;
    const spans = scanCsv(text);
    assert.equal(spans?.rows, 200_001);
    assert.equal(spans?.width, 1);
  });
});

describe('cellNumber', () => {
  test('is Number of the cell for 200,000 random cells, NaN when empty', () => {
    const r = new Random(7);
    for (let k = 0; k < 200_000; k++) {
      const cell = (k % 5 === 0 ? cellText(r) : numberText(r)).trim();
      const expected = cell === '' ? NaN : Number(cell);
      assert.ok(Object.is(cellNumber(`,${cell},`, 1, cell.length + 1), expected), JSON.stringify(cell));
    }
  });

  test('reads the course’s kind of cells exactly, negative zero included', () => {
    const cases: [string, number][] = [
      ['0.1', 0.1],
      ['-12.50', -12.5],
      ['.5', 0.5],
      ['3.', 3],
      ['+7', 7],
      ['0.000000000000000000001', 1e-21],
      ['123456789012345', 123456789012345],
      ['9007199254740993', 9007199254740992],
      ['1e-3', 0.001],
    ];
    for (const [cell, value] of cases) assert.equal(cellNumber(cell, 0, cell.length), value, cell);
    assert.ok(Object.is(cellNumber('-0.0', 0, 4), -0));
    for (const cell of ['', '.', '-', '1.2.3', 'abc', '1 2']) assert.ok(Number.isNaN(cellNumber(cell, 0, cell.length)));
  });
});
