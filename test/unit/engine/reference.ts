// An independent, deliberately naive reference implementation of the format's formulas:
// nested number[][] matrices, one example at a time, no shared code with the engine.

import type { Activation, LossKind, OptimizerKind } from '../../../src/core/spec/types';

export type Mat = number[][];

export interface RefLayer {
  W: Mat; // (n[l], n[l-1])
  b: number[]; // n[l]
  activation: Activation;
  alpha: number;
}

export interface RefPass {
  cost: number;
  Z: Mat[];
  A: Mat[];
  dA: Mat[];
  dZ: Mat[];
  dW: Mat[];
  db: number[][];
}

const zerosMat = (r: number, c: number): Mat => Array.from({ length: r }, () => new Array<number>(c).fill(0));

function activate(act: Activation, z: number[], alpha: number): number[] {
  switch (act) {
    case 'sigmoid':
      return z.map((v) => 1 / (1 + Math.exp(-v)));
    case 'tanh':
      return z.map((v) => Math.tanh(v));
    case 'relu':
      return z.map((v) => Math.max(0, v));
    case 'leaky_relu':
      return z.map((v) => (v > 0 ? v : alpha * v));
    case 'linear':
      return z.slice();
    case 'softmax': {
      const e = z.map((v) => Math.exp(v));
      const s = e.reduce((x, y) => x + y, 0);
      return e.map((v) => v / s);
    }
  }
}

/** dZ = dA · g'(z) for one example (the full Jacobian for softmax). */
function backActivate(act: Activation, z: number[], a: number[], dA: number[], alpha: number): number[] {
  if (act === 'softmax') {
    return z.map((_, k) => {
      let s = 0;
      for (let j = 0; j < z.length; j++) s += dA[j] * a[j] * ((j === k ? 1 : 0) - a[k]);
      return s;
    });
  }
  return z.map((v, k) => {
    let d: number;
    if (act === 'sigmoid') d = a[k] * (1 - a[k]);
    else if (act === 'tanh') d = 1 - Math.tanh(v) ** 2;
    else if (act === 'relu') d = v > 0 ? 1 : 0;
    else if (act === 'leaky_relu') d = v > 0 ? 1 : alpha;
    else d = 1;
    return dA[k] * d;
  });
}

const column = (M: Mat, j: number): number[] => M.map((row) => row[j]);

