// Builds a realistic host message stream for a 2-4-1 tanh/sigmoid network on XOR: the analysis
// (shape table and diagnostics) from the real core, progress with decreasing cost, a snapshot computed
// by a small forward/backward pass written here, a boundary grid, and gradient-check results.

import { analyze, type Analysis } from '../../src/core/analyze';
import { missing } from '../../src/core/data/files';
import type {
  AnalysisMessage,
  BoundaryDTO,
  BoundaryMessage,
  DataPointsDTO,
  HostMessage,
  LayerSnapshotDTO,
  MatrixDTO,
  ProgressMessage,
  RunSummary,
  SnapshotDTO,
  SnapshotMessage,
  SnapshotStepsMessage,
  StatusMessage,
  StepPoint,
  TestPoint,
} from '../../src/protocol';

/** The XOR spec the stream stands for; `W2` gives layer 2 an explicit W[2] (the broken example's (1, 3) one). */
function xorSpec(W2?: string): string {
  return [
    'name: XOR with one hidden layer',
    'layout: columns',
    'data:',
    '  inline:',
    '    X: [[0, 0, 1, 1], [0, 1, 0, 1]]',
    '    Y: [[0, 1, 1, 0]]',
    'network:',
    '  input: 2',
    '  layers:',
    '    - units: 4',
    '      activation: tanh',
    '    - units: 1',
    '      activation: sigmoid',
    ...(W2 ? [`      W: ${W2}`] : []),
    'loss: binary_cross_entropy',
    'training:',
    '  iterations: 2000',
    '  learning_rate: 1',
    '',
  ].join('\n');
}

/** The core's own analysis of the spec, so the shape table and the mismatch cannot drift from it. */
function analyzed(runnable: boolean): Analysis {
  return analyze(xorSpec(runnable ? undefined : '[[0.1, -0.2, 0.3]]'), { readCsv: (p) => missing(p, '/') });
}

export const XOR_X = [
  [0, 0, 1, 1],
  [0, 1, 0, 1],
];
export const XOR_Y = [[0, 1, 1, 0]];
/** Chosen so that Z[1] can be worked out by hand (see the test). */
export const W1 = [
  [0.5, -0.25],
  [1, 1],
  [-2, 0.125],
  [0.3333, 0],
];
export const B1 = [[0.1], [0], [-0.5], [0.01]];
export const W2 = [[0.8, -1.2, 0.4, 2]];
export const B2 = [[-0.3]];

const dto = (a: number[][]): MatrixDTO => ({
  rows: a.length,
  cols: a[0]?.length ?? 0,
  data: Float64Array.from(a.flat()),
});
const mul = (a: number[][], b: number[][]): number[][] =>
  a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));
const tr = (a: number[][]): number[][] => a[0].map((_, j) => a.map((r) => r[j]));
const map = (a: number[][], f: (v: number, i: number, j: number) => number): number[][] =>
  a.map((r, i) => r.map((v, j) => f(v, i, j)));

/** One forward and backward pass of the 2-4-1 network (the formulas of nnspec-format.md). */
export function snapshot(step: number, X: number[][], Y: number[][]): SnapshotDTO {
  const m = X[0].length;
  const Z1 = map(mul(W1, X), (v, i) => v + B1[i][0]);
  const A1 = map(Z1, Math.tanh);
  const Z2 = map(mul(W2, A1), (v, i) => v + B2[i][0]);
  const A2 = map(Z2, (z) => 1 / (1 + Math.exp(-z)));
  const cost = -A2[0].reduce((s, a, j) => s + Y[0][j] * Math.log(a) + (1 - Y[0][j]) * Math.log(1 - a), 0) / m;
  const dA2 = map(A2, (a, i, j) => -(Y[i][j] / a) + (1 - Y[i][j]) / (1 - a));
  const dZ2 = map(A2, (a, i, j) => a - Y[i][j]);
  const dW2 = map(mul(dZ2, tr(A1)), (v) => v / m);
  const db2 = dZ2.map((r) => [r.reduce((s, v) => s + v, 0) / m]);
  const dA1 = mul(tr(W2), dZ2);
  const dZ1 = map(dA1, (v, i, j) => v * (1 - A1[i][j] ** 2));
  const dW1 = map(mul(dZ1, tr(X)), (v) => v / m);
  const db1 = dZ1.map((r) => [r.reduce((s, v) => s + v, 0) / m]);
  const layer = (
    W: number[][],
    b: number[][],
    Z: number[][],
    A: number[][],
    dA: number[][],
    dZ: number[][],
    dW: number[][],
    db: number[][],
  ): LayerSnapshotDTO => ({
    W: dto(W),
    b: dto(b),
    Z: dto(Z),
    A: dto(A),
    dA: dto(dA),
    dZ: dto(dZ),
    dW: dto(dW),
    db: dto(db),
  });
  return {
    step,
    cost,
    exampleAxis: 1,
    X: dto(X),
    Y: dto(Y),
    layers: [layer(W1, B1, Z1, A1, dA1, dZ1, dW1, db1), layer(W2, B2, Z2, A2, dA2, dZ2, dW2, db2)],
  };
}

