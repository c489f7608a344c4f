// The training panel: builds the sections, folds every host message into the state (reduce), fetches
// the snapshot the state wants, and redraws the sections a change concerns, at most once a frame.

import {
  isExampleChoice,
  isHostMessage,
  isMatrixEntry,
  type HostMessage,
  type MatrixEntry,
  type WebviewMessage,
} from '../src/protocol';
import { PendingReplies } from '../src/requests';
import { alongExamples } from '../src/core/layout';
import { createBackprop } from './backprop';
import { createBoundary } from './boundary';
import { createBoundaryComparison } from './boundaryCompare';
import { BoundaryFetcher } from './boundaryFetcher';
import { wantedBoundaries } from './comparison';
import { createControls } from './controls';
import { el, section } from './dom';
import { createEntryDetails } from './entryDetails';
import { shownExamples } from './examplePicker';
import { createExplainer } from './explanationView';
import { createForward, shownSnapshot } from './forward';
import { createGradcheck } from './gradcheck';
import { createGradNormChart } from './gradNormChart';
import { createLossChart } from './lossChart';
import { createNetwork } from './network';
import { createRunList } from './runList';
import type { Section } from './section';
import { createShapes } from './shapesView';
import { SnapshotFetcher } from './snapshotFetcher';
import type { MatrixActions } from './matrixSection';
import { overExamples } from './matrixEntry';
import {
  blockedByErrors,
  initialState,
  reduce,
  wantedStep,
  type Part,
  type PanelEvent,
  type RestoredChoices,
  type ViewState,
} from './state';
import { palette } from './matrix/palette';
import { label, setPanelLanguage, type LabelId } from './labels';
import { createTimeline } from './timeline';
import { loadState, post, saveState } from './vscodeApi';

/** The sections in page order, each with its id and heading. */
const LAYOUT: [Part, LabelId][] = [
  ['controls', 'section.controls'],
  ['timeline', 'section.timeline'],
  ['network', 'section.network'],
  ['shapes', 'section.shapes'],
  ['forward', 'section.forward'],
  ['backprop', 'section.backprop'],
  ['entry', 'section.entry'],
  ['runs', 'section.runs'],
  ['loss', 'section.loss'],
  ['boundary', 'section.boundary'],
  ['compare', 'section.compare'],
  ['gradnorms', 'section.gradnorms'],
  ['gradcheck', 'section.gradcheck'],
];

/** The student's choices a reload keeps, as far as they are still well-formed. */
function restored(): RestoredChoices {
  const saved = loadState();
  return {
    pinnedStep: saved.selectedStep,
    examples: isExampleChoice(saved.examples) ? saved.examples : undefined,
    selected: isMatrixEntry(saved.selectedEntry) ? saved.selectedEntry : undefined,
  };
}

/** Keeps the student's choices in the webview state, to survive a reload. */
function saveChoices(before: ViewState, after: ViewState): void {
  if (after.pinnedStep !== before.pinnedStep) saveState({ selectedStep: after.pinnedStep });
  if (after.examples !== before.examples) saveState({ examples: after.examples });
  if (after.selected !== before.selected) saveState({ selectedEntry: after.selected });
}

/** Sections whose canvases and SVG take the theme's colours: redrawn when the theme changes. */
const PAINTED: Part[] = ['network', 'forward', 'backprop', 'boundary', 'compare'];