/** One forward and backward pass over the batch X (n0, m), Y (nL, m). */
export function refPass(
  layers: RefLayer[],
  X: Mat,
  Y: Mat,
  loss: LossKind,
  reg?: { kind: 'l1' | 'l2'; lambda: number },
): RefPass {
  const L = layers.length;
  const m = X[0].length;
  const nOf = (l: number): number => (l === 0 ? X.length : layers[l - 1].W.length);
  const Z: Mat[] = [[]];
  const A: Mat[] = [X];
  const dA: Mat[] = [[]];
  const dZ: Mat[] = [[]];
  const dW: Mat[] = [[]];
  const db: number[][] = [[]];
  for (let l = 1; l <= L; l++) {
    Z.push(zerosMat(nOf(l), m));
    A.push(zerosMat(nOf(l), m));
    dA.push(zerosMat(nOf(l), m));
    dZ.push(zerosMat(nOf(l), m));
    dW.push(zerosMat(nOf(l), nOf(l - 1)));
    db.push(new Array<number>(nOf(l)).fill(0));
  }
  let total = 0;
  for (let j = 0; j < m; j++) {
    const zs: number[][] = [[]];
    const as: number[][] = [column(X, j)];
    for (let l = 1; l <= L; l++) {
      const { W, b, activation, alpha } = layers[l - 1];
      const z = W.map((row, i) => row.reduce((s, w, k) => s + w * as[l - 1][k], 0) + b[i]);
      const a = activate(activation, z, alpha);
      zs.push(z);
      as.push(a);
      z.forEach((v, i) => ((Z[l][i][j] = v), (A[l][i][j] = a[i])));
    }
    const y = column(Y, j);
    const aL = as[L];
    // The loss of this example, straight from the formulas.
    for (let k = 0; k < y.length; k++) {
      if (loss === 'mse') total += 0.5 * (aL[k] - y[k]) ** 2;
      else if (loss === 'cross_entropy') total -= y[k] === 0 ? 0 : y[k] * Math.log(aL[k]);
      else total -= (y[k] === 0 ? 0 : y[k] * Math.log(aL[k])) + (y[k] === 1 ? 0 : (1 - y[k]) * Math.log(1 - aL[k]));
    }
    let da = aL.map((a, k) => {
      if (loss === 'mse') return a - y[k];
      if (loss === 'cross_entropy') return y[k] === 0 ? 0 : -y[k] / a;
      return -((y[k] === 0 ? 0 : y[k] / a) - (y[k] === 1 ? 0 : (1 - y[k]) / (1 - a)));
    });
    const outAct = layers[L - 1].activation;
    const fused =
      (outAct === 'sigmoid' && loss === 'binary_cross_entropy') || (outAct === 'softmax' && loss === 'cross_entropy');
    let dz = fused ? aL.map((a, k) => a - y[k]) : backActivate(outAct, zs[L], aL, da, layers[L - 1].alpha);
    for (let l = L; l >= 1; l--) {
      da.forEach((v, i) => (dA[l][i][j] = v));
      dz.forEach((v, i) => (dZ[l][i][j] = v));
      const W = layers[l - 1].W;
      for (let i = 0; i < W.length; i++) {
        for (let k = 0; k < W[i].length; k++) dW[l][i][k] += (dz[i] * as[l - 1][k]) / m;
        db[l][i] += dz[i] / m;
      }
      if (l > 1) {
        da = as[l - 1].map((_, k) => W.reduce((s, row, i) => s + row[k] * dz[i], 0));
        dz = backActivate(layers[l - 2].activation, zs[l - 1], as[l - 1], da, layers[l - 2].alpha);
      }
    }
  }
  let cost = total / m;
  if (reg) {
    for (let l = 1; l <= L; l++) {
      const W = layers[l - 1].W;
      for (let i = 0; i < W.length; i++) {
        for (let k = 0; k < W[i].length; k++) {
          const w = W[i][k];
          cost += reg.kind === 'l2' ? (reg.lambda / (2 * m)) * w * w : (reg.lambda / m) * Math.abs(w);
          dW[l][i][k] += reg.kind === 'l2' ? (reg.lambda / m) * w : (reg.lambda / m) * Math.sign(w);
        }
      }
    }
  }
  return { cost, Z, A, dA, dZ, dW, db };
}

/** The course's optimizers, one parameter entry at a time. */
export class RefOptimizer {
  private t = 0;
  private readonly state = new Map<string, { v: number; s: number }>();

  constructor(
    private readonly kind: OptimizerKind,
    private readonly lr: number,
  ) {}

  step(layers: RefLayer[], pass: RefPass): void {
    this.t++;
    layers.forEach((layer, idx) => {
      const l = idx + 1;
      layer.W.forEach((row, i) =>
        row.forEach((_, k) => (row[k] = this.update(`W${l},${i},${k}`, row[k], pass.dW[l][i][k]))),
      );
      layer.b.forEach((_, i) => (layer.b[i] = this.update(`b${l},${i}`, layer.b[i], pass.db[l][i])));
    });
  }

  private update(key: string, theta: number, g: number): number {
    if (this.kind === 'gd') return theta - this.lr * g;
    const st = this.state.get(key) ?? { v: 0, s: 0 };
    this.state.set(key, st);
    if (this.kind === 'momentum') {
      st.v = 0.9 * st.v + 0.1 * g;
      return theta - this.lr * st.v;
    }
    st.v = 0.9 * st.v + 0.1 * g;
    st.s = 0.999 * st.s + 0.001 * g * g;
    const vHat = st.v / (1 - 0.9 ** this.t);
    const sHat = st.s / (1 - 0.999 ** this.t);
    return theta - (this.lr * vHat) / (Math.sqrt(sHat) + 1e-8);
  }
}
