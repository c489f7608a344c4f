// Theme colours read from VS Code's --vscode-* variables, and the scales that blend them.

export type Rgb = [number, number, number];

/** Variables with a fallback used when a theme does not define them. */
const VARS: Record<string, string> = {
  fg: 'var(--vscode-editor-foreground, #808080)',
  bg: 'var(--vscode-editor-background, #ffffff)',
  card: 'var(--vscode-editorWidget-background, var(--vscode-editor-background, #ffffff))',
  muted: 'var(--vscode-descriptionForeground, var(--vscode-editor-foreground, #808080))',
  focus: 'var(--vscode-focusBorder, #0078d4)',
  neg: 'var(--vscode-charts-blue, #3794ff)',
  pos: 'var(--vscode-charts-red, #f14c4c)',
  grid: 'var(--vscode-widget-border, var(--vscode-panel-border, rgba(128, 128, 128, 0.35)))',
  error: 'var(--vscode-errorForeground, #f14c4c)',
};

/** The categorical palette for classes and layers, in a fixed order. */
// Classes and series in an order a colour-blind reader can tell apart: never red beside green (blue and
// orange first, as in Okabe and Ito's palette); class markers also differ in shape.
const CHART_FALLBACK: Record<string, string> = {
  blue: '#3794ff',
  red: '#f14c4c',
  green: '#89d185',
  yellow: '#cca700',
  purple: '#b180d7',
  orange: '#d18616',
};
export const CATEGORICAL = ['blue', 'orange', 'yellow', 'purple', 'red', 'green'].map(
  (n) => `var(--vscode-charts-${n}, ${CHART_FALLBACK[n]})`,
);

let probe: HTMLElement | undefined;
/** Colours resolved under the theme named by `resolvedFor`: each resolution forces a style recalculation. */
const resolved = new Map<string, Rgb>();
let resolvedFor = '';

/** Resolves any CSS colour (variables included) to rgb, once per theme (VS Code names it on the body). */
export function resolveColor(css: string): Rgb {
  const theme = `${document.body.className}|${document.body.dataset.vscodeThemeId ?? ''}`;
  if (theme !== resolvedFor) {
    resolved.clear();
    resolvedFor = theme;
  }
  let rgb = resolved.get(css);
  if (!rgb) resolved.set(css, (rgb = computeColor(css)));
  return rgb;
}

/** The colour through the computed style of a hidden probe. */
function computeColor(css: string): Rgb {
  if (!probe) {
    probe = document.createElement('span');
    probe.className = 'color-probe';
    probe.setAttribute('aria-hidden', 'true');
    document.body.append(probe);
  }
  probe.style.color = '';
  probe.style.color = css;
  const m = getComputedStyle(probe).color.match(/[\d.]+/g) ?? ['128', '128', '128'];
  return [Number(m[0]), Number(m[1]), Number(m[2])];
}

export function themeColor(name: keyof typeof VARS): Rgb {
  return resolveColor(VARS[name]);
}

export function cssRgb(c: Rgb, alpha = 1): string {
  return alpha >= 1 ? `rgb(${c[0]}, ${c[1]}, ${c[2]})` : `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${alpha})`;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * A diverging scale on the current theme: blue for negative, the editor background at zero,
 * red for positive, so it reads on light and dark alike. `t` is in [-1, 1]; `strength` caps the tint.
 */
export function divergingScale(strength = 0.85): (t: number) => Rgb {
  const bg = themeColor('bg');
  const neg = themeColor('neg');
  const pos = themeColor('pos');
  return (t) => {
    const c = Math.max(-1, Math.min(1, Number.isFinite(t) ? t : 0));
    return mix(bg, c < 0 ? neg : pos, Math.sqrt(Math.abs(c)) * strength);
  };
}

/** The CSS for a cell tint (set through CSSOM, which the CSP allows): theme-aware via color-mix. */
export function cellTint(t: number): string {
  const c = Math.max(-1, Math.min(1, Number.isFinite(t) ? t : 0));
  // At most 45% of the colour: the cell's number keeps 4.5:1 contrast in the light and dark themes (WCAG AA).
  const pct = Math.round(Math.sqrt(Math.abs(c)) * 45);
  return `color-mix(in srgb, ${c < 0 ? VARS.neg : VARS.pos} ${pct}%, transparent)`;
}

export function maxAbs(data: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < data.length; i++) {
    const a = Math.abs(data[i]);
    if (Number.isFinite(a) && a > m) m = a;
  }
  return m;
}
