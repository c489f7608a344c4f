// The per-batch-size buffers of one forward/backward pass, allocated once and reused every step.
import type { Arena } from './arena';

/** Index l is layer l (1..L); A[0] is the input batch (set by forward), Z[0], dZ[0], dA[0] are unused. */
export class Workspace {
  readonly Z: Float64Array[] = [];
  readonly A: Float64Array[] = [];
  readonly dZ: Float64Array[] = [];
  readonly dA: Float64Array[] = [];
  /** Per-column log-sum-exp of a softmax layer, and per-column scratch. */
  readonly lse: Float64Array;
  readonly tmp: Float64Array;
  /** With an arena: where X and Y are copied when they are not already in it. */
  readonly X?: Float64Array;
  readonly Y?: Float64Array;
  /** Arena buffers of the sparse product (arena-sparse.ts), made on first use and kept. */
  readonly scratches = new Map<string, Float64Array>();

  /** With `arena`, every buffer lives in it (the network's wasm kernels then run in place). */
  constructor(
    sizes: readonly number[],
    readonly m: number,
    withBackward: boolean,
    readonly arena?: Arena,
  ) {
    const alloc = (n: number) => (arena ? arena.alloc(n) : new Float64Array(n));
    const empty = new Float64Array(0);
    this.lse = alloc(m);
    this.tmp = alloc(m);
    for (let l = 0; l < sizes.length; l++) {
      const size = l === 0 ? 0 : sizes[l] * m;
      this.Z.push(l === 0 ? empty : alloc(size));
      this.A.push(l === 0 ? empty : alloc(size));
      this.dZ.push(l === 0 || !withBackward ? empty : alloc(size));
      this.dA.push(l === 0 || !withBackward ? empty : alloc(size));
    }
    if (arena) {
      this.X = alloc(sizes[0] * m);
      this.Y = alloc(sizes[sizes.length - 1] * m);
    }
  }

  /** The arena buffer named `key`, of at least n doubles (a larger one replaces a smaller). */
  scratch(arena: Arena, key: string, n: number): Float64Array {
    let buffer = this.scratches.get(key);
    if (!buffer || buffer.length < n) {
      buffer = arena.alloc(n);
      this.scratches.set(key, buffer);
    }
    return buffer;
  }
}

/** `data` itself when it already lives in the arena, else its copy in `buffer`. */
export function inArena(arena: Arena, data: Float64Array, buffer: Float64Array): Float64Array {
  if (arena.owns(data)) return data;
  buffer.set(data.length === buffer.length ? data : data.subarray(0, buffer.length));
  return buffer;
}
