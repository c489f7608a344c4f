// Text widths on a canvas from a cache of each character's advance: numbers and labels use a dozen
// characters, and measuring them one by one for every cell of every frame is what made painting slow.

/** Per font: the advances of ASCII characters by code (-1 until measured), and of any others. */
interface Advances {
  ascii: Float64Array;
  other: Map<string, number>;
}
const advances = new Map<string, Advances>();

/**
 * A measure of text in the context's current font (kerning ignored: numbers are set in a monospace font).
 * Taken once per font set: reading `ctx.font` writes the font out anew each time.
 */
export function textMeasure(ctx: CanvasRenderingContext2D): (text: string) => number {
  let a = advances.get(ctx.font);
  if (!a) advances.set(ctx.font, (a = { ascii: new Float64Array(128).fill(-1), other: new Map() }));
  const { ascii, other } = a;
  return (text) => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        let w = ascii[code];
        if (w < 0) w = ascii[code] = ctx.measureText(text[i]).width;
        sum += w;
        continue;
      }
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      i += ch.length - 1;
      let w = other.get(ch);
      if (w === undefined) other.set(ch, (w = ctx.measureText(ch).width));
      sum += w;
    }
    return sum;
  };
}

/** The width of `text` in the context's current font. */
export function textWidth(ctx: CanvasRenderingContext2D, text: string): number {
  return textMeasure(ctx)(text);
}

let detached: CanvasRenderingContext2D | null | undefined;
let detachedFont = '';

/**
 * The width of `text` in `font`, measured on a canvas outside the page: measuring on one in it makes
 * the browser restyle the page first, once per matrix when a snapshot updates them all.
 */
export function detachedTextWidth(font: string, text: string): number {
  detached ??= document.createElement('canvas').getContext('2d');
  if (!detached) return 0;
  if (detachedFont !== font) detached.font = detachedFont = font;
  return textWidth(detached, text);
}
