// `data.csv`: read the file next to the spec, pick the feature and target columns, one-hot a class column.
import { fixTitled } from '../messages/attached';
import { msg, type Message } from '../messages/message';
import { Codes, type Code } from '../spec/codes';
import { zeros, type Matrix } from '../engine/matrix';
import { diagnosticAt, rangeOf } from '../spec/ranges';
import type { DataSource, Diagnostic, RangeMap, Spec } from '../spec/types';
import { count, MAX_CLASSES, MAX_DATA_NUMBERS, MAX_EXAMPLES } from '../spec/limits';
import { shown } from '../spec/shown';
import { closest } from '../spec/suggest';
import { encodeClasses, wantsOneHot } from './labels';
import type { RawResult } from './raw';
import type { DataIO } from './types';
import { parseTable, type Table } from './csv-table';

type CsvSource = Extract<DataSource, { kind: 'csv' }>;

/** A numeric column with more distinct values than this is probably not a class column. */
export const MAX_NUMERIC_CLASSES = 20;

interface Column {
  index: number;
  name: string;
  /** The file path of the reference (`data.csv.features.1`). */
  at: string;
}

/** The header's names for a message: the first 20, each cut short. */
function columnList(header: string[]): string | Message {
  const names = header.slice(0, 20).map((h) => `'${shown(h, 40)}'`);
  const columns = names.join(', ');
  return header.length > 20 ? msg('csv.columnsMore', { columns, n: count(header.length - 20) }) : columns;
}

/** YAML text for a column name: bare when it needs no quotes. */
function yamlName(name: string): string {
  return /^[A-Za-z_][\w.-]*$/.test(name) ? name : JSON.stringify(name);
}

function resolveColumn(
  ref: string | number,
  at: string,
  header: string[],
  file: string,
  ranges: RangeMap,
): Column | Diagnostic {
  if (typeof ref === 'number') {
    if (Number.isInteger(ref) && ref >= 0 && ref < header.length) return { index: ref, name: header[ref], at };
    return diagnosticAt(
      ranges,
      at,
      'error',
      Codes.dataCsvIndex,
      msg('csv.indexRange', { ref, file: shown(file), n: header.length, last: header.length - 1 }),
    );
  }
  const index = header.indexOf(ref);
  if (index >= 0) return { index, name: ref, at };
  const guess = closest(ref, header);
  if (guess === undefined) {
    return diagnosticAt(
      ranges,
      at,
      'error',
      Codes.dataCsvColumn,
      msg('csv.unknownColumn', { ref: shown(ref), file: shown(file), columns: columnList(header) }),
    );
  }
  const fix = fixTitled(msg('fix.changeTo', { text: shown(guess) }), rangeOf(ranges, at), yamlName(guess));
  return diagnosticAt(
    ranges,
    at,
    'error',
    Codes.dataCsvColumn,
    msg('csv.unknownDidYouMean', { ref: shown(ref), file: shown(file), guess: shown(guess) }),
    [fix],
  );
}

function resolveAll(
  refs: (string | number)[],
  base: string,
  header: string[],
  file: string,
  ranges: RangeMap,
  out: Diagnostic[],
): Column[] {
  const cols: Column[] = [];
  refs.forEach((ref, i) => {
    const c = resolveColumn(ref, `${base}.${i}`, header, file, ranges);
    if ('index' in c) cols.push(c);
    else out.push(c);
  });
  return cols;
}

/** The columns as rows of a matrix (one example per column), or diagnostics naming the first bad cell of each. */
function numericMatrix(
  cols: Column[],
  table: Table,
  file: string,
  ranges: RangeMap,
  hint: string | Message,
  out: Diagnostic[],
): Matrix {
  const m = table.rows;
  const M = zeros(cols.length, m);
  const first = cols.map(() => -1);
  const bad = cols.map(() => 0);
  // Row by row, as the file lies: a column at a time would stride through it.
  for (let i = 0; i < m; i++)
    for (let k = 0; k < cols.length; k++) {
      const v = table.number(i, cols[k].index);
      if (Number.isFinite(v)) M.data[k * m + i] = v;
      else if (bad[k]++ === 0) first[k] = i;
    }
  cols.forEach((c, k) => {
    if (bad[k] === 0) return;
    const cell = table.cell(first[k], c.index);
    const what = cell === '' ? msg('csv.cellEmpty') : msg('csv.cellNotNumber', { cell: shown(cell) });
    const more = bad[k] > 1 ? msg('csv.moreRows', { n: bad[k] - 1 }) : '';
    const place = { file: shown(file), line: table.lineOf(first[k]), column: shown(c.name) };
    out.push(
      diagnosticAt(ranges, c.at, 'error', Codes.dataCsvNotNumber, msg('csv.notNumber', { ...place, what, more, hint })),
    );
  });
  return M;
}

