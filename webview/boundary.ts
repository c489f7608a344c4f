// For 2-D inputs: the prediction over the plane with the data points on top (train filled, test
// hollow), a caption and legend for the task (binary, multi-class, regression), and one small map
// per hidden unit of layer 1.

import type { BoundaryDTO, DataPointsDTO } from '../src/protocol';
import { CATEGORICAL, divergingScale, maxAbs } from './colors';
import { el, placeholder, svg } from './dom';
import { lossOf, taskOf, type Task } from './exampleLoss';
import { fmt } from './format';
import { drawBoundaryLines, drawPoints, outputRange, paintGrid, SIZE, outputColors } from './boundaryPaint';
import type { Section } from './section';
import { shownBoundary, type ViewState } from './state';

const HIDDEN_SIZE = 96;

/** Which parameters the map shows, numbered as the timeline numbers steps: θ_t is what step t starts from. */
export function boundaryCaption(step: number, totalSteps?: number): string {
  if (step === 0) return 'θ_0 (step 0): the initial parameters, before any update.';
  if (totalSteps !== undefined && totalSteps > 0 && step >= totalSteps)
    return `θ_${step}: the final parameters, after the last step (step ${step - 1}).`;
  return `θ_${step} (step ${step}): the parameters after step ${step - 1}'s update.`;
}

/** The task the map shows: from the spec's loss, else from the number of outputs. */
export function boundaryTask(d: ViewState, b: BoundaryDTO): Task {
  const loss = lossOf(d.analysis);
  if (loss) return taskOf(loss, b.classes);
  return b.classes > 1 ? 'multiclass' : 'binary';
}

/** What the map's marks and colours mean, naming only what is drawn. */
export function boundaryNote(task: Task, b: BoundaryDTO, points?: DataPointsDTO): string {
  const parts: string[] = [];
  if (points && points.test.some((t) => !t)) parts.push('filled markers: training set');
  if (points?.test.some((t) => t)) parts.push('hollow markers: test set');
  if (task === 'binary') parts.push('colour: the output a, blue toward 0, red toward 1; dotted line: output = 0.5');
  else if (task === 'multiclass') parts.push('colour: the predicted class; dotted lines: where it changes');
  else {
    const { lo, hi } = outputRange(b, task);
    parts.push(`colour: the predicted value, blue at ${fmt(lo)}, red at ${fmt(hi)}`);
  }
  const [x0, x1, y0, y1] = [b.xMin, b.xMax, b.yMin, b.yMax].map((v) => v.toFixed(2));
  const range = `x from ${x0} to ${x1}, y from ${y0} to ${y1}.`;
  const text = parts.join('; ');
  return `${range} ${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A marker in the class's shape and colour, as the map draws it. */
function classMarker(k: number): SVGSVGElement {
  const s = svg('svg', { width: 12, height: 12, viewBox: '-6 -6 12 12', 'aria-hidden': 'true' });
  const shapes = [
    svg('circle', { r: 4.5 }),
    svg('rect', { x: -4, y: -4, width: 8, height: 8 }),
    svg('polygon', { points: '0,-5 4.5,3.5 -4.5,3.5' }),
    svg('polygon', { points: '0,-5 4.5,0 0,5 -4.5,0' }),
  ];
  const shape = shapes[k % 4];
  shape.style.fill = CATEGORICAL[k % CATEGORICAL.length];
  shape.setAttribute('class', 'legend-marker');
  s.append(shape);
  return s;
}

/** For classes: each class's marker and colour, named. */
function classLegend(task: Task, b: BoundaryDTO): HTMLElement | null {
  if (task === 'regression') return null;
  const n = Math.max(2, b.classes);
  const items = Array.from({ length: n }, (_, k) => el('li', {}, classMarker(k), ` class ${k}`));
  return el('ul', { id: 'boundary-legend', class: 'class-legend', attrs: { 'aria-label': 'Classes' } }, ...items);
}

function hiddenMaps(b: BoundaryDTO): HTMLElement[] {
  if (b.hidden.length === 0) return [];
  const grid = el('div', {
    class: 'hidden-maps',
    attrs: { 'aria-label': 'Activation of each unit of layer 1 over the plane' },
  });
  b.hidden.forEach((values, u) => {
    const scale = maxAbs(values) || 1;
    const color = divergingScale(0.8);
    const c = el('canvas', {
      class: 'hidden-map',
      title: `A[1] unit ${u + 1}`,
      attrs: { role: 'img', 'aria-label': `A[1] unit ${u + 1}` },
    });
    paintGrid(c, b.resolution, (k) => color(values[k] / scale), HIDDEN_SIZE);
    grid.append(el('figure', {}, c, el('figcaption', { text: `A[1] unit ${u + 1}` })));
  });
  return [el('h3', { text: 'Hidden units of layer 1' }), grid];
}

export function createBoundary(body: HTMLElement): Section {
  const render = (d: ViewState): void => {
    body.replaceChildren();
    const b = shownBoundary(d);
    if (!b) {
      const only2d = d.analysis && !d.analysis.points;
      body.append(
        placeholder(
          only2d
            ? 'The decision boundary is drawn for 2-D inputs only.'
            : 'The decision boundary appears with the first steps.',
        ),
      );
      return;
    }
    const task = boundaryTask(d, b);
    const which = boundaryCaption(b.step, d.run?.status?.totalSteps);
    const main = el('canvas', {
      id: 'boundary-canvas',
      attrs: { role: 'img', 'aria-label': `Prediction over the input plane of ${which}`, 'data-step': String(b.step) },
    });
    const ctx = paintGrid(main, b.resolution, outputColors(b, task), SIZE);
    if (ctx) drawBoundaryLines(ctx, b, task);
    if (ctx && d.analysis?.points) drawPoints(ctx, b, d.analysis.points, task);
    const note = el('p', { id: 'boundary-note', class: 'note', text: boundaryNote(task, b, d.analysis?.points) });
    body.append(
      el('p', { id: 'boundary-step', class: 'step-caption', text: `Prediction of ${which}` }),
      el('div', { class: 'boundary-main' }, main, classLegend(task, b), note),
      ...hiddenMaps(b),
    );
  };
  return { render };
}
