// `data.csv`: read the file next to the spec, pick the feature and target columns, one-hot a class column.
import { Codes, type Code } from '../spec/codes';
import { zeros, type Matrix } from '../engine/matrix';
import { diagnosticAt, rangeOf } from '../spec/ranges';
import type { DataSource, Diagnostic, Fix, RangeMap, Spec } from '../spec/types';
import { closest } from '../spec/suggest';
import { encodeClasses, wantsOneHot } from './labels';
import type { RawResult } from './raw';
import type { DataIO } from './types';
import { parseTable, readCsvText, type Table } from './csv-table';

type CsvSource = Extract<DataSource, { kind: 'csv' }>;

/** A numeric column with more distinct values than this is probably not a class column. */
export const MAX_NUMERIC_CLASSES = 20;

interface Column {
  index: number;
  name: string;
  /** The file path of the reference (`data.csv.features.1`). */
  at: string;
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
      `Column index ${ref} is out of range: '${file}' has ${header.length} columns, numbered 0 to ${header.length - 1}.`,
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
      `Unknown column '${ref}' in '${file}'. Its columns are: ${header.map((h) => `'${h}'`).join(', ')}.`,
    );
  }
  const fix: Fix = { title: `Change to '${guess}'`, range: rangeOf(ranges, at), text: yamlName(guess) };
  return diagnosticAt(
    ranges,
    at,
    'error',
    Codes.dataCsvColumn,
    `Unknown column '${ref}' in '${file}'. Did you mean '${guess}'?`,
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
  hint: string,
  out: Diagnostic[],
): Matrix {
  const m = table.rows.length;
  const M = zeros(cols.length, m);
  cols.forEach((c, k) => {
    let first = -1;
    let bad = 0;
    for (let i = 0; i < m; i++) {
      const cell = table.rows[i][c.index];
      const v = cell === '' ? NaN : Number(cell);
      if (Number.isFinite(v)) M.data[k * m + i] = v;
      else if (bad++ === 0) first = i;
    }
    if (bad === 0) return;
    const cell = table.rows[first][c.index];
    const what = cell === '' ? 'is empty' : `'${cell}' is not a number`;
    const more = bad > 1 ? ` (and ${bad - 1} more rows)` : '';
    out.push(
      diagnosticAt(
        ranges,
        c.at,
        'error',
        Codes.dataCsvNotNumber,
        `'${file}' line ${table.lineOf(first)}, column '${c.name}': ${what}${more}.${hint}`,
      ),
    );
  });
  return M;
}

/** Class values in a stable order: numerically when every value is a number, else by code point. */
function sortClasses(values: string[]): string[] {
  const numeric = values.every((v) => Number.isFinite(Number(v)));
  return [...values].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function oneHotTargets(
  spec: Spec,
  col: Column,
  table: Table,
  file: string,
  ranges: RangeMap,
  out: Diagnostic[],
): { Y: Matrix; names: string[] } | undefined {
  const values = table.rows.map((r) => r[col.index]);
  const empty = values.indexOf('');
  if (empty >= 0) {
    out.push(
      diagnosticAt(
        ranges,
        col.at,
        'error',
        Codes.dataCsvEmptyClass,
        `'${file}' line ${table.lineOf(empty)}, column '${col.name}' is empty: every example needs a class.`,
      ),
    );
    return undefined;
  }
  const classes = sortClasses([...new Set(values)]);
  const numeric = classes.every((v) => Number.isFinite(Number(v)));
  if (numeric && classes.length > MAX_NUMERIC_CLASSES) {
    out.push(
      diagnosticAt(
        ranges,
        'data.csv.one_hot',
        'warning',
        Codes.dataCsvManyClasses,
        `one_hot makes one output per distinct value, and column '${col.name}' has ${classes.length} distinct numbers: is it really a class column? For a numeric target remove one_hot.`,
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
        `Column '${col.name}' holds a single class ('${classes[0]}'): there is nothing to tell apart.`,
      ),
    );
  }
  const index = new Map(classes.map((c, k) => [c, k]));
  const labels = Int32Array.from(values, (v) => index.get(v) ?? 0);
  const oneHot = wantsOneHot(spec, classes.length) || classes.length < 2;
  // With two classes and one output unit, y = 1 means the second class in sorted order.
  return { Y: encodeClasses(labels, classes.length, oneHot), names: oneHot ? classes : [classes[1]] };
}

export function loadCsv(spec: Spec, src: CsvSource, ranges: RangeMap, io: DataIO): RawResult {
  const diagnostics: Diagnostic[] = [];
  const fail = (at: string, code: Code, message: string): RawResult => ({
    diagnostics: [...diagnostics, diagnosticAt(ranges, at, 'error', code, message)],
  });
  const read = readCsvText(src.path, io);
  if ('problem' in read) return fail('data.csv.path', Codes.dataCsvMissing, read.problem);
  const file = src.path;
  let table: Table | undefined;
  try {
    table = parseTable(read.text);
  } catch (e) {
    return fail(
      'data.csv.path',
      Codes.dataCsvSyntax,
      `Cannot read '${file}' as CSV: ${e instanceof Error ? e.message : String(e)}.`,
    );
  }
  if (!table)
    return fail(
      'data.csv.path',
      Codes.dataCsvEmpty,
      `'${file}' is empty: it needs a header row of column names, then one example per row.`,
    );
  if (table.rows.length === 0)
    return fail('data.csv.path', Codes.dataCsvEmpty, `'${file}' has a header row but no examples.`);
  if (src.features.length === 0)
    return fail(
      'data.csv.features',
      Codes.dataCsvNoFeatures,
      'features lists no column: name at least one input column.',
    );
  if (src.target.length === 0)
    return fail(
      'data.csv.target',
      Codes.dataCsvNoTarget,
      'target names no column: name the column the network should predict.',
    );

  const header = table.header;
  const features = resolveAll(src.features, 'data.csv.features', header, file, ranges, diagnostics);
  const targets = resolveAll(src.target, 'data.csv.target', header, file, ranges, diagnostics);
  if (diagnostics.length > 0) return { diagnostics };
  for (const t of targets) {
    if (features.some((f) => f.index === t.index)) {
      diagnostics.push(
        diagnosticAt(
          ranges,
          t.at,
          'warning',
          Codes.dataCsvTargetIsFeature,
          `Column '${t.name}' is both a feature and the target: the network can simply copy it.`,
        ),
      );
    }
  }
  if (src.oneHot && targets.length !== 1) {
    return fail(
      'data.csv.one_hot',
      Codes.dataCsvOneHotColumns,
      `one_hot turns one class column into outputs, but target lists ${targets.length} columns.`,
    );
  }

  const X = numericMatrix(features, table, file, ranges, '', diagnostics);
  let Y: Matrix | undefined;
  let targetNames = targets.map((t) => t.name);
  if (src.oneHot) {
    const encoded = oneHotTargets(spec, targets[0], table, file, ranges, diagnostics);
    Y = encoded?.Y;
    if (encoded) targetNames = encoded.names;
  } else {
    Y = numericMatrix(
      targets,
      table,
      file,
      ranges,
      ' Is it a class column? Set one_hot: true to turn it into one output per class.',
      diagnostics,
    );
  }
  if (!Y || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const targetPath = targets.length === 1 ? targets[0].at : 'data.csv.target';
  return { raw: { X, Y, featureNames: features.map((f) => f.name), targetNames, targetPath }, diagnostics };
}
