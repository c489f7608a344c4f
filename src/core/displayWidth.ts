// How many terminal columns text takes: East Asian Wide and Fullwidth characters (Hangul, CJK, fullwidth
// forms) take two, combining marks none, everything else one; and padding to a width counted that way.

/** Code point ranges (inclusive) of East Asian Wide (W) and Fullwidth (F) characters, from Unicode's EastAsianWidth. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed
  [0x3400, 0x4dbf], // CJK unified ideographs extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x2fffd], // CJK extensions B–F
  [0x30000, 0x3fffd], // CJK extension G and after
];

/** Marks drawn on the character before them, and zero-width characters: no column of their own. */
const ZERO: readonly [number, number][] = [
  [0x0300, 0x036f], // combining diacritical marks (the hat of v̂)
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0x20d0, 0x20ff], // combining marks for symbols
  [0xfe00, 0xfe0f], // variation selectors
];

const within = (c: number, ranges: readonly [number, number][]) => ranges.some(([lo, hi]) => c >= lo && c <= hi);

/** The columns one code point takes in a terminal. */
export function charWidth(codePoint: number): 0 | 1 | 2 {
  if (within(codePoint, ZERO)) return 0;
  return within(codePoint, WIDE) ? 2 : 1;
}

/** The columns `text` takes in a terminal: '층' is 2, 'layer' is 5, 'W[1]₂' is 5. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += charWidth(ch.codePointAt(0)!);
  return n;
}

/** `text` followed by spaces up to `width` terminal columns (as String.padEnd, by display width). */
export function padEndTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
