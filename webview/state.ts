// What the panel knows, and the one pure function that folds each host message (and each of the
// student's choices) into it, saying which sections must be redrawn. No DOM here: unit-tested in Node.

import { entryValue } from './matrixEntry';
import type {
  AnalysisMessage,
  BoundaryDTO,
  ExampleChoice,
  FixResultMessage,
  GradCheckRow,
  HostMessage,
  MatrixEntry,
  PointsMessage,
  RunsMessage,
  SelectEntryMessage,
  SnapshotDTO,
  StatusMessage,
} from '../src/protocol';
import {
  emptyRuns,
  isOtherRun,
  otherRunParts,
  withOtherRunMessage,
  withOverlay,
  withRunList,
  type RunsView,
} from './runsState';
import { appendProgress, emptySeries, type Series } from './series';

export { appendProgress, MAX_SERIES_POINTS, type Series } from './series';

/** The panel's sections, each redrawn when a change concerns it. */
export type Part =
  | 'controls'
  | 'network'
  | 'shapes'
  | 'forward'
  | 'backprop'
  | 'entry'
  | 'timeline'
  | 'loss'
  | 'boundary'
  | 'gradnorms'
  | 'gradcheck'
  | 'runs'
  | 'compare';

/** What the panel knows of the run it follows (the one with the highest id it has heard of). */
export interface RunView {
  runId: number;
  status?: StatusMessage;
  series: Series;
  /** The steps whose snapshot the run keeps, ascending. */
  snapshotSteps: readonly number[];
  /** The boundary of the run's current parameters. */
  liveBoundary?: BoundaryDTO;
  gradcheck?: readonly GradCheckRow[];
}

/** The snapshot on screen, with the boundary of its parameters. */
export interface ShownStep {
  runId: number;
  snapshot: SnapshotDTO;
  boundary?: BoundaryDTO;
}

export interface ViewState {
  analysis?: AnalysisMessage;
  run?: RunView;
  shown?: ShownStep;
  /** The step the student picked on the timeline; undefined while the panel follows the newest one. */
  pinnedStep?: number;
  gradcheckPending: boolean;
  error?: string;
  /** The spec's runs this session, and the ticked ones drawn beside the current run. */
  runs: RunsView;
  /** The host's answer to the last fix the student pressed (shown under Shapes). */
  fixResult?: FixResultMessage;
  /** The matrix entry the student selected; kept across steps while the shown snapshot has it. */
  selected?: MatrixEntry;
  /** How many times the editor asked for the cost J to be explained (each ask opens its explanation). */
  costAsked: number;
  /** Which examples the step's matrices over examples show. */
  examples: ExampleChoice;
}

/** The student's own actions that change what the panel shows. */
export type PanelEvent =
  | { type: 'pin'; step: number | undefined }
  | { type: 'overlay'; runId: number; shown: boolean }
  | { type: 'gradcheckRequested' }
  | { type: 'gradcheckFailed'; message: string }
  | { type: 'select'; entry: MatrixEntry | undefined }
  | { type: 'chooseExamples'; choice: ExampleChoice };

/** What a reloaded panel brings back of the student's choices (from the webview's saved state). */
export interface RestoredChoices {
  pinnedStep?: number;
  selected?: MatrixEntry;
  examples?: ExampleChoice;
}

export interface Reduced {
  state: ViewState;
  changed: Part[];
}

export function initialState(restored: RestoredChoices = {}): ViewState {
  return {
    gradcheckPending: false,
    pinnedStep: restored.pinnedStep,
    runs: emptyRuns,
    selected: restored.selected,
    costAsked: 0,
    examples: restored.examples ?? { by: 'all' },
  };
}

/** A new run replaced the one shown (Reset, Retrain): follow it from its start. */
function newRun(s: ViewState, runId: number): ViewState {
  const generation = (s.run?.series.generation ?? 0) + 1;
  return {
    ...s,
    run: { runId, series: emptySeries(generation), snapshotSteps: [] },
    shown: undefined,
    // The first run a (re)loaded panel hears of keeps the step the student had picked before the reload.
    pinnedStep: s.run ? undefined : s.pinnedStep,
    gradcheckPending: false,
    error: undefined,
  };
}

