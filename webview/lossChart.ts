// The training cost per step, the test cost where there is a test set, and the batch accuracy on a
// second axis (classification only), with a log-scale toggle kept across reloads; the ticked runs' beside them.

import { currentSuffix } from './comparison';
import { lossOverlays, ThinnedByRun, valueAt } from './overlayCharts';
import { label } from './labels';
import type { Section } from './section';
import { pointAt } from './series';
import type { ViewState } from './state';
import { createStepChart, TEST_COST_WIDTH, ThinnedSeries } from './stepChart';
import { loadState, saveState } from './vscodeApi';

export function createLossChart(body: HTMLElement): Section {
  const chart = createStepChart(body, {
    id: 'loss',
    description: label('loss.description'),
    descriptionWithoutY1: label('loss.descriptionCostOnly'),
    yTitle: label('loss.cost'),
    y1Title: label('loss.accuracy'),
    logScale: loadState().logScale ?? false,
    onLogScale: (on) => saveState({ logScale: on }),
    empty: label('loss.empty'),
  });
  const cost = new ThinnedSeries();
  const accuracy = new ThinnedSeries();
  const others = new ThinnedByRun();
  return {
    render: (s: ViewState) => {
      const series = s.run?.series;
      const points = series?.points ?? [];
      const test = series?.test ?? [];
      const generation = series?.generation ?? 0;
      const run = currentSuffix(s);
      chart.draw([
        {
          spec: { label: label('loss.trainingCost', { run }), color: 0 },
          points: cost.update(
            points,
            generation,
            (p) => p.step,
            (p) => p.cost,
          ),
          valueAt: valueAt(points, (p) => p.cost),
        },
        {
          spec: { label: label('loss.testCost', { run }), color: 1, width: TEST_COST_WIDTH },
          points: test.map((p) => ({ x: p.step, y: p.cost })),
          valueAt: (step) => pointAt(test, step)?.cost,
        },
        {
          spec: { label: label('loss.accuracyOf', { run }), axis: 'y1', dashed: true, color: 2 },
          points: accuracy.update(
            points,
            generation,
            (p) => p.step,
            (p) => p.accuracy,
          ),
          valueAt: valueAt(points, (p) => p.accuracy),
        },
        ...lossOverlays(s, others),
      ]);
    },
    retheme: () => chart.retheme(),
  };
}
