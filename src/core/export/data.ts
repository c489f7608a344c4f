// The script's data: generated points written in, inline matrices as the file writes them, or the
// CSV read from its path; then the test split and the normalisation exactly as nnspec makes them.
import { loadGenerated } from '../data/generate';
import { CHOOSES_CLASSES, DEFAULT_NOISE } from '../data/generators';
import type { Dataset } from '../data/types';
import type { Matrix } from '../engine/matrix';
import type { DataSource, Spec } from '../spec/types';
import { dataShape, fromFileLayout, fromRows, type Flavor } from './flavor';
import type { ExportPlan } from './plan';
import { pyDocText, pyMatrix, pyNumber, pyString, wrap } from './python';
import { loadCsvCode } from './dataCsv';
import { normalizeCode, splitCode } from './dataSplit';

export interface DataCode {
  /** Module-level imports the code needs besides the array library. */
  imports: string[];
  /** The function definitions. */
  functions: string[];
  /** The lines of main() that make X, Y (and X_test, Y_test). */
  calls: string[];
}

/** Above this many generated examples the points are not written into the script. */
export const MAX_WRITTEN_EXAMPLES = 20_000;

type Generate = Extract<DataSource, { kind: 'generate' }>;

/** One row per example: x1, x2, then the class (one-hot Y as its index) or the regression target. */
function pointRows(X: Matrix, Y: Matrix): number[][] {
  const m = X.cols;
  const rows: number[][] = [];
  for (let j = 0; j < m; j++) {
    let y = Y.data[j];
    if (Y.rows > 1) for (let k = 0; k < Y.rows; k++) if (Y.data[k * m + j] === 1) y = k;
    rows.push([X.data[j], X.data[m + j], y]);
  }
  return rows;
}

function generatedCode(spec: Spec, src: Generate, plan: ExportPlan, f: Flavor): string {
  const raw = loadGenerated(spec, src, new Map()).raw!;
  const m = raw.X.cols;
  const classes = raw.Y.rows;
  const what = spec.loss === 'mse' && src.generator === 'linear' ? 'its target y' : 'its class y';
  const settings = [`${src.samples} samples`];
  if (CHOOSES_CLASSES.has(src.generator)) settings.push(`${src.classes ?? 2} classes`);
  settings.push(`noise ${pyNumber(src.noise ?? DEFAULT_NOISE[src.generator])}`);
  const Y =
    classes > 1
      ? `${f.oneHot(classes, 'points[:, 2]')}${fromRows(f)}  # one-hot ` +
        `${dataShape(f, 'n[L]', classes, m)}: row k is class k`
      : `points[:, 2:3]${fromRows(f)}  # ${dataShape(f, 'n[L]', 1, m)}`;
  const doc =
    `The ${m} points nnspec generated for \`kind: ${src.generator}\` ` + `(${settings.join(', ')}, seed ${spec.seed}).`;
  return `def load_data():
    """${wrap(doc, 96, '    ').trimStart()}

    One example per line: x1, x2 and ${what}. Written in rather than generated again, so that
    they are exactly nnspec's points.
    """
    points = ${f.array(pyMatrix(pointRows(raw.X, raw.Y), 4))}
    X = points[:, 0:2]${fromRows(f)}  # ${dataShape(f, 'n[0]', plan.dims[0], m)}
    Y = ${Y}
    return X, Y`;
}

function inlineCode(src: Extract<DataSource, { kind: 'inline' }>, data: Dataset, f: Flavor): string {
  const m = data.X.cols + (data.Xtest?.cols ?? 0);
  const t = fromFileLayout(f);
  const line = (name: string, M: number[][], units: string, n: number) => {
    const comment = `  # ${dataShape(f, units, n, m)}`;
    const room = 100 - `    ${name} = ${f.array('')}${t}${comment}`.length;
    return `    ${name} = ${f.array(pyMatrix(M, 4, room))}${t}${comment}`;
  };
  return `def load_data():
    """X and Y as the .nnspec file writes them (data.inline), in its ${f.layout} layout."""
${line('X', src.X, 'n[0]', data.X.rows)}
${line('Y', src.Y, 'n[L]', data.Y.rows)}
    return X, Y`;
}

export interface DataOptions {
  /** data.csv.path as the script should open it, relative to the script's folder. */
  csvPath?: string;
}

export function dataCode(plan: ExportPlan, data: Dataset, f: Flavor, options: DataOptions): DataCode {
  const spec = plan.spec;
  const src = spec.data.source;
  const imports: string[] = [];
  let load: string;
  if (src.kind === 'generate') load = generatedCode(spec, src, plan, f);
  else if (src.kind === 'inline') load = inlineCode(src, data, f);
  else {
    const csv = loadCsvCode(src, data, f, options.csvPath ?? src.path);
    imports.push(...csv.imports);
    load = csv.code;
  }
  const functions = [load];
  const calls = ['X, Y = load_data()'];
  if (plan.mTest > 0) {
    functions.push(splitCode(plan, f));
    calls.push('X, Y, X_test, Y_test = split_train_test(X, Y)');
  }
  if (spec.data.normalize !== 'none') {
    functions.push(normalizeCode(spec.data.normalize, plan.mTest > 0, f));
    calls.push(plan.mTest > 0 ? 'X, X_test = normalize(X, X_test)' : 'X = normalize(X)');
  }
  return { imports, functions, calls };
}

/** For the docstring: where the data comes from. */
export function dataSummary(spec: Spec): string {
  const src = spec.data.source;
  if (src.kind === 'generate') return `the ${src.generator} points nnspec generated, written in`;
  if (src.kind === 'csv') return `read from ${pyDocText(pyString(src.path).slice(1, -1))}`;
  return 'X and Y as the file writes them';
}
