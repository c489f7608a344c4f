// What the two charts over the training steps share: the canvas, a log-scale toggle, a placeholder
// until there is data, per-series thinning for drawing (at most 1000 points each), and a table of the
// drawn values as the chart's text alternative.

import { applyTheme, Chart, onAxis, seriesColor, setLogScale, STEP_AXIS, STEP_CHART_OPTIONS } from './charts';
import { Decimator, type XY } from './decimate';
import { el, placeholder } from './dom';
import { fmt } from './format';

export const MAX_POINTS = 1000;
/** Rows of the text alternative: the drawn points, evenly sampled. */
const TABLE_ROWS = 50;

export interface SeriesSpec {
  label: string;
  /** 'y1' for a second axis on the right (accuracy, 0 to 1). */
  axis?: 'y' | 'y1';
  /** Points only, no line (test costs, evaluated now and then). */
  dots?: boolean;
  dashed?: boolean;
}

export interface StepChartOptions {
  id: string;
  /** What the chart shows, for screen readers and the table's caption. */
  description: string;
  yTitle: string;
  /** A second axis on the right, from 0 to 1 (accuracy). */
  y1Title?: string;
  logScale: boolean;
  onLogScale?: (on: boolean) => void;
  empty: string;
}

export interface StepChart {
  /** Sets the series to draw: each one's points, step by step (thinned here for drawing). */
  draw(series: { spec: SeriesSpec; points: XY[] }[]): void;
  retheme(): void;
}

function dataset(spec: SeriesSpec, k: number) {
  const color = seriesColor(k);
  return {
    label: spec.label,
    data: [] as XY[],
    yAxisID: spec.axis ?? 'y',
    borderColor: color,
    backgroundColor: color,
    pointRadius: spec.dots ? 3 : 0,
    showLine: !spec.dots,
    borderWidth: spec.axis === 'y1' ? 1 : 1.5,
    borderDash: spec.dashed ? [4, 3] : undefined,
  };
}

/** The drawn values as a table, one row per sampled step: what the chart says, readable without it. */
function valuesTable(caption: string, series: { spec: SeriesSpec; points: XY[] }[]): HTMLTableElement {
  const steps = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const picked =
    steps.length <= TABLE_ROWS
      ? steps
      : Array.from({ length: TABLE_ROWS }, (_, i) => steps[Math.round((i * (steps.length - 1)) / (TABLE_ROWS - 1))]);
  const byStep = series.map((s) => new Map(s.points.map((p) => [p.x, p.y])));
  return el(
    'table',
    { class: 'chart-values' },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, el('th', { text: 'step' }), ...series.map((s) => el('th', { text: s.spec.label })))),
    el(
      'tbody',
      {},
      ...picked.map((x) =>
        el(
          'tr',
          {},
          el('th', { text: String(x) }),
          ...byStep.map((m) => el('td', { text: m.has(x) ? fmt(m.get(x)!) : '' })),
        ),
      ),
    ),
  );
}

export function createStepChart(body: HTMLElement, o: StepChartOptions): StepChart {
  const canvas = el('canvas', { id: `${o.id}-canvas`, attrs: { role: 'img', 'aria-label': o.description } });
  const log = el('input', { id: `${o.id}-log`, attrs: { type: 'checkbox' } });
  log.checked = o.logScale;
  const box = el('div', { class: 'chart-box' }, canvas);
  const empty = placeholder(o.empty);
  const table = el(
    'details',
    { id: `${o.id}-table`, class: 'chart-table' },
    el('summary', { text: 'Show as a table' }),
  );
  body.append(el('label', { class: 'toggle' }, log, ' log scale'), empty, box, table);

  const scales: Record<string, object> = {
    x: STEP_AXIS,
    y: { type: 'linear', title: { display: true, text: o.yTitle } },
  };
  if (o.y1Title) {
    scales.y1 = {
      type: 'linear',
      position: 'right',
      min: 0,
      max: 1,
      title: { display: true, text: o.y1Title },
      grid: { drawOnChartArea: false },
    };
  }
  const chart = new Chart<'line', XY[]>(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: { ...STEP_CHART_OPTIONS, scales },
  });
  applyTheme(chart);
  setLogScale(chart, log.checked);

  let last: { spec: SeriesSpec; points: XY[] }[] = [];
  const draw = (series: { spec: SeriesSpec; points: XY[] }[]): void => {
    last = series;
    const drawn = series.filter((s) => s.points.length > 0);
    box.hidden = drawn.length === 0;
    empty.hidden = !box.hidden;
    chart.data.datasets = drawn.map((s, k) => ({
      ...dataset(s.spec, k),
      data: s.spec.axis === 'y1' ? s.points : onAxis(s.points, log.checked),
    }));
    chart.update('none');
    table.replaceChildren(el('summary', { text: 'Show as a table' }), valuesTable(o.description, drawn));
  };
  log.addEventListener('change', () => {
    o.onLogScale?.(log.checked);
    setLogScale(chart, log.checked);
    draw(last);
  });
  return {
    draw,
    retheme: () => {
      applyTheme(chart);
      draw(last);
    },
  };
}

/** Feeds a growing series into a Decimator incrementally, starting over when the series was thinned. */
export class ThinnedSeries {
  private decimator = new Decimator(MAX_POINTS);
  private generation = -1;

  /** The points to draw for `values` (one per step), fed from where the last call stopped. */
  update<T>(items: readonly T[], generation: number, x: (t: T) => number, y: (t: T) => number | undefined): XY[] {
    if (generation !== this.generation || items.length < this.decimator.fed) {
      this.generation = generation;
      this.decimator = new Decimator(MAX_POINTS);
    }
    for (let k = this.decimator.fed; k < items.length; k++) this.decimator.push(x(items[k]), y(items[k]));
    return this.decimator.points();
  }
}
