// What the two charts over the training steps share: the canvas, a log-scale toggle, a placeholder
// until there is data, per-series thinning for drawing (at most 1000 points each), a legend in HTML,
// and a table of the drawn values as the chart's text alternative.

import { drawLegend } from './chartLegend';
import { applyTheme, Chart, onAxis, seriesColor, setLogScale, stepAxis, STEP_CHART_OPTIONS } from './charts';
import { Decimator, type XY } from './decimate';
import { el, placeholder } from './dom';
import { fmt } from './format';
import { label } from './labels';
import type { Marker } from './runStyle';

export const MAX_POINTS = 1000;
/** Rows of the text alternative: the drawn points, evenly sampled. */
const TABLE_ROWS = 50;
/** About this many markers on a marked line. */
const MARKERS_PER_LINE = 12;

/** The test cost's line width: thicker than the training cost's (1.5), so the two differ without colour. */
export const TEST_COST_WIDTH = 3.5;

export interface SeriesSpec {
  label: string;
  /** 'y1' for a second axis on the right (accuracy, 0 to 1). */
  axis?: 'y' | 'y1';
  dashed?: boolean;
  /** Another run's line: its own dash pattern and marker (see runStyle.ts). */
  dash?: number[];
  marker?: Marker;
  /** Line width in pixels, when the width tells this series from another without colour (the test cost). */
  width?: number;
  /** The palette colour: by default the series' position. */
  color?: number;
}

/** One series to draw: its points (thinned for drawing) and, for the table, its value at any step it has. */
export interface DrawnSeries {
  spec: SeriesSpec;
  points: XY[];
  valueAt?: (step: number) => number | undefined;
}

export interface StepChartOptions {
  id: string;
  /** What the chart shows, for screen readers and the table's caption. */
  description: string;
  /** The description while no series is drawn on the right-hand axis (a loss chart without accuracy). */
  descriptionWithoutY1?: string;
  yTitle: string;
  /** A second axis on the right, from 0 to 1 (accuracy). */
  y1Title?: string;
  logScale: boolean;
  onLogScale?: (on: boolean) => void;
  empty: string;
}

export interface StepChart {
  /** Sets the series to draw: each one's points, step by step (thinned here for drawing). */
  draw(series: DrawnSeries[]): void;
  retheme(): void;
}

const dashOf = (spec: SeriesSpec) => spec.dash ?? (spec.dashed ? [4, 3] : undefined);
const widthOf = (spec: SeriesSpec) => spec.width ?? (spec.axis === 'y1' ? 1 : 1.5);

function dataset(spec: SeriesSpec, color: string, data: XY[]) {
  return {
    label: spec.label,
    data,
    yAxisID: spec.axis ?? 'y',
    borderColor: color,
    backgroundColor: color,
    pointStyle: spec.marker ?? 'circle',
    pointRadius: 0,
    borderWidth: widthOf(spec),
    borderDash: dashOf(spec),
  };
}

/**
 * A marked line's markers as a dataset of their own, on about a dozen of its points (a scriptable
 * point radius would make chart.js resolve every point's options at every update).
 */
function markers(spec: SeriesSpec, color: string, data: XY[], k: number) {
  const every = Math.max(4, Math.ceil(data.length / MARKERS_PER_LINE));
  const offset = (k * 5) % every; // markers of different runs fall on different points
  return {
    label: spec.label,
    data: data.filter((_, i) => i % every === offset),
    yAxisID: spec.axis ?? 'y',
    borderColor: color,
    backgroundColor: color,
    pointStyle: spec.marker,
    pointRadius: 4,
    showLine: false,
  };
}

/** The drawn values as a table, one row per sampled step: what the chart says, readable without it. */
function valuesTable(caption: string, series: DrawnSeries[]): HTMLTableElement {
  const steps = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const picked =
    steps.length <= TABLE_ROWS
      ? steps
      : Array.from({ length: TABLE_ROWS }, (_, i) => steps[Math.round((i * (steps.length - 1)) / (TABLE_ROWS - 1))]);
  // Each series read at the row's step (thinning for drawing keeps different steps of different runs).
  const values = series.map((s) => {
    const drawn = new Map(s.points.map((p) => [p.x, p.y]));
    return (x: number) => s.valueAt?.(x) ?? drawn.get(x);
  });
  return el(
    'table',
    { class: 'chart-values' },
    el('caption', { text: caption }),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { text: label('chart.step') }), ...series.map((s) => el('th', { text: s.spec.label }))),
    ),
    el(
      'tbody',
      {},
      ...picked.map((x) =>
        el(
          'tr',
          {},
          el('th', { text: String(x) }),
          ...values.map((at) => {
            const v = at(x);
            return el('td', { text: v === undefined ? '' : fmt(v) });
          }),
        ),
      ),
    ),
  );
}

