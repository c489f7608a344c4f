// The training panel: builds the sections, keeps what the host sends, and redraws what changed
// at most once per animation frame.

import { isHostMessage, type HostMessage } from '../src/protocol';
import { createBackprop } from './backprop';
import { createBoundary } from './boundary';
import { createControls } from './controls';
import { el, section } from './dom';
import { createForward } from './forward';
import { createGradcheck } from './gradcheck';
import { createGradNormChart } from './gradNormChart';
import { createLossChart } from './lossChart';
import { createNetwork } from './network';
import { createShapes } from './shapesView';
import { appendProgress, createData, truncateFrom, type PanelData } from './store';
import { createTimeline } from './timeline';
import { post, saveState } from './vscodeApi';

type Part =
  | 'controls'
  | 'network'
  | 'shapes'
  | 'forward'
  | 'backprop'
  | 'timeline'
  | 'loss'
  | 'boundary'
  | 'gradnorms'
  | 'gradcheck';

function start(): void {
  const root = document.getElementById('app') ?? document.body;
  const title = el('h1', { id: 'title', text: 'nnspec' });
  root.append(title);
  const made = (id: Part, heading: string): HTMLElement => {
    const s = section(id, heading);
    root.append(s.root);
    return s.body;
  };

  const data: PanelData = createData();
  const controlsBody = made('controls', 'Controls');
  const timelineBody = made('timeline', 'Timeline');
  const render: Record<Part, (d: PanelData) => void> = {
    controls: createControls(controlsBody),
    timeline: createTimeline(timelineBody, (step) => {
      data.pinnedStep = step;
    }),
    network: createNetwork(made('network', 'Network')),
    shapes: createShapes(made('shapes', 'Shapes')),
    forward: createForward(made('forward', 'Forward values')),
    backprop: createBackprop(made('backprop', 'Backprop step')),
    loss: () => undefined,
    boundary: createBoundary(made('boundary', 'Decision boundary')),
    gradnorms: () => undefined,
    gradcheck: () => undefined,
  };
  const loss = createLossChart(made('loss', 'Loss over time'));
  const gradnorms = createGradNormChart(made('gradnorms', 'Gradient norms'));
  render.loss = loss.render;
  render.gradnorms = gradnorms.render;
  render.gradcheck = createGradcheck(made('gradcheck', 'Gradient check'), () => {
    data.gradcheckPending = true;
    schedule(['gradcheck']);
  });

  const dirty = new Set<Part>(Object.keys(render) as Part[]);
  let frame = 0;
  function schedule(parts: Part[]): void {
    for (const p of parts) dirty.add(p);
    if (!frame) frame = requestAnimationFrame(flush);
  }
  let blocked = false;
  function flush(): void {
    frame = 0;
    const parts = [...dirty];
    dirty.clear();
    for (const p of parts) render[p](data);
    // Training is blocked by errors: bring them onto the first screen, once each time it becomes so.
    const nowBlocked =
      data.analysis !== undefined &&
      !data.analysis.runnable &&
      data.analysis.diagnostics.some((x) => x.severity === 'error');
    if (nowBlocked && !blocked) document.getElementById('shapes')?.scrollIntoView({ block: 'start' });
    blocked = nowBlocked;
  }

  /**
   * A new run (Reset, Retrain) replaced the one shown: a step picked in the old run and its
   * snapshot mean nothing in the new one, so the panel follows the new run from its start.
   */
  function startOver(): Part[] {
    data.runsStarted++;
    data.pinnedStep = undefined;
    data.snapshot = undefined;
    return ['network', 'forward', 'backprop', 'boundary', 'timeline'];
  }

  /** Folds one host message into the data and says which sections must be redrawn. */
  function apply(msg: HostMessage): Part[] {
    switch (msg.type) {
      case 'analysis': {
        data.analysis = msg;
        title.textContent = msg.name || msg.fileName || 'nnspec';
        const uri = (msg as { uri?: unknown }).uri;
        if (typeof uri === 'string') saveState({ uri });
        return ['controls', 'network', 'shapes', 'forward', 'backprop', 'boundary', 'gradcheck'];
      }
      case 'status': {
        truncateFrom(data.series, msg.step); // `step` counts the steps run: anything beyond is from an earlier run
        const totalChanged = data.status?.totalSteps !== msg.totalSteps; // the boundary's caption names the last step
        const startedOver = data.status !== undefined && msg.step < data.status.step;
        data.status = msg;
        data.error = undefined;
        if (startedOver) return [...startOver(), 'controls', 'loss', 'gradnorms'];
        return totalChanged ? ['controls', 'loss', 'gradnorms', 'boundary'] : ['controls', 'loss', 'gradnorms'];
      }
      case 'progress':
        appendProgress(data.series, msg.points, msg.testPoints);
        return ['controls', 'loss', 'gradnorms'];
      case 'snapshotSteps': {
        const steps = msg.steps.filter((s) => Number.isInteger(s));
        // Within a run the newest recorded step only grows: a list that ends earlier is a new run's.
        const before = data.snapshotSteps.at(-1);
        const startedOver = before !== undefined && !((steps.at(-1) ?? -1) >= before);
        data.snapshotSteps = steps;
        return startedOver ? startOver() : ['timeline'];
      }
      case 'snapshot':
        data.snapshot = msg.snapshot;
        return ['network', 'forward', 'backprop', 'timeline'];
      case 'boundary':
        // While a step is picked on the timeline, the live run's boundaries would hide that step's.
        if (data.pinnedStep !== undefined && msg.boundary.step !== data.pinnedStep) return [];
        data.boundary = msg.boundary;
        return ['boundary'];
      case 'gradcheck':
        data.gradcheck = msg.rows;
        data.gradcheckPending = false;
        return ['gradcheck'];
      case 'error':
        data.error = msg.message;
        data.gradcheckPending = false;
        return ['controls', 'gradcheck'];
    }
  }

  window.addEventListener('message', (e: MessageEvent) => {
    if (isHostMessage(e.data)) schedule(apply(e.data));
  });

  // VS Code swaps the body's theme class; canvases must be repainted with the new colours.
  new MutationObserver(() => {
    loss.retheme();
    gradnorms.retheme();
    schedule(['network', 'forward', 'backprop', 'boundary']);
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });

  const hostUri = root.dataset.uri ?? document.body.dataset.uri; // the host writes the spec's uri on #app
  if (hostUri) saveState({ uri: hostUri });
  schedule([]);
  post({ type: 'ready' });
}

// The host may load this script in <head>: wait for the body.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
