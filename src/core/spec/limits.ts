// How much work a spec may ask for. Hard limits are errors (nothing runs); soft limits are
// warnings (the run may start). Measured on a 2-core laptop-class machine; README "Limits" says why.

/** Spec files larger than this are refused: the YAML parser needs about a second per 250 KB on a busy machine. */
export const MAX_SPEC_CHARS = 256 * 1024;

/**
 * Gradient-descent steps in one run (iterations, or epochs × batches per epoch). The 2-4-1 flower
 * network takes about 50 µs a step, so this is some 8 minutes of the smallest network.
 */
export const MAX_STEPS = 10_000_000;

/**
 * Units in one layer. Wider layers are not what the course's networks look like, and each costs m numbers per matrix.
 */
export const MAX_UNITS = 10_000;

/**
 * W and b of every layer together. A run keeps about six copies (θ, gradients,
 * Adam's moments, snapshots): 2,000,000 is about 100 MB.
 */
export const MAX_PARAMETERS = 2_000_000;

/**
 * Examples m (generated samples, CSV rows). 100,000 generated examples are
 * checked in about 30 ms, a CSV of that many (5 columns) in about 0.16 s.
 */
export const MAX_EXAMPLES = 100_000;

/** Classes of a generator or of a one-hot CSV column (ImageNet has 1,000). */
export const MAX_CLASSES = 1_000;

/** Numbers in X and Y together, (n[0] + n[L]) × m: 10,000,000 numbers are 80 MB. */
export const MAX_DATA_NUMBERS = 10_000_000;

/** Bytes of a CSV file: checking a plain 10 MB file takes about 0.4 s here (1.2 s when it needs csv-parse). */
export const MAX_CSV_BYTES = 10 * 2 ** 20;

/**
 * Numbers in one step's matrices: the batch A[0] and Y, and Z, A, dA, dZ of every layer for it,
 * plus W, b, dW, db. The engine holds them once and every recorded step copies them: 16,000,000 is 128 MB.
 */
export const MAX_STEP_NUMBERS = 16_000_000;

/** Above this a recorded step is large (16 MB): the run keeps fewer of them and the panel shows a sample. */
export const LARGE_STEP_NUMBERS = 2_000_000;

/** Numbers `nnspec train --json --steps K` prints for the K steps (about 200 MB of JSON). */
export const MAX_PRINTED_STEP_NUMBERS = 10_000_000;

/** A run estimated to take longer than this (in seconds) gets a warning. */
export const LONG_RUN_SECONDS = 600;

/**
 * The engine's speed, measured (npm run bench's machine): multiply-adds a second in the three
 * matrix products of a step (Z = WA, dW = dZ Aᵀ, dA = Wᵀ dZ), and unit-examples a second in the
 * element-wise work (activations, their derivatives, the loss).
 */
const MULTIPLY_ADDS_PER_SECOND = 7.5e9;
const UNIT_EXAMPLES_PER_SECOND = 5e7;

/** About how long `steps` steps take with `parameters` parameters, `units` units in all layers and batches of m. */
export function estimatedSeconds(steps: number, parameters: number, units: number, m: number): number {
  const perStep = (3 * parameters * m) / MULTIPLY_ADDS_PER_SECOND + (units * m) / UNIT_EXAMPLES_PER_SECOND;
  return steps * perStep;
}

/**
 * '10,000,000': counts in messages, grouped so a student can read them at a glance ('1e+308' when huge).
 * What toLocaleString('en-US') gives, without it: its first call in a thread sets up ICU (about 25 ms).
 */
export function count(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15) return String(n);
  const whole = Math.round(n);
  const grouped = String(Math.abs(whole)).replace(/\B(?=(\d{3})+$)/g, ',');
  return whole < 0 || Object.is(whole, -0) ? `-${grouped}` : grouped;
}

/** '128 MB', '10.5 MB', '3.5 KB': a number of bytes in messages. */
export function bytes(n: number): string {
  const unit = (v: number, name: string) => `${v.toFixed(1).replace(/\.0$/, '')} ${name}`;
  if (n >= 2 ** 30) return unit(n / 2 ** 30, 'GB');
  if (n >= 2 ** 20) return unit(n / 2 ** 20, 'MB');
  if (n >= 1024) return unit(n / 1024, 'KB');
  return `${n} bytes`;
}

/** '40 seconds', '12 minutes', '3 hours', '5 days'. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'forever';
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} seconds`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 48 * 3600) return `${Math.round(seconds / 3600)} hours`;
  return `${count(seconds / 86400)} days`;
}
