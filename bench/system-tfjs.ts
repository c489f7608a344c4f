// Trains a workload with TensorFlow.js ops by hand (forward, backward, update; no tf.layers):
// the cpu backend (pure JS) or the wasm backend (SIMD, one thread), with transposed operands
// of matMul either made explicitly by tf.transpose or requested by matMul's transpose flags.
import { dirname, join } from 'node:path';
import type * as TF from '@tensorflow/tfjs-core';
import type { RunResult } from './result';
import { stepsOf, type Workload } from './workloads';

export type TfBackend = 'cpu' | 'wasm';
export type TransposeMode = 'explicit' | 'flags';

async function loadTf(backend: TfBackend): Promise<typeof TF> {
  const tf = await import('@tensorflow/tfjs-core');
  if (backend === 'cpu') {
    await import('@tensorflow/tfjs-backend-cpu');
  } else {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm'));
    wasm.setWasmPaths(join(dist, '/'));
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} failed to initialise`);
  await tf.ready();
  if (backend === 'wasm' && !(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')))
    throw new Error('tfjs-wasm without SIMD');
  return tf;
}

export async function runTfjs(w: Workload, backend: TfBackend, mode: TransposeMode): Promise<RunResult> {
  const { X, Y } = w.data();
  const init = w.init();
  const t0 = performance.now();
  const tf = await loadTf(backend);
  const m = X.cols;
  const L = w.sizes.length - 1;
  const batch = w.batchSize === 'full' ? m : w.batchSize;
  // tfjs computes in float32. The data set is cut into its batches once, column blocks of X (n[0], m) and Y (n[L], m).
  const Xall = tf.tensor2d(Float32Array.from(X.data), [X.rows, m]);
  const Yall = tf.tensor2d(Float32Array.from(Y.data), [Y.rows, m]);
  const batches: { X: TF.Tensor2D; Y: TF.Tensor2D; m: number }[] = [];
  for (let start = 0; start < m; start += batch) {
    const size = Math.min(batch, m - start);
    batches.push({
      X: tf.slice(Xall, [0, start], [X.rows, size]),
      Y: tf.slice(Yall, [0, start], [Y.rows, size]),
      m: size,
    });
  }
  let W: TF.Tensor2D[] = [];
  let b: TF.Tensor2D[] = [];
  for (const p of init) {
    W.push(tf.tensor2d(Float32Array.from(p.W.data), [p.W.rows, p.W.cols]));
    b.push(tf.tensor2d(Float32Array.from(p.b.data), [p.b.rows, 1]));
  }
  const steps = stepsOf(w, m);
  const lr = w.learningRate;

  const mm = (a: TF.Tensor2D, c: TF.Tensor2D, ta: boolean, tc: boolean): TF.Tensor2D =>
    mode === 'flags' ? tf.matMul(a, c, ta, tc) : tf.matMul(ta ? tf.transpose(a) : a, tc ? tf.transpose(c) : c);
  const activate = (g: string, Z: TF.Tensor2D): TF.Tensor2D => {
    switch (g) {
      case 'relu':
        return tf.relu(Z);
      case 'tanh':
        return tf.tanh(Z);
      case 'sigmoid':
        return tf.sigmoid(Z);
      case 'softmax': {
        // Over each column (axis 0): tf.softmax only works along the last axis.
        const e = tf.exp(tf.sub(Z, tf.max(Z, 0, true)));
        return tf.div(e, tf.sum(e, 0, true));
      }
      default:
        throw new Error(`activation ${g} not in the benchmark`);
    }
  };
  const derivative = (g: string, Z: TF.Tensor2D, A: TF.Tensor2D): TF.Tensor2D => {
    if (g === 'relu') return tf.step(Z);
    if (g === 'tanh') return tf.sub(1, tf.square(A));
    throw new Error(`hidden activation ${g} not in the benchmark`);
  };
  const cost = (output: TF.Tensor2D, Yb: TF.Tensor2D, mb: number): TF.Scalar => {
    // Only for the reported J: in float32 a saturated sigmoid gives log(0) and 0 · -Infinity = NaN.
    const A = tf.clipByValue(output, 1e-7, 1 - 1e-7);
    const logLikelihood =
      w.loss === 'binary_cross_entropy'
        ? tf.add(tf.mul(Yb, tf.log(A)), tf.mul(tf.sub(1, Yb), tf.log(tf.sub(1, A))))
        : tf.mul(Yb, tf.log(A));
    return tf.div(tf.sum(logLikelihood), -mb);
  };

  const t1 = performance.now();
  let finalCost = NaN;
  for (let t = 0; t < steps; t++) {
    const { X: Xb, Y: Yb, m: mb } = batches[t % batches.length];
    const last = t === steps - 1;
    const next = tf.tidy(() => {
      const A: TF.Tensor2D[] = [Xb];
      const Z: TF.Tensor2D[] = [Xb];
      for (let l = 1; l <= L; l++) {
        Z.push(tf.add(tf.matMul(W[l - 1], A[l - 1]), b[l - 1]));
        A.push(activate(w.activations[l - 1], Z[l]));
      }
      // sigmoid + BCE and softmax + CE: dZ[L] = A[L] - Y.
      let dZ = tf.sub<TF.Tensor2D>(A[L], Yb);
      const newW: TF.Tensor2D[] = [];
      const newB: TF.Tensor2D[] = [];
      for (let l = L; l >= 1; l--) {
        const dW = tf.mul<TF.Tensor2D>(mm(dZ, A[l - 1], false, true), 1 / mb);
        const db = tf.mul<TF.Tensor2D>(tf.sum(dZ, 1, true), 1 / mb);
        if (l > 1)
          dZ = tf.mul<TF.Tensor2D>(mm(W[l - 1], dZ, true, false), derivative(w.activations[l - 2], Z[l - 1], A[l - 1]));
        newW[l - 1] = tf.sub(W[l - 1], tf.mul(dW, lr));
        newB[l - 1] = tf.sub(b[l - 1], tf.mul(db, lr));
      }
      return { W: newW, b: newB, cost: last ? cost(A[L], Yb, mb) : tf.scalar(0) };
    });
    tf.dispose([...W, ...b]);
    W = next.W;
    b = next.b;
    if (last) finalCost = next.cost.dataSync()[0];
    next.cost.dispose();
  }
  for (const p of W) p.dataSync(); // make sure every queued op has run
  const t2 = performance.now();
  return { setupMs: t1 - t0, trainMs: t2 - t1, steps, finalCost };
}
