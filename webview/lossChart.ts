// The training cost per step, the test cost where there is a test set, and the batch accuracy on a
// second axis (classification only), with a log-scale toggle kept across reloads.

import type { Section } from './section';
import type { ViewState } from './state';
import { createStepChart, ThinnedSeries } from './stepChart';
import { loadState, saveState } from './vscodeApi';

export function createLossChart(body: HTMLElement): Section {
  const chart = createStepChart(body, {
    id: 'loss',
    description: 'Cost and accuracy over training steps',
    yTitle: 'cost',
    y1Title: 'accuracy',
    logScale: loadState().logScale ?? false,
    onLogScale: (on) => saveState({ logScale: on }),
    empty: 'The cost appears once training starts.',
  });
  const cost = new ThinnedSeries();
  const accuracy = new ThinnedSeries();
  return {
    render: (s: ViewState) => {
      const series = s.run?.series;
      const points = series?.points ?? [];
      const generation = series?.generation ?? 0;
      chart.draw([
        {
          spec: { label: 'training cost J' },
          points: cost.update(
            points,
            generation,
            (p) => p.step,
            (p) => p.cost,
          ),
        },
        {
          spec: { label: 'test cost', dots: true },
          points: (series?.test ?? []).map((p) => ({ x: p.step, y: p.cost })),
        },
        {
          spec: { label: 'accuracy', axis: 'y1', dashed: true },
          points: accuracy.update(
            points,
            generation,
            (p) => p.step,
            (p) => p.accuracy,
          ),
        },
      ]);
    },
    retheme: () => chart.retheme(),
  };
}
