// The per-batch-size buffers of one forward/backward pass, allocated once and reused every step.

/** Index l is layer l (1..L); A[0] is the input batch (set by forward), Z[0], dZ[0], dA[0] are unused. */
export class Workspace {
  readonly Z: Float64Array[] = [];
  readonly A: Float64Array[] = [];
  readonly dZ: Float64Array[] = [];
  readonly dA: Float64Array[] = [];
  /** Per-column log-sum-exp of a softmax layer, and per-column scratch. */
  readonly lse: Float64Array;
  readonly tmp: Float64Array;

  constructor(
    sizes: readonly number[],
    readonly m: number,
    withBackward: boolean,
  ) {
    const empty = new Float64Array(0);
    this.lse = new Float64Array(m);
    this.tmp = new Float64Array(m);
    for (let l = 0; l < sizes.length; l++) {
      const size = l === 0 ? 0 : sizes[l] * m;
      this.Z.push(l === 0 ? empty : new Float64Array(size));
      this.A.push(l === 0 ? empty : new Float64Array(size));
      this.dZ.push(l === 0 || !withBackward ? empty : new Float64Array(size));
      this.dA.push(l === 0 || !withBackward ? empty : new Float64Array(size));
    }
  }
}
