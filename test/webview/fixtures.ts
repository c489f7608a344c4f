// Builds a realistic host message stream for a 2-4-1 tanh/sigmoid network on XOR: the shape
// table, progress with decreasing cost, a snapshot computed by a small forward/backward pass
// written here, a boundary grid, gradient-check results, and an analysis with a mismatch.

import type { LayerShapes, MatrixShape, ShapeTable } from '../../src/core/shapes/types';
import type { Diagnostic } from '../../src/core/spec/types';
import type { BoundaryDTO, DataPointsDTO, HostMessage, LayerSnapshotDTO, MatrixDTO, SnapshotDTO, StepPoint } from '../../src/protocol';

const shape = (name: string, a: [string, number?], b: [string, number?]): MatrixShape => ({
  name,
  dims: [{ symbol: a[0], value: a[1] }, { symbol: b[0], value: b[1] }],
});

function layerShapes(l: number, n: number, nPrev: number, m: number | undefined, activation: 'tanh' | 'sigmoid', last: boolean): LayerShapes {
  const u: [string, number] = [`n[${l}]`, n];
  const p: [string, number] = [`n[${l - 1}]`, nPrev];
  const mm: [string, number?] = ['m', m];
  const M = m === undefined ? 'm' : String(m);
  return {
    layer: l, units: n, activation,
    W: shape(`W[${l}]`, u, p), b: shape(`b[${l}]`, u, ['1', 1]), Z: shape(`Z[${l}]`, u, mm), A: shape(`A[${l}]`, u, mm),
    dA: shape(`dA[${l}]`, u, mm), dZ: shape(`dZ[${l}]`, u, mm), dW: shape(`dW[${l}]`, u, p), db: shape(`db[${l}]`, u, ['1', 1]),
    dAprev: shape(`dA[${l - 1}]`, p, mm),
    parameters: n * nPrev + n,
    forward: [
      { formula: `Z[${l}] = W[${l}] A[${l - 1}] + b[${l}]`, shapes: `(${n}, ${nPrev})(${nPrev}, ${M}) + (${n}, 1) -> (${n}, ${M})` },
      { formula: `A[${l}] = ${activation}(Z[${l}])`, shapes: `(${n}, ${M}) -> (${n}, ${M})` },
    ],
    backward: [
      last
        ? { formula: `dZ[${l}] = A[${l}] - Y`, shapes: `(${n}, ${M}) - (${n}, ${M}) -> (${n}, ${M})` }
        : { formula: `dZ[${l}] = dA[${l}] * g'(Z[${l}])`, shapes: `(${n}, ${M}) * (${n}, ${M}) -> (${n}, ${M})` },
      { formula: `dW[${l}] = (1/m) dZ[${l}] A[${l - 1}]ᵀ`, shapes: `(${n}, ${M})(${M}, ${nPrev}) -> (${n}, ${nPrev})` },
      { formula: `db[${l}] = (1/m) Σ dZ[${l}]`, shapes: `(${n}, ${M}) -> (${n}, 1)` },
      { formula: `dA[${l - 1}] = W[${l}]ᵀ dZ[${l}]`, shapes: `(${nPrev}, ${n})(${n}, ${M}) -> (${nPrev}, ${M})` },
    ],
  };
}

export function shapeTable(m: number | undefined): ShapeTable {
  return {
    layout: 'columns', n0: 2, m,
    X: shape('X', ['n[0]', 2], ['m', m]), Y: shape('Y', ['n[2]', 1], ['m', m]),
    layers: [layerShapes(1, 4, 2, m, 'tanh', false), layerShapes(2, 1, 4, m, 'sigmoid', true)],
    totalParameters: 17,
  };
}

export const XOR_X = [[0, 0, 1, 1], [0, 1, 0, 1]];
export const XOR_Y = [[0, 1, 1, 0]];
/** Chosen so that Z[1] can be worked out by hand (see the test). */
export const W1 = [[0.5, -0.25], [1, 1], [-2, 0.125], [0.3333, 0]];
export const B1 = [[0.1], [0], [-0.5], [0.01]];
export const W2 = [[0.8, -1.2, 0.4, 2]];
export const B2 = [[-0.3]];

