// For 2-D inputs: the decision boundary of the current run and of each ticked run side by side, at
// the current run's step (the one on its own map), each captioned with the step it really shows.

import type { BoundaryDTO, DataPointsDTO, RunSummary } from '../src/protocol';
import { boundaryTask } from './boundary';
import { drawBoundaryLines, drawPoints, outputColors, paintGrid, SIZE } from './boundaryPaint';
import type { Task } from './exampleLoss';
import { comparedBoundaries, type ComparedBoundary } from './comparison';
import { el, placeholder } from './dom';
import { label } from './labels';
import type { Section } from './section';
import type { ViewState } from './state';

const sameBounds = (a: BoundaryDTO, b: BoundaryDTO | undefined) =>
  b !== undefined && a.xMin === b.xMin && a.xMax === b.xMax && a.yMin === b.yMin && a.yMax === b.yMax;

/** Why a run's map is not of the step asked for. */
function why(r: RunSummary | undefined): string {
  if (!r) return '';
  if (!r.live) return label('compare.onlyLast');
  return label(r.status === 'running' || r.status === 'paused' ? 'compare.training' : 'compare.nearest');
}

/** A boundary painted once (with the file's points, or without them), kept while it is shown. */
type Painted = WeakMap<BoundaryDTO, { canvas: HTMLCanvasElement; points?: DataPointsDTO }>;

function paint(
  b: BoundaryDTO,
  name: string,
  points: DataPointsDTO | undefined,
  task: Task,
  painted: Painted,
): HTMLCanvasElement {
  const kept = painted.get(b);
  if (kept && kept.points === points) return kept.canvas;
  const canvas = el('canvas', {
    class: 'compare-map',
    attrs: { role: 'img', 'aria-label': label('compare.mapName', { run: name, step: b.step }) },
  });
  const ctx = paintGrid(canvas, b.resolution, outputColors(b, task), SIZE);
  if (ctx) drawBoundaryLines(ctx, b, task);
  if (ctx && points) drawPoints(ctx, b, points, task);
  painted.set(b, { canvas, points });
  return canvas;
}

/** One run's map; `step` is the step asked for, once it stays put. */
function figure(
  c: ComparedBoundary,
  s: ViewState,
  step: number | undefined,
  first: BoundaryDTO | undefined,
  painted: Painted,
) {
  const b = c.boundary;
  const fig = el('figure', { attrs: { 'data-run': String(c.runId), 'data-step': b ? String(b.step) : '' } });
  if (!b) {
    fig.append(placeholder(label('compare.noBoundary')), el('figcaption', { text: c.name }));
    return fig;
  }
  // The file's points belong on a map of the same data: a run with other data is drawn without them.
  const points = sameBounds(b, first) ? s.analysis?.points : undefined;
  const canvas = paint(b, c.name, points, boundaryTask(s, b), painted);
  const summary = s.runs.list.find((r) => r.runId === c.runId);
  const off = step !== undefined && b.step !== step ? label('compare.notStep', { step, why: why(summary) }) : '';
  fig.append(
    canvas,
    el('figcaption', {}, el('span', { class: 'run-name', text: c.name }), el('br'), `θ_${b.step}${off}`),
  );
  return fig;
}

export function createBoundaryComparison(body: HTMLElement): Section {
  let painted: Painted = new WeakMap();
  return {
    retheme: () => {
      painted = new WeakMap();
    },
    render: (s: ViewState) => {
      body.replaceChildren();
      const { step, settled, runs } = comparedBoundaries(s);
      if (s.analysis && !s.analysis.points) {
        body.append(placeholder(label('compare.only2d')));
        return;
      }
      if (runs.length < 2) {
        body.append(placeholder(label('compare.empty')));
        return;
      }
      const first = runs[0].boundary;
      const caption =
        step === undefined ? label('compare.noneYet') : label(settled ? 'compare.settled' : 'compare.moving', { step });
      body.append(
        el('p', { id: 'compare-step', class: 'step-caption', text: caption }),
        el(
          'div',
          { class: 'compare-maps' },
          ...runs.map((c) => figure(c, s, settled ? step : undefined, first, painted)),
        ),
      );
    },
  };
}