/** The sections with matrices, charts and canvases, built after the first paint. */
function createLaterSections(
  body: (p: Part) => HTMLElement,
  dispatch: (e: PanelEvent) => void,
  requestGradcheck: () => void,
  current: () => ViewState,
  overlay: (runId: number, shown: boolean) => void,
): Partial<Record<Part, Section>> {
  const matrixActions: MatrixActions = {
    select: (entry) => dispatch({ type: 'select', entry }),
    chooseExamples: (choice) => dispatch({ type: 'chooseExamples', choice }),
  };
  // An operand link selects its entry; an example the chosen ones leave out brings all of them back.
  const follow = (entry: MatrixEntry): void => {
    const d = current();
    const s = shownSnapshot(d);
    const example = s && overExamples(entry.matrix) ? alongExamples(s.exampleAxis, entry.row, entry.col) : undefined;
    if (s && example !== undefined && !shownExamples(d, s).indices.includes(example)) {
      matrixActions.chooseExamples({ by: 'all' });
    }
    matrixActions.select(entry);
  };
  return {
    forward: createForward(body('forward'), matrixActions),
    backprop: createBackprop(body('backprop'), matrixActions),
    entry: createEntryDetails(body('entry'), () => matrixActions.select(undefined), createExplainer(follow)),
    runs: createRunList(body('runs'), overlay),
    loss: createLossChart(body('loss')),
    boundary: createBoundary(body('boundary')),
    compare: createBoundaryComparison(body('compare')),
    gradnorms: createGradNormChart(body('gradnorms')),
    gradcheck: createGradcheck(body('gradcheck'), requestGradcheck),
  };
}

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
  setPanelLanguage(document.documentElement.lang); // <html lang>, written by the host (src/node/panelHtml.ts)
  const title = el('h1', { id: 'title', text: 'nnspec' });
  root.append(title);
  const bodies = new Map<Part, HTMLElement>();
  for (const [id, heading] of LAYOUT) {
    const s = section(id, label(heading));
    root.append(s.root);
    bodies.set(id, s.body);
  }
  const body = (p: Part) => bodies.get(p)!;

  let state: ViewState = initialState(restored());
  const replies = new PendingReplies<HostMessage>();
  const dirty = new Set<Part>(LAYOUT.map(([p]) => p));
  let frame = 0;
  /** Host messages taken in since `ready`, and the count last reported to the host (DrawnMessage). */
  let received = 0;
  let reported = 0;
  let blocked = false;

  const dispatch = (m: HostMessage | PanelEvent): void => {
    const before = state;
    const r = reduce(state, m);
    state = r.state;
    saveChoices(before, state);
    if (state.analysis && state.analysis !== before.analysis) {
      title.textContent = state.analysis.name || state.analysis.fileName || 'nnspec';
      saveState({ uri: state.analysis.uri });
    }
    schedule(r.changed);
    fetchWanted();
  };

  const fetcher = new SnapshotFetcher(replies, post, () => fetchWanted());
  const boundaries = new BoundaryFetcher(replies, post, () => fetchWanted());
  function fetchWanted(): void {
    const step = wantedStep(state);
    const run = state.run;
    const shown = state.shown?.runId === run?.runId ? state.shown?.snapshot.step : undefined;
    if (run && step !== undefined) fetcher.want(run.runId, step, shown);
    boundaries.want(wantedBoundaries(state));
  }

  function overlay(runId: number, shown: boolean): void {
    dispatch({ type: 'overlay', runId, shown });
    post({ type: 'overlay', runId, shown });
  }

  // Cheap DOM sections first; createTheRest adds the rest after the first paint.
  const sections: Partial<Record<Part, Section>> = {
    controls: createControls(body('controls'), post),
    timeline: createTimeline(body('timeline'), (step) => dispatch({ type: 'pin', step })),
    network: createNetwork(body('network')),
    shapes: createShapes(body('shapes'), {
      reveal: (range) => post({ type: 'reveal', range }),
      applyFix: (m) => replies.request((requestId) => post({ type: 'applyFix', requestId, ...m })),
    }),
  };
  function createTheRest(): void {
    Object.assign(
      sections,
      createLaterSections(
        body,
        dispatch,
        () => requestGradcheck(),
        () => state,
        overlay,
      ),
    );
    schedule([]);
    // The matrices' colours cost a style recalculation each: resolved while idle, not when a snapshot arrives.
    requestIdleCallback(() => palette());
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
    // Reported once painted: the host sends a panel behind on painting fewer, merged updates.
    if (received !== reported) post({ type: 'drawn', received: (reported = received) });
  }

  window.addEventListener('message', (e: MessageEvent) => {
    const m: unknown = e.data;
    if (!isHostMessage(m)) return;
    const reply = 'inReplyTo' in m ? m.inReplyTo : undefined;
    // An error answering the fetcher's own request (a run replaced meanwhile) is not the student's business.
    const quiet = reply !== undefined && m.type === 'error' && (fetcher.owns(reply) || boundaries.owns(reply));
    received++;
    if (quiet) schedule([]);
    else dispatch(m);
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
