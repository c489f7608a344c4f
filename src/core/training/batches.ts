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
  const { rows, cols, data } = src;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = data[i * cols + j];
  return out;
}

const GATHER_BLOCK = 8; // examples per pass: each pass writes a whole cache line of out per row
const blockOffsets = new Int32Array(GATHER_BLOCK);

/** out (rows, examples.length) := those examples of the examples-major `src`, in their order. */
function gatherExamples(src: Float64Array, rows: number, examples: Int32Array, out: Float64Array): void {
  const count = examples.length;
  for (let j0 = 0; j0 < count; j0 += GATHER_BLOCK) {
    const width = Math.min(GATHER_BLOCK, count - j0);
    for (let jj = 0; jj < width; jj++) blockOffsets[jj] = examples[j0 + jj] * rows;
    for (let i = 0; i < rows; i++) {
      const to = i * count + j0;
      for (let jj = 0; jj < width; jj++) out[to + jj] = src[blockOffsets[jj] + i];
    }
  }
}
