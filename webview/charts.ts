// chart.js with only the parts the panel uses, coloured from the VS Code theme.

import { Chart, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, Tooltip } from 'chart.js';
import { CATEGORICAL, cssRgb, resolveColor, themeColor } from './colors';
import type { XY } from './decimate';
import { fmt } from './format';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Tooltip);

export { Chart };

/** Every chart of the panel: lines of {x: step, y} points. */
export type LineChart = Chart<'line', XY[]>;

export function seriesColor(k: number): string {
  return cssRgb(resolveColor(CATEGORICAL[k % CATEGORICAL.length]));
}

/** Text, grid and font from the current theme; call again when the theme changes. */
export function applyTheme(chart: LineChart): void {
  const fg = cssRgb(themeColor('fg'));
  const grid = cssRgb(themeColor('fg'), 0.15);
  const o = chart.options;
  o.color = fg;
  for (const s of Object.values(o.scales ?? {})) {
    if (!s) continue;
    s.ticks = { ...s.ticks, color: fg };
    s.grid = { ...s.grid, color: grid };
    if ('title' in s && s.title) s.title.color = fg;
  }
  chart.update('none');
}

/** Chart instances by section, exposed on `window` only when the test harness asks for it. */
export const debugCharts: Record<string, LineChart> = {};

export function registerDebug(name: string, chart: LineChart): void {
  debugCharts[name] = chart;
  const w = window as unknown as { __nnspecDebug?: boolean; __nnspecCharts?: Record<string, LineChart> };
  if (w.__nnspecDebug) w.__nnspecCharts = debugCharts;
}

/**
 * Switches a chart's y axis between linear and log. Log ticks are labelled at whole decades only,
 * with our own formatter: chart.js's log formatter dominated each update (Intl per tick).
 */
export function setLogScale(chart: LineChart, log: boolean): void {
  const y = chart.options.scales?.y;
  if (!y) return;
  y.type = log ? 'logarithmic' : 'linear';
  y.ticks = {
    ...y.ticks,
    callback: (v) => {
      const n = Number(v);
      if (!log) return fmt(n);
      const e = Math.log10(n);
      return Math.abs(e - Math.round(e)) < 1e-9 ? fmt(n) : '';
    },
  };
  chart.update('none');
}
