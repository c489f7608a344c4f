// Text widths on a canvas from a cache of each character's advance: numbers and labels use a dozen
// characters, and measuring them one by one for every cell of every frame is what made painting slow.

const advances = new Map<string, Map<string, number>>();

/** The width of `text` in the context's current font (kerning ignored: numbers are set in a monospace font). */
export function textWidth(ctx: CanvasRenderingContext2D, text: string): number {
  let widths = advances.get(ctx.font);
  if (!widths) advances.set(ctx.font, (widths = new Map<string, number>()));
  let sum = 0;
  for (const ch of text) {
    let w = widths.get(ch);
    if (w === undefined) widths.set(ch, (w = ctx.measureText(ch).width));
    sum += w;
  }
  return sum;
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
