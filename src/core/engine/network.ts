// A fully connected network in the `columns` orientation: parameters, forward and backward
// passes over a whole batch at once (X is (n[0], m), W[l] is (n[l], n[l-1])).

import type { Activation, LossKind } from '../spec/types';
import { addBiasAndActivate, backwardActivation } from './activations';
import { Arena } from './arena';
import { arenaBackwardActivation, arenaBiasActivate, arenaProduct } from './arena-ops';
import { sparseTimesTransposed } from './arena-sparse';
import { gemm } from './gemm';
import { isFusedOutput, lossSum, outputDA } from './losses';
import type { Matrix } from './matrix';
import { copyArray } from './copy';
import { inArena, Workspace } from './workspace';

export interface Regularization {
  kind: 'l1' | 'l2';
  lambda: number;
}

export interface NetworkConfig {
  /** n[0], n[1], ..., n[L]. */
  sizes: number[];
  /** g[1..L], stored at index 0..L-1. */
  activations: Activation[];
  /** leaky_relu slopes, one per layer (index 0..L-1). */
  alphas: number[];
  loss: LossKind;
  regularization?: Regularization;
}

export interface LayerParameters {
  W: Matrix;
  b: Matrix;
}

export class Network {
  readonly L: number;
  readonly sizes: readonly number[];
  readonly loss: LossKind;
  readonly regularization?: Regularization;
  /** Every W[l] then b[l], layer by layer, in one array: what the optimizers update. */
  readonly theta: Float64Array;
  /** The gradients, laid out like theta. */
  readonly grad: Float64Array;
  /** Views into theta / grad; index l is layer l (index 0 is empty). */
  readonly W: Float64Array[] = [];
  readonly b: Float64Array[] = [];
  readonly dW: Float64Array[] = [];
  readonly db: Float64Array[] = [];
  /** Where θ, dθ and this network's workspaces live when WebAssembly is there (else undefined: JavaScript path). */
  readonly arena?: Arena;
  private readonly activation: Activation[];
  private readonly alpha: number[];
  private readonly fused: boolean;

  /** `useWasm: false` keeps everything in plain JavaScript (the fallback path, also for tests). */
  constructor(config: NetworkConfig, useWasm = true) {
    const n = config.sizes;
    this.sizes = n.slice();
    this.L = n.length - 1;
    this.loss = config.loss;
    this.regularization = config.regularization;
    this.activation = ['linear', ...config.activations];
    this.alpha = [0, ...config.alphas];
    this.fused = isFusedOutput(config.loss, this.activation[this.L]);
    let total = 0;
    for (let l = 1; l <= this.L; l++) total += n[l] * n[l - 1] + n[l];
    this.arena = useWasm ? Arena.create() : undefined;
    this.theta = this.arena ? this.arena.alloc(total) : new Float64Array(total);
    this.grad = this.arena ? this.arena.alloc(total) : new Float64Array(total);
    const empty = new Float64Array(0);
    this.W.push(empty);
    this.b.push(empty);
    this.dW.push(empty);
    this.db.push(empty);
    let at = 0;
    for (let l = 1; l <= this.L; l++) {
      const w = n[l] * n[l - 1];
      this.W.push(this.theta.subarray(at, at + w));
      this.dW.push(this.grad.subarray(at, at + w));
      at += w;
      this.b.push(this.theta.subarray(at, at + n[l]));
      this.db.push(this.grad.subarray(at, at + n[l]));
      at += n[l];
    }
  }

  /** Buffers for batches of m examples, in this network's arena when it has one. */
  workspace(m: number, withBackward: boolean): Workspace {
    return new Workspace(this.sizes, m, withBackward, this.arena);
  }

  setParameters(params: readonly LayerParameters[]): void {
    for (let l = 1; l <= this.L; l++) {
      this.W[l].set(params[l - 1].W.data);
      this.b[l].set(params[l - 1].b.data);
    }
  }

