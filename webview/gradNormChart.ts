// ||dW[l]|| per layer over the steps, on a log scale by default so vanishing gradients show; the
// ticked runs' beside them.

import { currentSuffix } from './comparison';
import { gradNormOverlays, ThinnedByRun, valueAt } from './overlayCharts';
import { label } from './labels';
import type { Section } from './section';
import type { ViewState } from './state';
import { createStepChart, ThinnedSeries } from './stepChart';

export function createGradNormChart(body: HTMLElement): Section {
  const chart = createStepChart(body, {
    id: 'gradnorms',
    description: label('gradnorms.description'),
    yTitle: '||dW[l]||',
    logScale: true,
    empty: label('gradnorms.empty'),
  });
  let layers: ThinnedSeries[] = [];
  const others = new ThinnedByRun();
  return {
    render: (s: ViewState) => {
      const series = s.run?.series;
      const points = series?.points ?? [];
      const L = points[0]?.gradNorms.length ?? 0;
      while (layers.length < L) layers.push(new ThinnedSeries());
      layers = layers.slice(0, L);
      const named = currentSuffix(s);
      chart.draw([
        ...layers.map((t, l) => ({
          spec: { label: `||dW[${l + 1}]||${named}`, color: l },
          points: t.update(
            points,
            series?.generation ?? 0,
            (p) => p.step,
            (p) => p.gradNorms[l],
          ),
          valueAt: valueAt(points, (p) => p.gradNorms[l]),
        })),
        ...gradNormOverlays(s, others),
      ]);
    },
    retheme: () => chart.retheme(),
  };
}
