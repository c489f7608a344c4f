// ||dW[l]|| per layer over the steps, log scale by default so vanishing gradients show.

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
import { MAX_POINTS } from './lossChart';

export function createGradNormChart(body: HTMLElement): { render: (d: PanelData) => void; retheme: () => void } {
  const canvas = el('canvas', {
    id: 'gradnorms-canvas',
    attrs: { role: 'img', 'aria-label': 'Gradient norm of every layer over training steps' },
  });
  const log = el('input', { id: 'gradnorms-log', attrs: { type: 'checkbox' } });
  log.checked = true;
  const box = el('div', { class: 'chart-box' }, canvas);
  const empty = placeholder('Gradient norms appear once training starts.');
  body.append(el('label', { class: 'toggle' }, log, ' log scale'), empty, box);

  const chart = new Chart<'line', XY[]>(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      ...STEP_CHART_OPTIONS,
      scales: {
        x: STEP_AXIS,
        y: { type: 'linear', title: { display: true, text: '||dW[l]||' } },
      },
    },
  });
  registerDebug('gradnorms', chart);
  applyTheme(chart);
  setLogScale(chart, log.checked);
  let last: PanelData | undefined;
  log.addEventListener('change', () => {
    setLogScale(chart, log.checked);
    if (last) render(last);
  });

  let layers: Decimator[] = [];
  let fed = 0;
  let generation = -1;

  const render = (d: PanelData): void => {
    last = d;
    const s = d.series;
    if (s.generation !== generation || s.steps.length < fed) {
      generation = s.generation;
      layers = [];
      fed = 0;
    }
    for (; fed < s.steps.length; fed++) {
      const g = s.gradNorms[fed];
      while (layers.length < g.length) layers.push(new Decimator(MAX_POINTS));
      layers.forEach((dec, l) => dec.push(s.steps[fed], g[l]));
    }
    box.hidden = s.steps.length === 0;
    empty.hidden = !box.hidden;
    const L = layers.length;
    const sets = chart.data.datasets;
    while (sets.length < L) {
      const k = sets.length;
      sets.push({
        label: `||dW[${k + 1}]||`,
        data: [],
        borderColor: seriesColor(k),
        backgroundColor: seriesColor(k),
        pointRadius: 0,
        borderWidth: 1.5,
      });
    }
    sets.length = L;
    sets.forEach((ds, l) => {
      ds.data = onAxis(layers[l].points(), log.checked);
    });
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