  /** Deep copies of W[l] (n[l], n[l-1]) and b[l] (n[l], 1). */
  parameters(): LayerParameters[] {
    const out: LayerParameters[] = [];
    for (let l = 1; l <= this.L; l++) {
      out.push({
        W: { rows: this.sizes[l], cols: this.sizes[l - 1], data: copyArray(this.W[l]) },
        b: { rows: this.sizes[l], cols: 1, data: copyArray(this.b[l]) },
      });
    }
    return out;
  }

  /** Z[l] = W[l] A[l-1] + b[l], A[l] = g(Z[l]) for l = 1..L, with A[0] = X (n[0], ws.m). */
  forward(ws: Workspace, X: Float64Array): void {
    const m = ws.m;
    const arena = this.arenaFor(ws);
    ws.A[0] = arena ? inArena(arena, X, ws.X!) : X;
    for (let l = 1; l <= this.L; l++) {
      const n = this.sizes[l];
      const [g, alpha, Z, A, b] = [this.activation[l], this.alpha[l], ws.Z[l], ws.A[l], this.b[l]];
      if (arena) {
        arenaProduct(arena, false, false, n, m, this.sizes[l - 1], 1, this.W[l], ws.A[l - 1], Z);
        arenaBiasActivate(arena, g, alpha, Z, A, b, n, m, ws.lse);
      } else {
        gemm(false, false, n, m, this.sizes[l - 1], 1, this.W[l], ws.A[l - 1], 0, Z);
        addBiasAndActivate(g, alpha, Z, A, b, n, m, ws.lse, ws.tmp);
      }
    }
  }

  /** The arena when both this network and the workspace live in it: the wasm path runs. */
  private arenaFor(ws: Workspace): Arena | undefined {
    return this.arena !== undefined && ws.arena === this.arena ? this.arena : undefined;
  }

  /** J for the batch of the last forward pass, regularisation included (m = the batch size). */
  cost(ws: Workspace, Y: Float64Array): number {
    const L = this.L;
    const m = ws.m;
    const arena = this.arenaFor(ws);
    const size = this.sizes[L] * m;
    const sum =
      arena && this.loss === 'binary_cross_entropy' && this.activation[L] === 'sigmoid'
        ? arena.kernels.bceSigmoidLoss(ws.Z[L].byteOffset, inArena(arena, Y, ws.Y!).byteOffset, size)
        : lossSum(this.loss, this.activation[L], ws.Z[L], ws.A[L], Y, this.sizes[L], m, ws.lse);
    return sum / m + this.regularizationCost(m);
  }

  private regularizationCost(m: number): number {
    const reg = this.regularization;
    if (!reg || reg.lambda === 0) return 0;
    let s = 0;
    for (let l = 1; l <= this.L; l++) {
      const W = this.W[l];
      if (reg.kind === 'l2') for (let k = 0; k < W.length; k++) s += W[k] * W[k];
      else for (let k = 0; k < W.length; k++) s += Math.abs(W[k]);
    }
    return reg.kind === 'l2' ? (reg.lambda / (2 * m)) * s : (reg.lambda / m) * s;
  }

  /**
   * Gradients of J for the last forward pass: dZ[l], dA[l] into the workspace, dW[l], db[l] into grad.
   * With a fused output (sigmoid + BCE, softmax + CE) dZ[L] = A[L] - Y and dA[L] is only
   * computed when `withOutputDA` (it is shown, not needed).
   */
  backward(ws: Workspace, Y: Float64Array, withOutputDA: boolean): void {
    const L = this.L;
    const m = ws.m;
    const nL = this.sizes[L];
    const size = nL * m;
    const AL = ws.A[L];
    const arena = this.arenaFor(ws);
    if (this.fused) {
      const dZ = ws.dZ[L];
      if (arena) arena.kernels.outputDelta(AL.byteOffset, inArena(arena, Y, ws.Y!).byteOffset, dZ.byteOffset, size);
      else for (let k = 0; k < size; k++) dZ[k] = AL[k] - Y[k];
      if (withOutputDA) outputDA(this.loss, AL, Y, ws.dA[L], size);
    } else {
      outputDA(this.loss, AL, Y, ws.dA[L], size);
      this.activationBackward(ws, L, arena);
    }
    for (let l = L; l >= 1; l--) {
      const n = this.sizes[l];
      const nPrev = this.sizes[l - 1];
      const dZ = ws.dZ[l];
      this.weightGradient(ws, l, arena);
      this.addRegularizationGradient(l, m);
      if (arena) arena.kernels.rowMeans(dZ.byteOffset, n, m, this.db[l].byteOffset);
      else rowMeans(dZ, n, m, this.db[l]);
      if (l > 1) {
        if (!arena || !arenaProduct(arena, true, false, nPrev, m, n, 1, this.W[l], dZ, ws.dA[l - 1]))
          gemm(true, false, nPrev, m, n, 1, this.W[l], dZ, 0, ws.dA[l - 1]);
        this.activationBackward(ws, l - 1, arena);
      }
    }
  }

