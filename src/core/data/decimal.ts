// A CSV cell's number, read straight from the file's text: the same double as Number(cell), without
// making a string of every cell (a 784-column file has a million of them).

/** 10^0 … 10^22: every one exactly a double. */
const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Significant digits of a mantissa that stays below 2^53, so that it is exactly a double. */
const MAX_DIGITS = 15;

/**
 * The number in `text` from `start` to `end` (a trimmed cell): NaN when the cell is empty, else what
 * Number gives for it. A plain decimal (`-12.50`, `.5`, `3.`) of at most 15 significant digits and 22
 * decimals is M / 10^k with M and 10^k exact doubles, and one IEEE division rounds that exactly as
 * Number rounds the decimal; anything else (exponents, hex, Infinity, words) is left to Number.
 */
export function cellNumber(text: string, start: number, end: number): number {
  if (start >= end) return NaN;
  let i = start;
  const sign = text.charCodeAt(i);
  if (sign === 45 || sign === 43) i++; // '-' or '+'
  let mantissa = 0;
  let digits = 0; // significant digits so far (leading zeros excluded)
  let decimals = 0;
  let seen = false; // a digit at all
  let point = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      seen = true;
      if (point) decimals++;
      if (mantissa === 0 && c === 48) continue;
      if (++digits > MAX_DIGITS) break;
      mantissa = mantissa * 10 + (c - 48);
    } else if (c === 46 && !point)
      point = true; // '.'
    else break;
  }
  if (i < end || !seen || decimals >= POWERS.length) return Number(text.slice(start, end));
  const value = mantissa / POWERS[decimals];
  return sign === 45 ? -value : value;
}