/** The chart's page parts: the log-scale toggle, placeholder, legend, canvas and table, appended to `body`. */
function chartParts(body: HTMLElement, o: StepChartOptions) {
  const canvas = el('canvas', { id: `${o.id}-canvas`, attrs: { role: 'img', 'aria-label': o.description } });
  const log = el('input', { id: `${o.id}-log`, attrs: { type: 'checkbox' } });
  log.checked = o.logScale;
  const box = el('div', { class: 'chart-box' }, canvas);
  const empty = placeholder(o.empty);
  const legend = el('ul', {
    id: `${o.id}-legend`,
    class: 'chart-legend',
    attrs: { 'aria-label': label('chart.legend', { chart: o.description }) },
  });
  const table = el(
    'details',
    { id: `${o.id}-table`, class: 'chart-table' },
    el('summary', { text: label('chart.showTable') }),
  );
  body.append(el('label', { class: 'toggle' }, log, label('chart.logScale')), empty, legend, box, table);
  return { canvas, log, box, empty, legend, table };
}

/** The step axis, the values' axis and, with `y1Title`, a 0-to-1 axis on the right (hidden until used). */
function chartScales(o: StepChartOptions): Record<string, object> {
  const scales: Record<string, object> = {
    x: stepAxis(),
    y: { type: 'linear', title: { display: true, text: o.yTitle } },
  };
  if (o.y1Title) {
    scales.y1 = {
      type: 'linear',
      display: false, // until a series is drawn on it (a regression run has no accuracy)
      position: 'right',
      min: 0,
      max: 1,
      title: { display: true, text: o.y1Title },
      grid: { drawOnChartArea: false },
    };
  }
  return scales;
}

/** Sets what the chart says to a screen reader, only when it changes (each set updates the accessibility tree). */
function describer(canvas: HTMLElement, legend: HTMLElement, initial: string): (description: string) => void {
  let said = initial;
  return (description) => {
    if (description === said) return;
    said = description;
    canvas.setAttribute('aria-label', description);
    legend.setAttribute('aria-label', label('chart.legend', { chart: description }));
  };
}

export function createStepChart(body: HTMLElement, o: StepChartOptions): StepChart {
  const { canvas, log, box, empty, legend, table } = chartParts(body, o);
  const chart = new Chart<'line', XY[]>(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: { ...STEP_CHART_OPTIONS, scales: chartScales(o), plugins: { legend: { display: false } } },
  });
  applyTheme(chart);
  setLogScale(chart, log.checked);

  let last: DrawnSeries[] = [];
  const describe = describer(canvas, legend, o.description);
  // Resolving a theme colour restyles the page: once per palette entry and theme, not per draw.
  const colors = new Map<number, string>();
  const colorOf = (k: number) => colors.get(k) ?? (colors.set(k, seriesColor(k)), colors.get(k)!);
  const draw = (series: DrawnSeries[]): void => {
    last = series;
    const drawn = series.filter((s) => s.points.length > 0);
    box.hidden = drawn.length === 0;
    empty.hidden = !box.hidden;
    chart.data.datasets = drawn.flatMap((s, k) => {
      const color = colorOf(s.spec.color ?? k);
      const data = s.spec.axis === 'y1' ? s.points : onAxis(s.points, log.checked);
      const line = dataset(s.spec, color, data);
      return s.spec.marker ? [line, markers(s.spec, color, data, k)] : [line];
    });
    const onY1 = drawn.some((s) => s.spec.axis === 'y1');
    const y1 = chart.options.scales?.y1;
    if (y1) y1.display = onY1;
    // Say only what is drawn: a regression run's chart has no accuracy.
    const description = onY1 || !o.descriptionWithoutY1 ? o.description : o.descriptionWithoutY1;
    describe(description);
    drawLegend(
      legend,
      drawn.map((s, k) => ({
        label: s.spec.label,
        color: colorOf(s.spec.color ?? k),
        dash: dashOf(s.spec),
        width: widthOf(s.spec),
        marker: s.spec.marker,
      })),
    );
    chart.update('none');
    table.replaceChildren(el('summary', { text: label('chart.showTable') }), valuesTable(description, drawn));
  };
  log.addEventListener('change', () => {
    o.onLogScale?.(log.checked);
    setLogScale(chart, log.checked);
    draw(last);
  });
  return {
    draw,
    retheme: () => {
      colors.clear();
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
