// chart.js with only the parts the panel uses, coloured from the VS Code theme.

import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { CATEGORICAL, cssRgb, resolveColor, themeColor } from './colors';
import type { XY } from './decimate';
import { fmt } from './format';
import { label } from './labels';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Tooltip);

export { Chart };

/** Every chart of the panel: lines of {x: step, y} points. */
export type LineChart = Chart<'line', XY[]>;

/** What every chart over the training steps shares: no animation (updates arrive 10× a second), pre-parsed points. */
export const STEP_CHART_OPTIONS = {
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  parsing: false,
  normalized: true,
  interaction: { mode: 'nearest', intersect: false },
} as const;

/** The x axis of every chart over the training steps. */
export const stepAxis = () => ({ type: 'linear', title: { display: true, text: label('chart.step') } }) as const;

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

/**
 * Log scale as log10 of the values on a linear axis, labelled with the values themselves: chart.js's
 * own log axis makes a tick for every 1..9 × 10^k and slowed each update to tens of milliseconds
 * once vanishing gradients spanned dozens of decades.
 */
export function setLogScale(chart: LineChart, log: boolean): void {
  const y = chart.options.scales?.y;
  if (!y) return;
  y.ticks = {
    ...y.ticks,
    callback: (v, _i, ticks) => {
      if (!log) return fmt(Number(v));
      // Over two decades or more, label the whole powers of ten only (1, 0.1, 0.01, ...).
      const whole = ticks.filter((t) => Number.isInteger(t.value)).length >= 2;
      return whole && !Number.isInteger(Number(v)) ? '' : fmt(10 ** Number(v));
    },
  };
  const tooltip = chart.options.plugins?.tooltip;
  if (tooltip) {
    tooltip.callbacks = {
      ...tooltip.callbacks,
      label: (c) => {
        const v = c.parsed.y ?? NaN;
        return `${c.dataset.label ?? ''}: ${fmt(log && c.dataset.yAxisID !== 'y1' ? 10 ** v : v)}`;
      },
    };
  }
}

/** The points as drawn on the y axis: log10 of the positive ones in log mode. */
export function onAxis(points: XY[], log: boolean): XY[] {
  if (!log) return points;
  const out: XY[] = [];
  for (const p of points) if (p.y > 0) out.push({ x: p.x, y: Math.log10(p.y) });
  return out;
}