const RUN_PARTS: Part[] = [
  'controls',
  'network',
  'forward',
  'backprop',
  'entry',
  'timeline',
  'loss',
  'boundary',
  'gradnorms',
  'gradcheck',
  'runs',
  'compare',
];

/** What the run list or a tick may change. */
const OTHER_RUN_PARTS: Part[] = ['runs', 'loss', 'gradnorms', 'compare'];

/** The state with `m` folded in: a message of a newer run starts it, one of an older run is dropped. */
export function reduce(s: ViewState, m: HostMessage | PanelEvent): Reduced {
  if (m.type === 'analysis') return reduceAnalysis(s, m);
  if (m.type === 'points') return reducePoints(s, m);
  if (m.type === 'runs') return reduceRunList(s, m);
  if (m.type === 'fixResult') return { state: { ...s, fixResult: m }, changed: ['shapes'] };
  if (m.type === 'selectEntry') {
    const state =
      m.entry === 'J' ? { ...s, selected: undefined, costAsked: s.costAsked + 1 } : { ...s, selected: m.entry };
    return { state, changed: MATRIX_PARTS };
  }
  if (isPanelEvent(m)) return reduceEvent(s, m);
  if (m.type === 'error' && m.runId === undefined) {
    return { state: { ...s, error: m.message, gradcheckPending: false }, changed: ['controls', 'gradcheck'] };
  }
  const runId = m.runId ?? -1;
  const current = s.run?.runId ?? -1;
  if (isOtherRun(s.runs, runId, current)) {
    const runs = withOtherRunMessage(s.runs, m);
    return runs ? { state: { ...s, runs }, changed: otherRunParts(m.type) } : { state: s, changed: [] };
  }
  if (runId < current) return { state: s, changed: [] };
  const started = runId > current;
  const base = started ? newRun(s, runId) : s;
  const r = reduceRunMessage(base, base.run!, m);
  return started ? { state: r.state, changed: [...new Set([...RUN_PARTS, ...r.changed])] } : r;
}

const EVENTS: ReadonlySet<string> = new Set<PanelEvent['type']>([
  'pin',
  'overlay',
  'gradcheckRequested',
  'gradcheckFailed',
  'select',
  'chooseExamples',
]);
const isPanelEvent = (m: HostMessage | PanelEvent): m is PanelEvent => EVENTS.has(m.type);

/** The sections that draw matrices, or the selected entry. */
const MATRIX_PARTS: Part[] = ['network', 'forward', 'backprop', 'entry'];

function reduceAnalysis(s: ViewState, m: AnalysisMessage): Reduced {
  return {
    state: { ...s, analysis: m },
    changed: ['controls', 'network', 'shapes', 'forward', 'backprop', 'boundary', 'gradcheck'],
  };
}

/** The points of the analysis the page was written with; those of another analysis are dropped. */
function reducePoints(s: ViewState, m: PointsMessage): Reduced {
  const a = s.analysis;
  if (!a || a.points || a.uri !== m.uri || a.version !== m.version) return { state: s, changed: [] };
  return { state: { ...s, analysis: { ...a, points: m.points } }, changed: ['boundary', 'compare'] };
}

/** The host's run list; a newer current run starts over as any new run does. */
function reduceRunList(s: ViewState, m: RunsMessage): Reduced {
  const started = m.current > (s.run?.runId ?? -1);
  const base = started ? newRun(s, m.current) : s;
  const state = { ...base, runs: withRunList(base.runs, m) };
  return { state, changed: started ? RUN_PARTS : OTHER_RUN_PARTS };
}

