// The theme's colours as a canvas matrix needs them: a lookup table of the diverging scale (blue
// negative, background at zero, red positive), the text colour that reads best on each of its
// shades, and the editor's monospace font. Resolved once per theme for all matrices.

import { cssRgb, divergingScale, themeColor, type Rgb } from '../colors';

/** Shades of the scale from -1 to 1. */
export const SHADES = 257;

export interface Palette {
  bg: Rgb;
  card: Rgb;
  fg: Rgb;
  muted: Rgb;
  focus: Rgb;
  error: Rgb;
  /** SHADES rgb triples, shade k for t = 2k/(SHADES-1) - 1. */
  shades: Uint8ClampedArray;
  /** Per shade: the text colour with the higher contrast on it (the foreground or the background), as CSS. */
  ink: string[];
  fontFamily: string;
}

/** The shade index of value v on a scale whose ends are ±scale. */
export function shadeOf(v: number, scale: number): number {
  const t = Math.max(-1, Math.min(1, v / scale));
  return Math.round(((t + 1) * (SHADES - 1)) / 2);
}

const luminance = (c: Rgb): number => {
  const lin = (x: number) => ((x /= 255) <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
};

/** WCAG contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

let current: Palette | undefined;

/** The palette of the current theme, resolved once and shared by every matrix. */
export function palette(): Palette {
  return (current ??= resolvePalette());
}

/** The theme changed: the next paint resolves the colours again. */
export function forgetPalette(): void {
  current = undefined;
}

function resolvePalette(): Palette {
  const fg = themeColor('fg');
  const bg = themeColor('bg');
  const scale = divergingScale(0.8);
  const shades = new Uint8ClampedArray(SHADES * 3);
  const ink: string[] = [];
  for (let k = 0; k < SHADES; k++) {
    const c = scale((2 * k) / (SHADES - 1) - 1);
    shades.set(c, k * 3);
    ink.push(cssRgb(contrast(fg, c) >= contrast(bg, c) ? fg : bg));
  }
  const family = getComputedStyle(document.body).getPropertyValue('--vscode-editor-font-family').trim();
  return {
    bg,
    fg,
    card: themeColor('card'),
    muted: themeColor('muted'),
    focus: themeColor('focus'),
    error: themeColor('error'),
    shades,
    ink,
    fontFamily: family || 'monospace',
  };
}
