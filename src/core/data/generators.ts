// The toy 2-D data sets of the course and CS231n. Each returns points X (2, m) and a class per point.
import type { GeneratorKind } from '../spec/types';
import { zeros, type Matrix } from '../engine/matrix';
import type { Random } from '../engine/random';

export interface Points {
  /** (2, m): row 0 holds x1, row 1 holds x2. */
  X: Matrix;
  /** Class of each example, 0..classes-1 (unused by the regression form of `linear`). */
  labels: Int32Array;
  /** Real-valued target of the regression form of `linear`. */
  targets?: Float64Array;
}

export interface GeneratorOptions {
  samples: number;
  noise: number;
  classes: number;
  /** Only `linear` looks at it: a regression target instead of two classes. */
  regression: boolean;
}

/** The noise each generator uses when the file gives none. */
export const DEFAULT_NOISE: Record<GeneratorKind, number> = {
  xor: 0.1,
  circles: 0.1,
  moons: 0.1,
  spiral: 0.2,
  flower: 0.2,
  blobs: 0.5,
  linear: 0.1,
};

/** Generators whose number of classes the file chooses; the others always make 2. */
export const CHOOSES_CLASSES: ReadonlySet<GeneratorKind> = new Set<GeneratorKind>(['spiral', 'blobs']);

/** The true line of `linear`: y = 2·x1 - 3·x2 + 1, so a student can compare W and b with it. */
export const LINEAR_W: readonly [number, number] = [2, -3];
export const LINEAR_B = 1;

/** How many of m examples fall in class j when they are shared out as evenly as possible. */
function classSize(m: number, k: number, j: number): number {
  return Math.floor(m / k) + (j < m % k ? 1 : 0);
}

/** n evenly spaced numbers from a to b inclusive (numpy's linspace); [a] when n = 1. */
function linspace(a: number, b: number, n: number, i: number): number {
  return n === 1 ? a : a + ((b - a) * i) / (n - 1);
}

function points(m: number): Points {
  return { X: zeros(2, m), labels: new Int32Array(m) };
}

function put(p: Points, i: number, x1: number, x2: number, label: number): void {
  const m = p.X.cols;
  p.X.data[i] = x1;
  p.X.data[m + i] = x2;
  p.labels[i] = label;
}

/** Uniform points in [-1, 1]², class 1 where x1 and x2 have opposite signs (XOR of the signs), then jittered. */
function xor(o: GeneratorOptions, rng: Random): Points {
  const p = points(o.samples);
  for (let i = 0; i < o.samples; i++) {
    const x1 = 2 * rng.uniform() - 1;
    const x2 = 2 * rng.uniform() - 1;
    put(p, i, x1 + o.noise * rng.normal(), x2 + o.noise * rng.normal(), x1 * x2 < 0 ? 1 : 0);
  }
  return p;
}

/** Class 0 on the outer ring (radius 1), class 1 on the inner ring (radius 0.5), jittered. */
function circles(o: GeneratorOptions, rng: Random): Points {
  const p = points(o.samples);
  const outer = classSize(o.samples, 2, 0);
  for (let i = 0; i < o.samples; i++) {
    const inner = i >= outer;
    const r = inner ? 0.5 : 1;
    const t = 2 * Math.PI * rng.uniform();
    put(p, i, r * Math.cos(t) + o.noise * rng.normal(), r * Math.sin(t) + o.noise * rng.normal(), inner ? 1 : 0);
  }
  return p;
}

/** Two interleaving half circles: class 0 is the upper arc, class 1 the lower arc shifted right. */
function moons(o: GeneratorOptions, rng: Random): Points {
  const p = points(o.samples);
  const upper = classSize(o.samples, 2, 0);
  for (let i = 0; i < o.samples; i++) {
    const t = Math.PI * rng.uniform();
    const lower = i >= upper;
    const x1 = lower ? 1 - Math.cos(t) : Math.cos(t);
    const x2 = lower ? 0.5 - Math.sin(t) : Math.sin(t);
    put(p, i, x1 + o.noise * rng.normal(), x2 + o.noise * rng.normal(), lower ? 1 : 0);
  }
  return p;
}

/** CS231n's spiral: arm j has radius 0..1 and angle 4j..4(j+1), the angle jittered by `noise`. */
function spiral(o: GeneratorOptions, rng: Random): Points {
  const p = points(o.samples);
  let i = 0;
  for (let j = 0; j < o.classes; j++) {
    const n = classSize(o.samples, o.classes, j);
    for (let k = 0; k < n; k++, i++) {
      const r = linspace(0, 1, n, k);
      const t = linspace(4 * j, 4 * (j + 1), n, k) + o.noise * rng.normal();
      put(p, i, r * Math.sin(t), r * Math.cos(t), j);
    }
  }
  return p;
}

/**
 * The course's planar "flower": a rose curve r = 4·sin(4t) with 4 petals in each class;
 * class j takes the angles 3.12·j..3.12·(j+1), and both angle and radius are jittered by `noise`.
 */
function flower(o: GeneratorOptions, rng: Random): Points {
  const petals = 4;
  const p = points(o.samples);
  let i = 0;
  for (let j = 0; j < 2; j++) {
    const n = classSize(o.samples, 2, j);
    for (let k = 0; k < n; k++, i++) {
      const t = linspace(3.12 * j, 3.12 * (j + 1), n, k) + o.noise * rng.normal();
      const r = petals * Math.sin(4 * t) + o.noise * rng.normal();
      put(p, i, r * Math.sin(t), r * Math.cos(t), j);
    }
  }
  return p;
}

/** `classes` Gaussian blobs of standard deviation `noise`, centred evenly on a circle of radius 2. */
function blobs(o: GeneratorOptions, rng: Random): Points {
  const p = points(o.samples);
  let i = 0;
  for (let j = 0; j < o.classes; j++) {
    const a = (2 * Math.PI * j) / o.classes;
    const n = classSize(o.samples, o.classes, j);
    for (let k = 0; k < n; k++, i++) {
      put(p, i, 2 * Math.cos(a) + o.noise * rng.normal(), 2 * Math.sin(a) + o.noise * rng.normal(), j);
    }
  }
  return p;
}

/**
 * Uniform points in [-1, 1]². Regression: y = 2·x1 - 3·x2 + 1 + noise·N(0, 1).
 * Classification: class 1 where 2·x1 - 3·x2 + 1 + noise·N(0, 1) > 0 (separable when noise is 0).
 */
function linear(o: GeneratorOptions, rng: Random): Points {
  const p = points(o.samples);
  const targets = new Float64Array(o.samples);
  for (let i = 0; i < o.samples; i++) {
    const x1 = 2 * rng.uniform() - 1;
    const x2 = 2 * rng.uniform() - 1;
    const y = LINEAR_W[0] * x1 + LINEAR_W[1] * x2 + LINEAR_B + o.noise * rng.normal();
    targets[i] = y;
    put(p, i, x1, x2, y > 0 ? 1 : 0);
  }
  if (o.regression) p.targets = targets;
  return p;
}

const GENERATORS: Record<GeneratorKind, (o: GeneratorOptions, rng: Random) => Points> = {
  xor,
  circles,
  moons,
  spiral,
  flower,
  blobs,
  linear,
};

export function generatePoints(kind: GeneratorKind, o: GeneratorOptions, rng: Random): Points {
  return GENERATORS[kind](o, rng);
}