/** Steps from..to-1 with a cost falling from ~0.69 and gradient norms shrinking toward layer 1. */
export function progressPoints(from: number, to: number): StepPoint[] {
  const pts: StepPoint[] = [];
  for (let t = from; t < to; t++) {
    const cost = 0.05 + 0.64 * Math.exp(-t / 300);
    pts.push({
      step: t,
      cost,
      accuracy: Math.min(1, 0.5 + t / 1000),
      gradNorms: [0.01 * Math.exp(-t / 400), 0.3 * Math.exp(-t / 500)],
    });
  }
  return pts;
}

export function boundary(step: number, resolution = 40): BoundaryDTO {
  const output: number[] = [];
  const hidden: number[][] = W1.map(() => []);
  for (let j = 0; j < resolution; j++) {
    for (let i = 0; i < resolution; i++) {
      const x = -0.5 + (2 * i) / (resolution - 1);
      const y = -0.5 + (2 * j) / (resolution - 1);
      const a1 = W1.map((w, u) => Math.tanh(w[0] * x + w[1] * y + B1[u][0]));
      a1.forEach((v, u) => hidden[u].push(v));
      const z2 = a1.reduce((s, v, u) => s + W2[0][u] * v, B2[0][0]);
      output.push(1 / (1 + Math.exp(-z2)));
    }
  }
  return {
    step,
    xMin: -0.5,
    xMax: 1.5,
    yMin: -0.5,
    yMax: 1.5,
    resolution,
    output: Float64Array.from(output),
    classes: 1,
    hidden: hidden.map((h) => Float64Array.from(h)),
  };
}

export const POINTS: DataPointsDTO = {
  x: [0, 0, 1, 1, 0.1, 0.9],
  y: [0, 1, 0, 1, 0.9, 0.1],
  label: [0, 1, 1, 0, 1, 1],
  test: [false, false, false, false, true, true],
};

/** What the core says about the broken W[2]: it must be (1, 4), the file gives (1, 3). */
export const MISMATCH_MESSAGE = analyzed(false).diagnostics[0].message;

export function analysis(runnable = true): AnalysisMessage {
  const a = analyzed(runnable);
  if (a.runnable !== runnable || !a.shapes) throw new Error('the fixture spec no longer analyses as expected');
  return {
    type: 'analysis',
    name: 'XOR with one hidden layer',
    fileName: 'xor.nnspec',
    uri: 'file:///work/examples/xor.nnspec',
    exampleAxis: 1,
    shapes: a.shapes,
    diagnostics: a.diagnostics,
    runnable,
    points: POINTS,
  };
}

/** The run the recorded stream belongs to; a test that starts another one uses RUN + 1. */
export const RUN = 1;

/** A run list's entry: a finished run of 2000 steps unless `o` says otherwise. */
export const summary = (runId: number, label: string, o: Partial<RunSummary> = {}): RunSummary => ({
  runId,
  number: runId,
  label,
  experiment: runId,
  status: 'done',
  stale: false,
  stepsRun: 2000,
  totalSteps: 2000,
  overlaid: false,
  live: false,
  ...o,
});

export const status = (
  stepsRun: number,
  s: StatusMessage['status'] = 'running',
  o: Partial<StatusMessage> = {},
): StatusMessage => ({ type: 'status', runId: RUN, status: s, stale: false, stepsRun, totalSteps: 2000, ...o });

export const progress = (from: number, to: number, testPoints: TestPoint[] = [], runId = RUN): ProgressMessage => ({
  type: 'progress',
  runId,
  points: progressPoints(from, to),
  testPoints,
});

export const kept = (steps: number[], runId = RUN): SnapshotStepsMessage => ({ type: 'snapshotSteps', runId, steps });

export const live = (step: number, runId = RUN): BoundaryMessage => ({
  type: 'boundary',
  runId,
  boundary: boundary(step),
});

/** The host's reply to snapshot request `inReplyTo`: the snapshot of `step` and the boundary of its θ. */
export const snapshotReply = (inReplyTo: number, step: number, X = XOR_X, Y = XOR_Y, runId = RUN): SnapshotMessage => ({
  type: 'snapshot',
  runId,
  inReplyTo,
  snapshot: snapshot(step, X, Y),
  boundary: boundary(step),
});

/** A whole recorded run: analysis, status, three progress batches, kept steps, the live boundary. */
export function stream(): HostMessage[] {
  return [
    analysis(true),
    status(0),
    progress(0, 500, [{ step: 0, cost: 0.7, accuracy: 0.5 }]),
    progress(500, 1000, [{ step: 500, cost: 0.4, accuracy: 0.75 }]),
    progress(1000, 1500, [{ step: 1000, cost: 0.2, accuracy: 1 }]),
    kept([0, 1, 2, 500, 1000, 1499]),
    live(1499),
    status(1500, 'paused'),
  ];
}