/** Class values in a stable order: numerically when every value is a number, else by code point. */
function sortClasses(values: string[]): string[] {
  const numeric = values.every((v) => Number.isFinite(Number(v)));
  return [...values].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One output per class: at most MAX_CLASSES of them, and Y (classes, m) within the data budget. */
function classLimit(
  classes: number,
  features: number,
  m: number,
  col: Column,
): { code: Code; message: Message } | undefined {
  const column = shown(col.name);
  if (classes > MAX_CLASSES) {
    return {
      code: Codes.tooManyClasses,
      message: msg('csv.tooManyClasses', { column, classes: count(classes), max: count(MAX_CLASSES) }),
    };
  }
  const numbers = (features + classes) * m;
  if (numbers <= MAX_DATA_NUMBERS) return undefined;
  return {
    code: Codes.dataTooLarge,
    message: msg('csv.tooLarge', {
      features,
      m: count(m),
      classes: count(classes),
      column,
      numbers: count(numbers),
      max: count(MAX_DATA_NUMBERS),
    }),
  };
}

function oneHotTargets(
  spec: Spec,
  features: number,
  col: Column,
  table: Table,
  file: string,
  ranges: RangeMap,
  out: Diagnostic[],
): { Y: Matrix; names: string[] } | undefined {
  const values = Array.from({ length: table.rows }, (_, i) => table.cell(i, col.index));
  const empty = values.indexOf('');
  if (empty >= 0) {
    out.push(
      diagnosticAt(
        ranges,
        col.at,
        'error',
        Codes.dataCsvEmptyClass,
        msg('csv.emptyClass', { file: shown(file), line: table.lineOf(empty), column: shown(col.name) }),
      ),
    );
    return undefined;
  }
  const classes = sortClasses([...new Set(values)]);
  const limit = classLimit(classes.length, features, table.rows, col);
  if (limit) {
    out.push(diagnosticAt(ranges, col.at, 'error', limit.code, limit.message));
    return undefined;
  }
  const numeric = classes.every((v) => Number.isFinite(Number(v)));
  if (numeric && classes.length > MAX_NUMERIC_CLASSES) {
    out.push(
      diagnosticAt(
        ranges,
        'data.csv.one_hot',
        'warning',
        Codes.dataCsvManyClasses,
        msg('csv.manyClasses', { column: shown(col.name), n: classes.length }),
      ),
    );
  }
  if (classes.length < 2) {
    out.push(
      diagnosticAt(
        ranges,
        'data.csv.one_hot',
        'warning',
        Codes.dataCsvOneClass,
        msg('csv.oneClass', { column: shown(col.name), value: shown(classes[0]) }),
      ),
    );
  }
  const index = new Map(classes.map((c, k) => [c, k]));
  const labels = Int32Array.from(values, (v) => index.get(v) ?? 0);
  const oneHot = wantsOneHot(spec, classes.length) || classes.length < 2;
  // With two classes and one output unit, y = 1 means the second class in sorted order.
  return { Y: encodeClasses(labels, classes.length, oneHot), names: oneHot ? classes : [classes[1]] };
}

/** A warning for each target column that is also a feature. */
function targetsAmongFeatures(features: Column[], targets: Column[], ranges: RangeMap): Diagnostic[] {
  return targets
    .filter((t) => features.some((f) => f.index === t.index))
    .map((t) =>
      diagnosticAt(
        ranges,
        t.at,
        'warning',
        Codes.dataCsvTargetIsFeature,
        msg('csv.targetIsFeature', { column: shown(t.name) }),
      ),
    );
}

/** The file's rows, or why there are none to train on (reported at data.csv.path). */
function readTable(file: string, io: DataIO): Table | { code: Code; message: string | Message } {
  const read = io.readCsv(file);
  if ('problem' in read) return { code: read.code, message: read.l10n ?? read.problem };
  let table: Table | undefined;
  try {
    table = parseTable(read.text);
  } catch (e) {
    const why = shown(e instanceof Error ? e.message : String(e), 200);
    return { code: Codes.dataCsvSyntax, message: msg('csv.syntax', { file: shown(file), why }) };
  }
  const name = shown(file);
  if (!table) return { code: Codes.dataCsvEmpty, message: msg('csv.empty', { file: name }) };
  if (table.rows === 0) return { code: Codes.dataCsvEmpty, message: msg('csv.noExamples', { file: name }) };
  if (table.rows > MAX_EXAMPLES)
    return {
      code: Codes.tooManyExamples,
      message: msg('csv.tooManyExamples', { file: name, n: count(table.rows), max: count(MAX_EXAMPLES) }),
    };
  return table;
}

export function loadCsv(spec: Spec, src: CsvSource, ranges: RangeMap, io: DataIO): RawResult {
  const diagnostics: Diagnostic[] = [];
  const fail = (at: string, code: Code, message: string | Message): RawResult => ({
    diagnostics: [...diagnostics, diagnosticAt(ranges, at, 'error', code, message)],
  });
  const file = src.path;
  const table = readTable(file, io);
  if ('code' in table) return fail('data.csv.path', table.code, table.message);
  if (src.features.length === 0) return fail('data.csv.features', Codes.dataCsvNoFeatures, msg('csv.noFeatures'));
  if (src.target.length === 0) return fail('data.csv.target', Codes.dataCsvNoTarget, msg('csv.noTarget'));

  const header = table.header;
  const features = resolveAll(src.features, 'data.csv.features', header, file, ranges, diagnostics);
  const targets = resolveAll(src.target, 'data.csv.target', header, file, ranges, diagnostics);
  if (diagnostics.length > 0) return { diagnostics };
  diagnostics.push(...targetsAmongFeatures(features, targets, ranges));
  if (src.oneHot && targets.length !== 1) {
    return fail('data.csv.one_hot', Codes.dataCsvOneHotColumns, msg('csv.oneHotColumns', { n: targets.length }));
  }

  const X = numericMatrix(features, table, file, ranges, '', diagnostics);
  let Y: Matrix | undefined;
  let targetNames = targets.map((t) => t.name);
  if (src.oneHot) {
    const encoded = oneHotTargets(spec, features.length, targets[0], table, file, ranges, diagnostics);
    Y = encoded?.Y;
    if (encoded) targetNames = encoded.names;
  } else {
    Y = numericMatrix(targets, table, file, ranges, msg('csv.classHint'), diagnostics);
  }
  if (!Y || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const targetPath = targets.length === 1 ? targets[0].at : 'data.csv.target';
  return { raw: { X, Y, featureNames: features.map((f) => f.name), targetNames, targetPath }, diagnostics };
}
