// Which examples each step trains on: the whole set, or mini-batches of a fresh seeded
// permutation every epoch (the last batch of an epoch is smaller when B does not divide m).

import type { Matrix } from '../engine/matrix';
import { Random } from '../engine/random';

export interface Batch {
  /** (n[0], m) and (n[L], m), row-major; buffers reused from step to step. */
  X: Float64Array;
  Y: Float64Array;
  m: number;
  /** The examples of a mini-batch, in order (a view of the epoch's order: copy it to keep it). */
  examples?: Int32Array;
}

/**
 * The seed of the shuffling stream. Each use of spec.seed has its own stream: initialisation
 * draws from Random(seed), shuffling from Random(shuffleSeed(seed)), and data generation has its
 * own in the data module, so changing the batch size never changes the initial W or the data.
 */
export function shuffleSeed(seed: number): number {
  return (seed ^ 0x5bd1e995) >>> 0;
}

/** Examples per batch for `batch_size` over m examples: all of them for 'full' or a size of m or more. */
export function batchSizeFor(batchSize: 'full' | number, m: number): number {
  return batchSize === 'full' || batchSize >= m ? m : Math.max(1, Math.floor(batchSize));
}

export class BatchSchedule {
  readonly batchesPerEpoch: number;
  /** The example order of the current epoch (the identity for full batches). */
  readonly order: Int32Array;
  /** Examples per batch (the last batch of an epoch may have fewer). */
  readonly batchSize: number;
  private readonly random: Random;
  private readonly full: Batch;
  /** X and Y with one example per row, made once for mini-batches: gathering reads whole rows. */
  private readonly examplesX?: Float64Array;
  private readonly examplesY?: Float64Array;
  private readonly buffers = new Map<number, Batch>();
  private position = 0;

  constructor(
    private readonly X: Matrix,
    private readonly Y: Matrix,
    batchSize: 'full' | number,
    seed: number,
  ) {
    const m = X.cols;
    this.batchSize = batchSizeFor(batchSize, m);
    this.batchesPerEpoch = Math.max(1, Math.ceil(m / this.batchSize));
    this.order = new Int32Array(m);
    for (let i = 0; i < m; i++) this.order[i] = i;
    this.random = new Random(shuffleSeed(seed));
    this.full = { X: X.data, Y: Y.data, m };
    if (!this.isFullBatch) {
      this.examplesX = examplesMajor(X);
      this.examplesY = examplesMajor(Y);
    }
  }

  get isFullBatch(): boolean {
    return this.batchSize === this.X.cols;
  }

  /** The next step's batch; with mini-batches a new epoch starts with a new permutation. */
  next(): Batch {
    if (this.isFullBatch) return this.full;
    const m = this.X.cols;
    if (this.position === 0) {
      for (let i = 0; i < m; i++) this.order[i] = i;
      this.random.shuffle(this.order);
    }
    const start = this.position;
    const count = Math.min(this.batchSize, m - start);
    this.position = start + count >= m ? 0 : start + count;
    return this.gather(this.order.subarray(start, start + count));
  }

  /** The batch of these examples (a step's own again, to replay it); the whole set when there are none. */
  gather(examples: Int32Array | undefined): Batch {
    if (!examples) return this.full;
    const batch = this.buffer(examples.length);
    gatherExamples(this.examplesX!, this.X.rows, examples, batch.X);
    gatherExamples(this.examplesY!, this.Y.rows, examples, batch.Y);
    batch.examples = examples;
    return batch;
  }

  private buffer(count: number): Batch {
    let b = this.buffers.get(count);
    if (!b) {
      b = { X: new Float64Array(this.X.rows * count), Y: new Float64Array(this.Y.rows * count), m: count };
      this.buffers.set(count, b);
    }
    return b;
  }
}

/** The (rows, m) matrix transposed to (m, rows): example j is the contiguous row j. */
function examplesMajor(src: Matrix): Float64Array {
  const out = new Float64Array(src.rows * src.cols);
  // Read as examples-major, src holds `rows` examples of m numbers: taking all of them, in order, transposes it.
  const all = Int32Array.from({ length: src.rows }, (_, i) => i);
  gatherExamples(src.data, src.cols, all, out);
  return out;
}

/**
 * out (rows, examples.length) := those examples of the examples-major `src`, in their order. Eight
 * examples a pass, their rows read side by side: each pass fills a cache line of every row of out.
 */
function gatherExamples(src: Float64Array, rows: number, examples: Int32Array, out: Float64Array): void {
  const count = examples.length;
  let j = 0;
  for (; j + 8 <= count; j += 8) {
    const [a, b, c, d] = [examples[j] * rows, examples[j + 1] * rows, examples[j + 2] * rows, examples[j + 3] * rows];
    const [e, f] = [examples[j + 4] * rows, examples[j + 5] * rows];
    const [g, h] = [examples[j + 6] * rows, examples[j + 7] * rows];
    for (let i = 0, to = j; i < rows; i++, to += count) {
      out[to] = src[a + i];
      out[to + 1] = src[b + i];
      out[to + 2] = src[c + i];
      out[to + 3] = src[d + i];
      out[to + 4] = src[e + i];
      out[to + 5] = src[f + i];
      out[to + 6] = src[g + i];
      out[to + 7] = src[h + i];
    }
  }
  for (; j < count; j++)
    for (let i = 0, to = j, a = examples[j] * rows; i < rows; i++, to += count) out[to] = src[a + i];
}
