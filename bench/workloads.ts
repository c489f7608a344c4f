// The four workloads of ../shared/performance-anchors.md, in the columns (Ng) layout: each
// builds the same data and the same initial parameters for every system, from fixed seeds.
import { zeros, type Matrix } from '../src/core/engine/matrix';
import { Random } from '../src/core/engine/random';
import type { Activation, LossKind } from '../src/core/spec/types';

export interface Workload {
  name: 'W1' | 'W2' | 'W3' | 'W4';
  title: string;
  /** n[0], n[1], ..., n[L]. */
  sizes: number[];
  activations: Activation[];
  loss: LossKind;
  learningRate: number;
  batchSize: 'full' | number;
  /** Exactly one of iterations (full batch) / epochs. */
  iterations?: number;
  epochs?: number;
  /** X (n[0], m), Y (n[L], m). */
  data(): { X: Matrix; Y: Matrix };
  /** W[l] (n[l], n[l-1]) and b[l] (n[l], 1) for l = 1..L. */
  init(): { W: Matrix; b: Matrix }[];
}

/** Ng's planar "flower": two classes of petals, 2 features. */
function flower(m: number, seed: number): { X: Matrix; Y: Matrix } {
  const random = new Random(seed);
  const X = zeros(2, m);
  const Y = zeros(1, m);
  const half = m / 2;
  for (let i = 0; i < m; i++) {
    const cls = i < half ? 0 : 1;
    const u = (i - cls * half) / (half - 1);
    const t = (cls + u) * 3.12 + random.normal() * 0.2;
    const r = 4 * Math.sin(4 * t) + random.normal() * 0.2;
    X.data[i] = r * Math.sin(t);
    X.data[m + i] = r * Math.cos(t);
    Y.data[i] = cls;
  }
  return { X, Y };
}

/** Gaussian inputs labelled (one-hot) by the arg max of a random linear teacher: learnable random data. */
function teacher(n0: number, classes: number, m: number, seed: number, nonNegative: boolean): { X: Matrix; Y: Matrix } {
  const random = new Random(seed);
  const X = zeros(n0, m);
  for (let k = 0; k < X.data.length; k++) X.data[k] = nonNegative ? random.uniform() : random.normal();
  const T = Float64Array.from({ length: classes * n0 }, () => random.normal());
  const Y = zeros(classes, m);
  for (let j = 0; j < m; j++) {
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < classes; c++) {
      let s = 0;
      for (let i = 0; i < n0; i++) s += T[c * n0 + i] * (X.data[i * m + j] - (nonNegative ? 0.5 : 0));
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    Y.data[best * m + j] = 1;
  }
  return { X, Y };
}

/** W[l] ~ N(0, 1) · scale(n[l-1]), b[l] = 0. */
function gaussianInit(sizes: number[], seed: number, scale: (nPrev: number) => number): { W: Matrix; b: Matrix }[] {
  const random = new Random(seed);
  const out: { W: Matrix; b: Matrix }[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const W = zeros(sizes[l], sizes[l - 1]);
    const s = scale(sizes[l - 1]);
    for (let k = 0; k < W.data.length; k++) W.data[k] = random.normal() * s;
    out.push({ W, b: zeros(sizes[l], 1) });
  }
  return out;
}

const he = (nPrev: number) => Math.sqrt(2 / nPrev);

export const workloads: Workload[] = [
  {
    name: 'W1',
    title: '2-4-1 tanh/sigmoid BCE, 400 points, full batch, 10,000 steps',
    sizes: [2, 4, 1],
    activations: ['tanh', 'sigmoid'],
    loss: 'binary_cross_entropy',
    learningRate: 1.2,
    batchSize: 'full',
    iterations: 10000,
    data: () => flower(400, 1),
    init: () => gaussianInit([2, 4, 1], 2, () => 0.01),
  },
  {
    name: 'W2',
    title: '2-16-16-1 relu/relu/sigmoid BCE, 1,000 points, full batch, 2,000 steps',
    sizes: [2, 16, 16, 1],
    activations: ['relu', 'relu', 'sigmoid'],
    loss: 'binary_cross_entropy',
    learningRate: 0.1,
    batchSize: 'full',
    iterations: 2000,
    data: () => flower(1000, 3),
    init: () => gaussianInit([2, 16, 16, 1], 4, he),
  },
  {
    name: 'W3',
    title: '64-128-64-10 relu/relu/softmax CE, 2,048 examples, batch 128, 20 epochs',
    sizes: [64, 128, 64, 10],
    activations: ['relu', 'relu', 'softmax'],
    loss: 'cross_entropy',
    learningRate: 0.05,
    batchSize: 128,
    epochs: 20,
    data: () => teacher(64, 10, 2048, 5, false),
    init: () => gaussianInit([64, 128, 64, 10], 6, he),
  },
  {
    name: 'W4',
    title: '784-256-10 relu/softmax CE, 8,192 examples, batch 256, 3 epochs',
    sizes: [784, 256, 10],
    activations: ['relu', 'softmax'],
    loss: 'cross_entropy',
    learningRate: 0.05,
    batchSize: 256,
    epochs: 3,
    data: () => teacher(784, 10, 8192, 7, true),
    init: () => gaussianInit([784, 256, 10], 8, he),
  },
];

export function workloadNamed(name: string): Workload {
  const w = workloads.find((x) => x.name === name);
  if (!w) throw new Error(`unknown workload ${name}`);
  return w;
}

/** Steps of the training loop: iterations, or epochs × batches per epoch. */
export function stepsOf(w: Workload, m: number): number {
  if (w.iterations !== undefined) return w.iterations;
  const batch = w.batchSize === 'full' ? m : w.batchSize;
  return (w.epochs ?? 0) * Math.ceil(m / batch);
}
