// Keeps what is sent to the panel under a size budget: a snapshot, a decision boundary or the data
// points are sampled (evenly spaced examples, units, grid rows) and say what they kept, so a
// 2,000-unit layer or 100,000 examples never make a message of hundreds of MB. Pure.
import type { BoundaryDTO, DataPointsDTO, MatrixSampling } from '../protocol';
import type { Matrix } from './engine/matrix';
import type { LayerSnapshot, Snapshot } from './training/types';

/** The budget of one message to the panel. */
export const MESSAGE_BYTES = 2 * 2 ** 20;
/** A snapshot reply carries the snapshot and its boundary: they share one message's budget. */
export const SNAPSHOT_BYTES = MESSAGE_BYTES * 0.55;
export const BOUNDARY_BYTES = MESSAGE_BYTES * 0.4;
/**
 * A double as JSON with its comma: at most 25 characters (about 22 on average). The budget counts numbers
 * so even where they travel as 8-byte Float64Array (snapshots, boundaries): the panel's lists stay JSON.
 */
export const BYTES_PER_NUMBER = 25;

/** k indices of 0..n-1, evenly spaced, first included (all of them when k >= n). */
export function evenlySpaced(n: number, k: number): number[] {
  if (k >= n) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: Math.max(0, k) }, (_, i) => Math.floor((i * n) / k));
}

/** A matrix sampled out of a bigger one, saying where it sits in it. */
export type SampledMatrix = Matrix & { of: MatrixSampling };

function pick(M: Matrix, rows: readonly number[], cols: readonly number[]): SampledMatrix {
  const data = new Float64Array(rows.length * cols.length);
  rows.forEach((r, i) => cols.forEach((c, j) => (data[i * cols.length + j] = M.data[r * M.cols + c])));
  const of = { rows: M.rows, cols: M.cols, rowIndex: [...rows], colIndex: [...cols] };
  return { rows: rows.length, cols: cols.length, data, of };
}

/** What a sampled snapshot kept: 0-based indices into the full matrices. */
export interface SnapshotSample {
  /** Examples (columns of X, Z, A, ...; rows in the `rows` layout). */
  examples: number[];
  /** units[0]: input features (rows of X); units[l]: units of layer l. */
  units: number[][];
}

/** A snapshot as it goes to the panel: whole (no `sample`), or restricted to what `sample` kept. */
export interface SampledSnapshot {
  snapshot: Snapshot;
  sample?: SnapshotSample;
}

function numbersOf(sizes: readonly number[], examples: number): number {
  let n = (sizes[0] + sizes[sizes.length - 1]) * examples;
  for (let l = 1; l < sizes.length; l++) n += 2 * (sizes[l] * sizes[l - 1] + sizes[l]) + 4 * sizes[l] * examples;
  return n;
}

/** The largest common cap k on examples and on units per layer that fits `numbers`. */
function largestCap(sizes: readonly number[], m: number, numbers: number): number {
  const capped = (k: number) =>
    numbersOf(
      sizes.map((n) => Math.min(n, k)),
      Math.min(m, k),
    );
  let lo = 1;
  let hi = Math.max(m, ...sizes);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (capped(mid) <= numbers) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sampleLayer(layer: LayerSnapshot, units: number[], before: number[], examples: number[]): LayerSnapshot {
  const one = [0];
  return {
    W: pick(layer.W, units, before),
    b: pick(layer.b, units, one),
    Z: pick(layer.Z, units, examples),
    A: pick(layer.A, units, examples),
    dA: pick(layer.dA, units, examples),
    dZ: pick(layer.dZ, units, examples),
    dW: pick(layer.dW, units, before),
    db: pick(layer.db, units, one),
  };
}

/** Whether a whole snapshot of a network of these layer sizes over m examples fits `maxBytes`. */
export function snapshotFits(sizes: readonly number[], m: number, maxBytes = MESSAGE_BYTES): boolean {
  return numbersOf(sizes, m) <= Math.floor(maxBytes / BYTES_PER_NUMBER);
}

/** The cap on examples and units per layer of a snapshot over `maxBytes`; undefined when it fits whole. */
function snapshotCap(sizes: readonly number[], m: number, maxBytes: number): number | undefined {
  return snapshotFits(sizes, m, maxBytes) ? undefined : largestCap(sizes, m, Math.floor(maxBytes / BYTES_PER_NUMBER));
}

/** What a snapshot of a network of these layer sizes over m examples keeps: undefined when it is sent whole. */
export function snapshotSample(
  sizes: readonly number[],
  m: number,
  maxBytes = MESSAGE_BYTES,
): SnapshotSample | undefined {
  const k = snapshotCap(sizes, m, maxBytes);
  return k === undefined ? undefined : { examples: evenlySpaced(m, k), units: sizes.map((n) => evenlySpaced(n, k)) };
}

/**
 * The snapshot itself when it fits `maxBytes`; otherwise the same matrices restricted to evenly
 * spaced examples and units (the same ones in every matrix that has them), with what was kept.
 */
export function sampleSnapshot(s: Snapshot, maxBytes = MESSAGE_BYTES): SampledSnapshot {
  const sizes = [s.X.rows, ...s.layers.map((l) => l.W.rows)];
  const k = snapshotCap(sizes, s.X.cols, maxBytes);
  if (k === undefined) return { snapshot: s };
  const examples = evenlySpaced(s.X.cols, k);
  const units = sizes.map((n) => evenlySpaced(n, k));
  const L = s.layers.length;
  const snapshot: Snapshot = {
    step: s.step,
    cost: s.cost,
    X: pick(s.X, units[0], examples),
    Y: pick(s.Y, s.Y.rows === sizes[L] ? units[L] : evenlySpaced(s.Y.rows, k), examples),
    layers: s.layers.map((layer, i) => sampleLayer(layer, units[i + 1], units[i], examples)),
  };
  return { snapshot, sample: { examples, units } };
}

/**
 * The boundary itself when it fits; otherwise only evenly spaced hidden units of layer 1, their
 * 0-based indices in `hiddenUnits`. The output grid itself (at most 200 × 200 by the setting,
 * 800 KB) always stays.
 */
export function sampleBoundary(
  b: BoundaryDTO,
  maxBytes = MESSAGE_BYTES,
): { boundary: BoundaryDTO; hiddenUnits?: number[] } {
  const cells = b.resolution * b.resolution;
  const budget = Math.floor(maxBytes / BYTES_PER_NUMBER);
  if (cells * (1 + b.hidden.length) <= budget) return { boundary: b };
  const hiddenUnits = evenlySpaced(b.hidden.length, Math.max(0, Math.floor(budget / cells) - 1));
  return { boundary: { ...b, hidden: hiddenUnits.map((i) => b.hidden[i]) }, hiddenUnits };
}

/** The data points themselves when they fit; otherwise evenly spaced ones, and how many there were. */
export function samplePoints(p: DataPointsDTO, maxBytes = MESSAGE_BYTES): { points: DataPointsDTO; of?: number } {
  const n = p.x.length;
  // x, y, label as numbers and the test flag (about a quarter of a number).
  const perPoint = 3.25 * BYTES_PER_NUMBER;
  if (n * perPoint <= maxBytes) return { points: p };
  const kept = evenlySpaced(n, Math.floor(maxBytes / perPoint));
  const points = {
    x: kept.map((i) => p.x[i]),
    y: kept.map((i) => p.y[i]),
    label: kept.map((i) => p.label[i]),
    test: kept.map((i) => p.test[i]),
  };
  return { points, of: n };
}
