// Random .nnspec files for the export tests: every activation, loss, optimizer, layout, init,
// regularisation, data source (generated, inline, CSV), normalisation, test split and batching.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lcg } from '../engine/fixtures';

type Task = 'bce' | 'softmax' | 'sigmoid_ce' | 'mse';
const HIDDEN = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'linear'] as const;
const TWO_CLASS_KINDS = ['xor', 'circles', 'moons', 'flower', 'linear', 'blobs', 'spiral'] as const;

export const randomSpecArb = fc.record({
  seed: fc.integer({ min: 0, max: 1000 }),
  task: fc.constantFrom<Task>('bce', 'softmax', 'sigmoid_ce', 'mse'),
  classes: fc.integer({ min: 2, max: 3 }),
  mseOutput: fc.constantFrom('linear', 'tanh', 'sigmoid'),
  source: fc.constantFrom('generate', 'inline', 'csv'),
  kind: fc.constantFrom(...TWO_CLASS_KINDS),
  n0: fc.integer({ min: 1, max: 3 }),
  m: fc.integer({ min: 8, max: 40 }),
  layout: fc.constantFrom('columns', 'rows'),
  hidden: fc.array(
    fc.record({
      units: fc.integer({ min: 1, max: 5 }),
      activation: fc.constantFrom(...HIDDEN),
      alpha: fc.constantFrom(0.01, 0.1, 0.3),
    }),
    { maxLength: 2 },
  ),
  init: fc.constantFrom('random', 'xavier', 'he', 'zeros'),
  initScale: fc.constantFrom(0.1, 0.5, 1),
  explicitW1: fc.boolean(),
  explicitB1: fc.boolean(),
  normalize: fc.constantFrom('none', 'standard', 'minmax'),
  testSplit: fc.constantFrom(0, 0, 0.2, 0.3),
  optimizer: fc.constantFrom('gd', 'momentum', 'adam'),
  rate: fc.double({ min: 0.2, max: 1, noNaN: true }),
  regularization: fc.constantFrom(undefined, 'l1', 'l2'),
  lambda: fc.constantFrom(0.01, 0.1, 0.5),
  batch: fc.constantFrom('full', 'iterations', 'epochs'),
  batchSize: fc.integer({ min: 3, max: 9 }),
  steps: fc.integer({ min: 10, max: 40 }),
});

export type RandomSpec = typeof randomSpecArb extends fc.Arbitrary<infer T> ? T : never;

/** Output units of the spec's last layer. */
function outputUnits(r: RandomSpec): number {
  return r.task === 'softmax' || r.task === 'sigmoid_ce' ? r.classes : 1;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Targets as rows of examples: 0/1, one-hot, or real numbers. */
function targets(r: RandomSpec, m: number, rnd: () => number): number[][] {
  const K = outputUnits(r);
  return Array.from({ length: m }, (_, j) => {
    if (r.task === 'mse') return [round(4 * rnd() - 2)];
    const k = j < K ? j : Math.floor(rnd() * K); // every class appears
    return K === 1 ? [k % 2 === 0 ? 0 : 1] : Array.from({ length: K }, (_, i) => (i === k ? 1 : 0));
  });
}

function inputs(r: RandomSpec, m: number, rnd: () => number): number[][] {
  return Array.from({ length: m }, () => Array.from({ length: r.n0 }, () => round(6 * rnd() - 3)));
}

/** Rows of examples in the file's layout: as they are for rows, transposed for columns. */
function inLayout(r: RandomSpec, rows: number[][]): number[][] {
  return r.layout === 'rows' ? rows : rows[0].map((_, i) => rows.map((row) => row[i]));
}

function data(r: RandomSpec, dir: string): { source: object; n0: number } {
  const rnd = lcg(r.seed + 7);
  const K = outputUnits(r);
  if (r.source === 'generate') {
    const kind = r.task === 'mse' ? 'linear' : K === 3 ? (r.kind === 'blobs' ? 'blobs' : 'spiral') : r.kind;
    const generate: Record<string, unknown> = { kind, samples: r.m + 10, noise: 0.2 };
    if (K === 3) generate.classes = 3;
    return { source: { generate }, n0: 2 };
  }
  const X = inputs(r, r.m, rnd);
  const Y = targets(r, r.m, rnd);
  if (r.source === 'inline') return { source: { inline: { X: inLayout(r, X), Y: inLayout(r, Y) } }, n0: r.n0 };
  const names = ['red', 'green', 'blue'];
  const label = (y: number[]) => (r.task === 'mse' ? String(y[0]) : names[K === 1 ? y[0] : y.indexOf(1)]);
  const header = [...X[0].map((_, i) => `f${i + 1}`), 'label'].join(',');
  const lines = X.map((x, j) => [...x, label(Y[j])].join(','));
  writeFileSync(join(dir, 'data.csv'), `${header}\n${lines.join('\n')}\n`);
  const features = X[0].map((_, i) => `f${i + 1}`);
  return { source: { csv: { path: 'data.csv', features, target: 'label', one_hot: r.task !== 'mse' } }, n0: r.n0 };
}

function layers(r: RandomSpec, n0: number): object[] {
  const out: Record<string, unknown>[] = r.hidden.map((h) => ({ ...h }));
  const last = r.task === 'softmax' ? 'softmax' : r.task === 'mse' ? r.mseOutput : 'sigmoid';
  out.push({ units: outputUnits(r), activation: last });
  const units = out[0].units as number;
  const rnd = lcg(r.seed + 13);
  if (r.explicitW1) {
    const W = Array.from({ length: units }, () => Array.from({ length: n0 }, () => round(rnd() - 0.5)));
    out[0].W = r.layout === 'columns' ? W : W[0].map((_, i) => W.map((row) => row[i]));
  }
  if (r.explicitB1) out[0].b = r.layout === 'columns' ? [...Array(units)].map(() => [0.1]) : [Array(units).fill(0.1)];
  return out;
}

function training(r: RandomSpec): object {
  const rate = r.optimizer === 'adam' ? r.rate / 20 : r.rate / 2;
  const t: Record<string, unknown> = { learning_rate: Number(rate.toPrecision(3)), optimizer: r.optimizer };
  if (r.batch === 'epochs')
    Object.assign(t, { epochs: Math.max(2, Math.round(r.steps / 10)), batch_size: r.batchSize });
  else t.iterations = r.steps;
  if (r.batch === 'iterations') t.batch_size = r.batchSize;
  if (r.regularization) t.regularization = { [r.regularization]: r.lambda };
  return t;
}

/** Writes the spec (JSON, which is YAML) and its CSV into `dir`; returns the spec's path. */
export function writeRandomSpec(r: RandomSpec, dir: string, name: string): string {
  const d = data(r, dir);
  const loss = { bce: 'binary_cross_entropy', softmax: 'cross_entropy', sigmoid_ce: 'cross_entropy', mse: 'mse' }[
    r.task
  ];
  const spec = {
    seed: r.seed,
    layout: r.layout,
    data: { ...d.source, normalize: r.normalize, test_split: r.testSplit },
    network: { init: r.init, init_scale: r.initScale, layers: layers(r, d.n0) },
    loss,
    training: training(r),
  };
  const file = join(dir, `${name}.nnspec`);
  writeFileSync(file, JSON.stringify(spec, null, 2));
  return file;
}