  /** dW[l] := (1/m) dZ[l] A[l-1]ᵀ; a ReLU layer's dZ is zero wherever a unit is off, and the sparse product skips those. */
  private weightGradient(ws: Workspace, l: number, arena: Arena | undefined): void {
    const [n, nPrev, m, dZ, A, dW] = [this.sizes[l], this.sizes[l - 1], ws.m, ws.dZ[l], ws.A[l - 1], this.dW[l]];
    if (arena && this.activation[l] === 'relu' && sparseTimesTransposed(arena, ws, n, nPrev, m, 1 / m, dZ, A, dW))
      return;
    if (!arena || !arenaProduct(arena, false, true, n, nPrev, m, 1 / m, dZ, A, dW))
      gemm(false, true, n, nPrev, m, 1 / m, dZ, A, 0, dW);
  }

  /** dZ[l] := dA[l] * g[l]'(Z[l]). */
  private activationBackward(ws: Workspace, l: number, arena: Arena | undefined): void {
    const [g, alpha, n, m] = [this.activation[l], this.alpha[l], this.sizes[l], ws.m];
    if (arena && arenaBackwardActivation(arena, g, alpha, ws.dA[l], ws.Z[l], ws.A[l], ws.dZ[l], n * m)) return;
    backwardActivation(g, alpha, ws.dA[l], ws.Z[l], ws.A[l], ws.dZ[l], n, m, ws.tmp);
  }

  /** dW[l] += (λ/m) W[l] (l2) or (λ/m) sign(W[l]) (l1). */
  private addRegularizationGradient(l: number, m: number): void {
    const reg = this.regularization;
    if (!reg || reg.lambda === 0) return;
    const [W, dW] = [this.W[l], this.dW[l]];
    const c = reg.lambda / m;
    if (reg.kind === 'l2') for (let k = 0; k < dW.length; k++) dW[k] += c * W[k];
    else for (let k = 0; k < dW.length; k++) dW[k] += c * Math.sign(W[k]);
  }

  /** ||dW[l]||_F for l = 1..L (at index l - 1). */
  gradientNorms(): number[] {
    const out: number[] = [];
    for (let l = 1; l <= this.L; l++) {
      const dW = this.dW[l];
      let s = 0;
      if (this.arena) s = this.arena.kernels.sumSquares(dW.byteOffset, dW.length);
      else for (let k = 0; k < dW.length; k++) s += dW[k] * dW[k];
      out.push(Math.sqrt(s));
    }
    return out;
  }

  /** True when no gradient entry is NaN or ±Infinity. */
  gradientsFinite(): boolean {
    return this.arena
      ? this.arena.kernels.allFinite(this.grad.byteOffset, this.grad.length) === 1
      : allFinite(this.grad);
  }
}

/** db[i] := (Σ_j dZ[i, j]) / m. */
function rowMeans(dZ: Float64Array, n: number, m: number, db: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = i * m, end = k + m; k < end; k++) s += dZ[k];
    db[i] = s / m;
  }
}

/** True when every entry is finite (x·0 is NaN exactly for NaN and ±Infinity). */
export function allFinite(a: Float64Array): boolean {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * 0;
  return s === 0;
}
