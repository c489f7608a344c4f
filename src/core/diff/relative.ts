// How far apart two numbers are, relative to their size and to the size of the matrix they sit in.

/** Entries a million times smaller than their matrix's largest are compared at that scale. */
const SCALE_FLOOR = 1e-6;

/**
 * |a - b| / max(|a|, |b|, 1e-6 · scale), where `scale` is the largest |entry| of the matrix (or
 * of the list of costs). The floor keeps an entry that is zero up to rounding (a sum that cancels)
 * from counting as wildly different. Two NaN agree; NaN against a number is Infinity.
 */
export function relativeDifference(a: number, b: number, scale: number): number {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  const d = Math.abs(a - b);
  if (!Number.isFinite(d)) return Infinity;
  return d / Math.max(Math.abs(a), Math.abs(b), SCALE_FLOOR * scale);
}

/** The largest finite |x| of a matrix or list (0 when none). */
export function magnitude(values: readonly (number | readonly number[])[]): number {
  let max = 0;
  for (const v of values) {
    if (typeof v === 'number') {
      if (Math.abs(v) > max && Number.isFinite(v)) max = Math.abs(v);
    } else max = Math.max(max, magnitude(v));
  }
  return max;
}
