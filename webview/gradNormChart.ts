// ||dW[l]|| per layer over the steps, on a log scale by default so vanishing gradients show.

import type { Section } from './section';
import type { ViewState } from './state';
import { createStepChart, ThinnedSeries } from './stepChart';

export function createGradNormChart(body: HTMLElement): Section {
  const chart = createStepChart(body, {
    id: 'gradnorms',
    description: 'Gradient norm of every layer over training steps',
    yTitle: '||dW[l]||',
    logScale: true,
    empty: 'Gradient norms appear once training starts.',
  });
  let layers: ThinnedSeries[] = [];
  return {
    render: (s: ViewState) => {
      const series = s.run?.series;
      const points = series?.points ?? [];
      const L = points[0]?.gradNorms.length ?? 0;
      while (layers.length < L) layers.push(new ThinnedSeries());
      layers = layers.slice(0, L);
      chart.draw(
        layers.map((t, l) => ({
          spec: { label: `||dW[${l + 1}]||` },
          points: t.update(
            points,
            series?.generation ?? 0,
            (p) => p.step,
            (p) => p.gradNorms[l],
          ),
        })),
      );
    },
    retheme: () => chart.retheme(),
  };
}
