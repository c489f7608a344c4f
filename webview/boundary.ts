// For 2-D inputs: the prediction over the plane with the data points on top (train filled, test
// hollow), a caption and legend for the task (binary, multi-class, regression), and one small map
// per hidden unit of layer 1.

import type { BoundaryDTO, DataPointsDTO } from '../src/protocol';
import { CATEGORICAL, divergingScale, maxAbs } from './colors';
import { el, placeholder, svg } from './dom';
import { lossOf, taskOf, type Task } from './exampleLoss';
import { fmt } from './format';
import { label } from './labels';
import { drawBoundaryLines, drawPoints, outputRange, paintGrid, SIZE, outputColors } from './boundaryPaint';
import type { Section } from './section';
import { shownBoundary, type ViewState } from './state';

const HIDDEN_SIZE = 96;

/** Which parameters the map shows, numbered as the timeline numbers steps: θ_t is what step t starts from. */
export function boundaryCaption(step: number, totalSteps?: number): string {
  if (step === 0) return label('boundary.initial');
  if (totalSteps !== undefined && totalSteps > 0 && step >= totalSteps)
    return label('boundary.final', { step, last: step - 1 });
  return label('boundary.after', { step, last: step - 1 });
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
  if (points && points.test.some((t) => !t)) parts.push(label('boundary.filled'));
  if (points?.test.some((t) => t)) parts.push(label('boundary.hollow'));
  if (task === 'binary') parts.push(label('boundary.binary'));
  else if (task === 'multiclass') parts.push(label('boundary.multiclass'));
  else {
    const { lo, hi } = outputRange(b, task);
    parts.push(label('boundary.regression', { lo: fmt(lo), hi: fmt(hi) }));
  }
  const [x0, x1, y0, y1] = [b.xMin, b.xMax, b.yMin, b.yMax].map((v) => v.toFixed(2));
  const range = label('boundary.range', { x0, x1, y0, y1 });
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
  const items = Array.from({ length: n }, (_, k) => el('li', {}, classMarker(k), label('boundary.class', { cls: k })));
  return el(
    'ul',
    { id: 'boundary-legend', class: 'class-legend', attrs: { 'aria-label': label('boundary.classes') } },
    ...items,
  );
}

function hiddenMaps(b: BoundaryDTO): HTMLElement[] {
  if (b.hidden.length === 0) return [];
  const grid = el('div', {
    class: 'hidden-maps',
    attrs: { 'aria-label': label('boundary.hiddenMaps') },
  });
  b.hidden.forEach((values, u) => {
    const scale = maxAbs(values) || 1;
    const color = divergingScale(0.8);
    const name = label('boundary.hiddenUnit', { unit: u + 1 });
    const c = el('canvas', { class: 'hidden-map', title: name, attrs: { role: 'img', 'aria-label': name } });
    paintGrid(c, b.resolution, (k) => color(values[k] / scale), HIDDEN_SIZE);
    grid.append(el('figure', {}, c, el('figcaption', { text: name })));
  });
  return [el('h3', { text: label('boundary.hiddenHeading') }), grid];
}

/** What a drawn map depends on: when none of it changed, the canvases stay as they are. */
interface Drawn {
  boundary?: BoundaryDTO;
  points?: DataPointsDTO;
  task?: Task;
  which?: string;
  only2d?: boolean;
}

const sameDrawing = (a: Drawn | undefined, b: Drawn): boolean =>
  a !== undefined &&
  a.boundary === b.boundary &&
  a.points === b.points &&
  a.task === b.task &&
  a.which === b.which &&
  a.only2d === b.only2d;

export function createBoundary(body: HTMLElement): Section {
  // Every status message asks for a redraw; repainting unchanged maps took half of a busy panel's paint time.
  let drawn: Drawn | undefined;
  const render = (d: ViewState): void => {
    const b = shownBoundary(d);
    const task = b && boundaryTask(d, b);
    const which = b && boundaryCaption(b.step, d.run?.status?.totalSteps);
    const now: Drawn = {
      boundary: b,
      points: d.analysis?.points,
      task,
      which,
      only2d: d.analysis && !d.analysis.points,
    };
    if (sameDrawing(drawn, now)) return;
    drawn = now;
    body.replaceChildren();
    if (!b || !task || which === undefined) {
      body.append(placeholder(label(now.only2d ? 'boundary.only2d' : 'boundary.notYet')));
      return;
    }
    const main = el('canvas', {
      id: 'boundary-canvas',
      attrs: { role: 'img', 'aria-label': label('boundary.mapName', { which }), 'data-step': String(b.step) },
    });
    const ctx = paintGrid(main, b.resolution, outputColors(b, task), SIZE);
    if (ctx) drawBoundaryLines(ctx, b, task);
    if (ctx && d.analysis?.points) drawPoints(ctx, b, d.analysis.points, task);
    const note = el('p', { id: 'boundary-note', class: 'note', text: boundaryNote(task, b, d.analysis?.points) });
    body.append(
      el('p', { id: 'boundary-step', class: 'step-caption', text: label('boundary.caption', { which }) }),
      el('div', { class: 'boundary-main' }, main, classLegend(task, b), note),
      ...hiddenMaps(b),
    );
  };
  return {
    render,
    retheme: () => {
      drawn = undefined;
    },
  };
}
