// The training panel: builds the sections, folds every host message into the state (reduce), fetches
// the snapshot the state wants, and redraws the sections a change concerns, at most once a frame.

import { isHostMessage, type HostMessage, type WebviewMessage } from '../src/protocol';
import { PendingReplies } from '../src/requests';
import { createBackprop } from './backprop';
import { createBoundary } from './boundary';
import { createControls } from './controls';
import { el, section } from './dom';
import { createForward } from './forward';
import { createGradcheck } from './gradcheck';
import { createGradNormChart } from './gradNormChart';
import { createLossChart } from './lossChart';
import { createNetwork } from './network';
import type { Section } from './section';
import { createShapes } from './shapesView';
import { SnapshotFetcher } from './snapshotFetcher';
import { blockedByErrors, initialState, reduce, wantedStep, type Part, type PanelEvent, type ViewState } from './state';
import { createTimeline } from './timeline';
import { loadState, post, saveState } from './vscodeApi';

/** The sections in page order, each with its id and heading. */
const LAYOUT: [Part, string][] = [
  ['controls', 'Controls'],
  ['timeline', 'Timeline'],
  ['network', 'Network'],
  ['shapes', 'Shapes'],
  ['forward', 'Forward values'],
  ['backprop', 'Backprop step'],
  ['loss', 'Loss over time'],
  ['boundary', 'Decision boundary'],
  ['gradnorms', 'Gradient norms'],
  ['gradcheck', 'Gradient check'],
];

/** Sections whose canvases and SVG take the theme's colours: redrawn when the theme changes. */
const PAINTED: Part[] = ['network', 'forward', 'backprop', 'boundary'];

/** The analysis the host wrote into the page (src/node/panelHtml.ts, id nnspec-initial), if any. */
function initialMessage(): HostMessage | undefined {
  const text = document.getElementById('nnspec-initial')?.textContent;
  if (!text) return undefined;
  try {
    const m: unknown = JSON.parse(text);
    return isHostMessage(m) ? m : undefined;
  } catch {
    return undefined;
  }
}

function start(): void {
  const root = document.getElementById('app') ?? document.body;
  const title = el('h1', { id: 'title', text: 'nnspec' });
  root.append(title);
  const bodies = new Map<Part, HTMLElement>();
  for (const [id, heading] of LAYOUT) {
    const s = section(id, heading);
    root.append(s.root);
    bodies.set(id, s.body);
  }
  const body = (p: Part) => bodies.get(p)!;

  let state: ViewState = initialState(loadState().selectedStep);
  const replies = new PendingReplies<HostMessage>();
  const dirty = new Set<Part>(LAYOUT.map(([p]) => p));
  let frame = 0;
  let blocked = false;

  const dispatch = (m: HostMessage | PanelEvent): void => {
    const before = state;
    const r = reduce(state, m);
    state = r.state;
    if (state.pinnedStep !== before.pinnedStep) saveState({ selectedStep: state.pinnedStep });
    if (state.analysis && state.analysis !== before.analysis) {
      title.textContent = state.analysis.name || state.analysis.fileName || 'nnspec';
      saveState({ uri: state.analysis.uri });
    }
    schedule(r.changed);
    fetchWanted();
  };

  const fetcher = new SnapshotFetcher(replies, post, () => fetchWanted());
  function fetchWanted(): void {
    const step = wantedStep(state);
    const run = state.run;
    const shown = state.shown?.runId === run?.runId ? state.shown?.snapshot.step : undefined;
    if (run && step !== undefined) fetcher.want(run.runId, step, shown);
  }

  // Cheap DOM sections first; createTheRest adds the rest after the first paint.
  const sections: Partial<Record<Part, Section>> = {
    controls: createControls(body('controls'), post),
    timeline: createTimeline(body('timeline'), (step) => dispatch({ type: 'pin', step })),
    network: createNetwork(body('network')),
    shapes: createShapes(body('shapes')),
  };
  function createTheRest(): void {
    Object.assign(sections, {
      forward: createForward(body('forward')),
      backprop: createBackprop(body('backprop')),
      loss: createLossChart(body('loss')),
      boundary: createBoundary(body('boundary')),
      gradnorms: createGradNormChart(body('gradnorms')),
      gradcheck: createGradcheck(body('gradcheck'), () => requestGradcheck()),
    } satisfies Partial<Record<Part, Section>>);
    schedule([]);
  }

  function requestGradcheck(): void {
    dispatch({ type: 'gradcheckRequested' });
    void replies.request((requestId) => post({ type: 'requestGradcheck', requestId } satisfies WebviewMessage));
  }

  function schedule(parts: Part[]): void {
    for (const p of parts) dirty.add(p);
    if (!frame) frame = requestAnimationFrame(flush);
  }
  function flush(): void {
    frame = 0;
    const parts = [...dirty];
    dirty.clear();
    for (const p of parts) {
      const s = sections[p];
      if (s) s.render(state);
      else dirty.add(p); // not built yet: drawn once it is
    }
    // Training is blocked by errors: bring them onto the first screen, once each time it becomes so.
    const nowBlocked = blockedByErrors(state);
    if (nowBlocked && !blocked) document.getElementById('shapes')?.scrollIntoView({ block: 'start' });
    blocked = nowBlocked;
  }

  window.addEventListener('message', (e: MessageEvent) => {
    const m: unknown = e.data;
    if (!isHostMessage(m)) return;
    const reply = 'inReplyTo' in m ? m.inReplyTo : undefined;
    // An error answering the fetcher's own request (a run replaced meanwhile) is not the student's business.
    const quiet = reply !== undefined && m.type === 'error' && fetcher.owns(reply);
    if (!quiet) dispatch(m);
    if (reply !== undefined) replies.settle(reply, m);
  });

  // VS Code swaps the body's theme class; canvases must be repainted with the new colours.
  new MutationObserver(() => {
    for (const s of Object.values(sections)) s?.retheme?.();
    schedule(PAINTED);
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });

  const hostUri = root.dataset.uri ?? document.body.dataset.uri; // the host writes the spec's uri on #app
  if (hostUri) saveState({ uri: hostUri });
  // The shapes show at once from the analysis in the page; the host's messages and the charts follow.
  const initial = initialMessage();
  if (initial) dispatch(initial);
  if (frame) cancelAnimationFrame(frame);
  flush();
  post({ type: 'ready' });
  // The sections with charts and canvases are built after the first paint (a task after the frame).
  requestAnimationFrame(() => setTimeout(createTheRest, 0));
}

// The host may load this script in <head>: wait for the body.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