function reduceEvent(s: ViewState, e: PanelEvent): Reduced {
  switch (e.type) {
    case 'pin':
      return { state: { ...s, pinnedStep: e.step }, changed: ['timeline', 'boundary', 'compare'] };
    case 'overlay':
      return { state: { ...s, runs: withOverlay(s.runs, e.runId, e.shown) }, changed: OTHER_RUN_PARTS };
    case 'gradcheckRequested':
      return { state: { ...s, gradcheckPending: true }, changed: ['gradcheck'] };
    case 'gradcheckFailed':
      return { state: { ...s, gradcheckPending: false, error: e.message }, changed: ['controls', 'gradcheck'] };
    case 'select':
      return { state: { ...s, selected: e.entry }, changed: MATRIX_PARTS };
    case 'chooseExamples':
      return { state: { ...s, examples: e.choice }, changed: ['forward', 'backprop'] };
  }
}

function reduceRunMessage(
  s: ViewState,
  run: RunView,
  m: Exclude<HostMessage, AnalysisMessage | PointsMessage | RunsMessage | FixResultMessage | SelectEntryMessage>,
): Reduced {
  const withRun = (next: Partial<RunView>, changed: Part[], extra: Partial<ViewState> = {}): Reduced => ({
    state: { ...s, ...extra, run: { ...run, ...next } },
    changed,
  });
  switch (m.type) {
    case 'status':
      return withRun({ status: m }, ['controls', 'loss', 'gradnorms', 'boundary', 'runs', 'compare'], {
        error: undefined,
      });
    case 'progress':
      return withRun({ series: appendProgress(run.series, m.points, m.testPoints) }, ['controls', 'loss', 'gradnorms']);
    case 'snapshotSteps':
      return withRun({ snapshotSteps: m.steps.filter((x) => Number.isInteger(x)) }, ['timeline']);
    case 'boundary':
      return withRun({ liveBoundary: m.boundary }, ['boundary', 'compare']);
    case 'snapshot': {
      const shown = { runId: m.runId, snapshot: m.snapshot, boundary: m.boundary };
      // A selection the new snapshot has no entry for (the network or the batch changed) is dropped.
      const selected = s.selected && entryValue(m.snapshot, s.selected) !== undefined ? s.selected : undefined;
      return { state: { ...s, shown, selected }, changed: [...MATRIX_PARTS, 'timeline', 'boundary', 'compare'] };
    }
    case 'gradcheck':
      return withRun({ gradcheck: m.rows }, ['gradcheck'], { gradcheckPending: false });
    case 'error':
      return { state: { ...s, error: m.message, gradcheckPending: false }, changed: ['controls', 'gradcheck'] };
  }
}

/** The step whose snapshot the panel should show: the picked one, or the newest kept one of the run. */
export function wantedStep(s: ViewState): number | undefined {
  const steps = s.run?.snapshotSteps ?? [];
  if (steps.length === 0) return undefined;
  return s.pinnedStep ?? steps[steps.length - 1];
}

/** The snapshot on screen, if it belongs to the run the panel follows. */
export function shownSnapshot(s: ViewState): SnapshotDTO | undefined {
  return s.shown && s.shown.runId === s.run?.runId ? s.shown.snapshot : undefined;
}

/** The boundary on screen: that of the picked step's snapshot, else the live run's (or the shown snapshot's). */
export function shownBoundary(s: ViewState): BoundaryDTO | undefined {
  const ofShown = s.shown?.runId === s.run?.runId ? s.shown?.boundary : undefined;
  if (s.pinnedStep !== undefined) return ofShown;
  return s.run?.liveBoundary ?? ofShown;
}

/** The page's title: the spec's name, else its file's, else the extension's. */
export function panelTitle(s: ViewState): string {
  const a = s.analysis;
  return (a && (a.name || a.fileName)) || 'nnspec';
}

/** Training is blocked by errors in the spec (and no run of an earlier version is on screen). */
export function blockedByErrors(s: ViewState): boolean {
  return s.analysis !== undefined && !s.analysis.runnable && s.analysis.diagnostics.some((d) => d.severity === 'error');
}
