// Training cost per step (thinned to ~1000 points), test cost points, accuracy on a second axis,
// and a log-scale toggle.

import {
  applyTheme,
  Chart,
  onAxis,
  STEP_AXIS,
  STEP_CHART_OPTIONS,
  registerDebug,
  seriesColor,
  setLogScale,
} from './charts';
import { Decimator, type XY } from './decimate';
import { el, placeholder } from './dom';
import type { PanelData } from './store';
import { loadState, saveState } from './vscodeApi';

export const MAX_POINTS = 1000;

export function createLossChart(body: HTMLElement): { render: (d: PanelData) => void; retheme: () => void } {
  const canvas = el('canvas', {
    id: 'loss-canvas',
    attrs: { role: 'img', 'aria-label': 'Cost and accuracy over training steps' },
  });
  const log = el('input', { id: 'loss-log', attrs: { type: 'checkbox' } });
  log.checked = loadState().logScale ?? false;
  const box = el('div', { class: 'chart-box' }, canvas);
  const empty = placeholder('The cost appears once training starts.');
  body.append(el('label', { class: 'toggle' }, log, ' log scale'), empty, box);

  const chart = new Chart<'line', XY[]>(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'training cost J',
          data: [],
          yAxisID: 'y',
          borderColor: seriesColor(0),
          backgroundColor: seriesColor(0),
          pointRadius: 0,
          borderWidth: 1.5,
        },
        {
          label: 'test cost',
          data: [],
          yAxisID: 'y',
          showLine: false,
          borderColor: seriesColor(1),
          backgroundColor: seriesColor(1),
          pointRadius: 3,
        },
        {
          label: 'accuracy',
          data: [],
          yAxisID: 'y1',
          borderColor: seriesColor(2),
          backgroundColor: seriesColor(2),
          pointRadius: 0,
          borderWidth: 1,
          borderDash: [4, 3],
        },
      ],
    },
    options: {
      ...STEP_CHART_OPTIONS,
      scales: {
        x: STEP_AXIS,
        y: { type: 'linear', title: { display: true, text: 'cost' } },
        y1: {
          type: 'linear',
          position: 'right',
          min: 0,
          max: 1,
          title: { display: true, text: 'accuracy' },
          grid: { drawOnChartArea: false },
        },
      },
    },
  });
  registerDebug('loss', chart);
  applyTheme(chart);
  setLogScale(chart, log.checked);

  let last: PanelData | undefined;
  log.addEventListener('change', () => {
    saveState({ logScale: log.checked });
    setLogScale(chart, log.checked);
    if (last) render(last);
  });

  let train = new Decimator(MAX_POINTS);
  let acc = new Decimator(MAX_POINTS);
  let generation = -1;

  const render = (d: PanelData): void => {
    last = d;
    const s = d.series;
    if (s.generation !== generation || s.steps.length < train.fed) {
      generation = s.generation;
      train = new Decimator(MAX_POINTS);
      acc = new Decimator(MAX_POINTS);
    }
    for (let k = train.fed; k < s.steps.length; k++) {
      train.push(s.steps[k], s.costs[k]);
      acc.push(s.steps[k], s.accuracies[k]);
    }
    box.hidden = s.steps.length === 0;
    empty.hidden = !box.hidden;
    const [trainSet, testSet, accSet] = chart.data.datasets;
    trainSet.data = onAxis(train.points(), log.checked);
    testSet.data = onAxis(
      s.test.map((p) => ({ x: p.step, y: p.cost })),
      log.checked,
    );
    accSet.data = acc.points();
    accSet.hidden = accSet.data.length === 0;
    chart.update('none');
  };

  return {
    render,
    retheme: () => {
      chart.data.datasets.forEach((ds, k) => {
        ds.borderColor = ds.backgroundColor = seriesColor(k);
      });
      applyTheme(chart);
    },
  };
}
