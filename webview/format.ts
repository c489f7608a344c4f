// Numbers and shapes as a textbook prints them.

/** 3 significant digits, plain notation for ordinary magnitudes, exponent for tiny or huge ones. */
export function fmt(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(3)));
  return v.toExponential(2).replace('e+', 'e');
}

/** The value as fmt writes it, then shorter (2 and 1 significant digits), each made only when the one before is too wide. */
export function* fmtForms(v: number): Generator<string> {
  yield fmt(v);
  if (!Number.isFinite(v) || v === 0) return;
  const exp = (digits: number) => v.toExponential(digits).replace('e+', 'e');
  yield exp(1);
  yield exp(0);
}