const dto = (a: number[][]): MatrixDTO => ({ rows: a.length, cols: a[0]?.length ?? 0, data: a.flat() });
const mul = (a: number[][], b: number[][]): number[][] => a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));
const tr = (a: number[][]): number[][] => a[0].map((_, j) => a.map((r) => r[j]));
const map = (a: number[][], f: (v: number, i: number, j: number) => number): number[][] => a.map((r, i) => r.map((v, j) => f(v, i, j)));

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
  const layer = (W: number[][], b: number[][], Z: number[][], A: number[][], dA: number[][], dZ: number[][], dW: number[][], db: number[][]): LayerSnapshotDTO =>
    ({ W: dto(W), b: dto(b), Z: dto(Z), A: dto(A), dA: dto(dA), dZ: dto(dZ), dW: dto(dW), db: dto(db) });
  return {
    step, cost, X: dto(X), Y: dto(Y),
    layers: [layer(W1, B1, Z1, A1, dA1, dZ1, dW1, db1), layer(W2, B2, Z2, A2, dA2, dZ2, dW2, db2)],
  };
}

/** Steps from..to-1 with a cost falling from ~0.69 and gradient norms shrinking toward layer 1. */
export function progressPoints(from: number, to: number): StepPoint[] {
  const pts: StepPoint[] = [];
  for (let t = from; t < to; t++) {
    const cost = 0.05 + 0.64 * Math.exp(-t / 300);
    pts.push({ step: t, cost, accuracy: Math.min(1, 0.5 + t / 1000), gradNorms: [0.01 * Math.exp(-t / 400), 0.3 * Math.exp(-t / 500)] });
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
  return { step, xMin: -0.5, xMax: 1.5, yMin: -0.5, yMax: 1.5, resolution, output, classes: 1, hidden };
}

export const POINTS: DataPointsDTO = {
  x: [0, 0, 1, 1, 0.1, 0.9],
  y: [0, 1, 0, 1, 0.9, 0.1],
  label: [0, 1, 1, 0, 1, 1],
  test: [false, false, false, false, true, true],
};

export const MISMATCH_MESSAGE = 'W[2] must be (1, 4) = (n[2], n[1]), but is (1, 3): layer 1 has 4 units.';

export function analysis(runnable = true): HostMessage {
  const shapes = shapeTable(4);
  const diagnostics: Diagnostic[] = [];
  if (!runnable) {
    shapes.layers[1].mismatch = { matrix: 'W[2]', axis: 1, message: MISMATCH_MESSAGE };
    diagnostics.push({ severity: 'error', code: 'shape-mismatch-W', message: MISMATCH_MESSAGE, range: { line: 21, column: 10, endLine: 21, endColumn: 28 } });
  }
  return { type: 'analysis', name: 'XOR with one hidden layer', fileName: 'xor.nnspec', layout: 'columns', shapes, diagnostics, runnable, points: POINTS };
}

/** A whole recorded run: analysis, status, three progress batches, snapshots, boundary, gradcheck. */
export function stream(): HostMessage[] {
  return [
    analysis(true),
    { type: 'status', status: 'running', step: 0, totalSteps: 2000 },
    { type: 'progress', points: progressPoints(0, 500), testPoints: [{ step: 0, cost: 0.7, accuracy: 0.5 }] },
    { type: 'progress', points: progressPoints(500, 1000), testPoints: [{ step: 500, cost: 0.4, accuracy: 0.75 }] },
    { type: 'progress', points: progressPoints(1000, 1500), testPoints: [{ step: 1000, cost: 0.2, accuracy: 1 }] },
    { type: 'snapshot', snapshot: snapshot(1499, XOR_X, XOR_Y) },
    { type: 'snapshotSteps', steps: [0, 1, 2, 500, 1000, 1499] },
    { type: 'boundary', boundary: boundary(1499) },
    { type: 'status', status: 'paused', step: 1500, totalSteps: 2000 },
  ];
}
