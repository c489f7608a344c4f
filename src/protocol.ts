// The messages between the extension host and the training panel (webview), and their runtime checks.
// Both sides import this file; each side validates what it receives before acting on it.
//
// Every message about a run carries the `runId` the host gave it. The panel follows the current run
// (the newest of the file's own runs): the run list (RunsMessage) names the other runs kept this
// session, whose messages the panel draws only while the student overlays them; messages of any
// other run are ignored. A request the panel makes carries a `requestId`; its reply carries the
// same number as `inReplyTo` (see src/requests.ts).

import type { ExplainContext } from './core/explain/types';
import type { Diagnostic, LossKind, Range } from './core/spec/types';
import type { ShapeTable } from './core/shapes/types';
import type { RunStatus } from './core/training/runStatus';

export type { RunStatus } from './core/training/runStatus';

/**
 * A matrix as sent to the panel: row-major numbers, already in the file's layout; typed, so that a
 * snapshot's matrices cross from the worker as copies of bytes and reach the panel as bytes, not JSON.
 */
export interface MatrixDTO {
  rows: number;
  cols: number;
  data: Float64Array;
  /** Present when the matrix is a sample of a bigger one (a big layer over a message's budget). */
  of?: MatrixSampling;
}

/**
 * Where a sampled matrix sits in the whole one: the whole matrix's shape, and the 0-based rows and
 * columns of it that were kept, ascending (row r of the sample is row rowIndex[r] of the whole matrix).
 */
export interface MatrixSampling {
  rows: number;
  cols: number;
  rowIndex: number[];
  colIndex: number[];
}

/** One layer's matrices at a step; W, b are θ_t, before the step's update. */
export interface LayerSnapshotDTO {
  W: MatrixDTO;
  b: MatrixDTO;
  Z: MatrixDTO;
  A: MatrixDTO;
  dA: MatrixDTO;
  dZ: MatrixDTO;
  dW: MatrixDTO;
  db: MatrixDTO;
}

/** The matrices of a step by their letter in the notation; X is A[0] (matrix 'A', layer 0). */
export type MatrixKind = 'W' | 'b' | 'Z' | 'A' | 'dA' | 'dZ' | 'dW' | 'db' | 'Y';

/** One matrix of a step: `layer` is l (1-based), 0 for A[0] = X, and L for Y (the targets of A[L]). */
export interface MatrixRef {
  matrix: MatrixKind;
  layer: number;
}

/**
 * One entry of a step's matrix, in the file's layout; `row` and `col` are 0-based indices
 * (the entry a person calls dW[1][2,1] is row 1, col 0).
 */
export interface MatrixEntry extends MatrixRef {
  row: number;
  col: number;
}

/** Which of the batch's examples the panel's X, Y, Z, A, dZ and dA show; indices are 0-based. */
export type ExampleChoice =
  | { by: 'all' }
  | { by: 'range'; first: number; last: number } // first..last, both included
  | { by: 'class'; label: number } // the examples whose target is that class
  | { by: 'misclassified' }
  | { by: 'largestLoss'; count: number }; // the `count` examples with the largest loss, largest first

/** A W[l], b[l] pair (θ_t+1, or an optimizer moment laid out like it), in the file's layout. */
export interface ParameterPairDTO {
  W: MatrixDTO;
  b: MatrixDTO;
}

/** One layer's update in a step: θ_t+1, and the optimizer's moments before it ([] gd, [v] momentum, [v, s] Adam). */
export interface LayerUpdateDTO extends ParameterPairDTO {
  moments: ParameterPairDTO[];
}

/** Every matrix of one step, in the file's layout. */
export interface SnapshotDTO {
  step: number;
  cost: number;
  /**
   * The axis of X, Y, Z, A, dZ and dA that runs over the examples (1 in `columns`, 0 in `rows`);
   * the other axis runs over units, and so does that axis of W[l] (layer l's units) and b[l].
   */
  exampleAxis: 0 | 1;
  X: MatrixDTO; // A[0]: the batch of that step
  Y: MatrixDTO;
  layers: LayerSnapshotDTO[]; // layers[0] is layer 1
  /** The step's update per layer, for explaining W and b; absent when the run diverged before applying it. */
  update?: LayerUpdateDTO[];
}

/** The scalars of one step: J_t, the batch accuracy, ||dW[l]||_F. */
export interface StepPoint {
  step: number;
  cost: number;
  accuracy?: number;
  gradNorms: number[]; // ||dW[l]||_F, gradNorms[0] is layer 1
}

/** The test set's cost (and accuracy) with θ_t. */
export interface TestPoint {
  step: number;
  cost: number;
  accuracy?: number;
}

/**
 * Prediction over the plane, for 2-D inputs: output[j * resolution + i] at (x_i, y_j), for θ_step.
 * Its grids are typed arrays: they cross from the worker as one copy and reach the panel as bytes, not
 * as JSON numbers the host would write out one by one (at 10 boundaries a second).
 */
export interface BoundaryDTO {
  step: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  resolution: number;
  output: Float64Array; // A[L] (first unit, or argmax class index for several outputs)
  classes: number; // 1 for a single sigmoid/linear output, K for softmax
  hidden: Float64Array[]; // A[1] per hidden unit of layer 1 over the same grid (empty if L = 1)
}

/** The data set's points, to scatter under the decision boundary (2-D inputs only). */
export interface DataPointsDTO {
  x: number[];
  y: number[];
  label: number[]; // class index, or target value for regression
  test: boolean[];
}

/** Backprop against finite differences for one parameter matrix; `layer` is l, 1-based. */
export interface GradCheckRow {
  layer: number;
  param: 'W' | 'b';
  relativeError: number;
  maxAbsDiff: number;
}

// ---- Host → panel ----

/** The spec as it is now: its shapes, its diagnostics, whether it can be trained, its points. */
export interface AnalysisMessage {
  type: 'analysis';
  name: string;
  fileName: string;
  /** The spec's document URI, kept in the panel's saved state to restore it after a reload. */
  uri: string;
  /**
   * The document version analysed. An ApplyFixMessage names it, so that a fix shown for an older text
   * is never applied to a newer one; without it the panel offers no fix buttons.
   */
  version?: number;
  /** The axis of X and Y (and every Z, A) that runs over examples: see SnapshotDTO.exampleAxis. */
  exampleAxis: 0 | 1;
  shapes?: ShapeTable;
  diagnostics: Diagnostic[];
  runnable: boolean;
  points?: DataPointsDTO; // present for 2-D inputs
  /** The spec's loss; when absent the panel infers it from the output layer's activation. */
  loss?: LossKind;
  /** What explaining an entry needs beyond the snapshot (activations, loss, optimizer, ...); for a valid spec. */
  explain?: ExplainContext;
  /** n[0], ..., n[L] and the examples of step 0's batch, for a spec that can train: the panel lays out a step's matrices before any comes. */
  firstStep?: StepSizes;
}

/**
 * The data points of the analysis written into the page, which SpecPanel leaves out: the first screen
 * does not draw them, and a large 2-D data set would make the page that much larger. The host posts
 * them once the page is ready; the panel adds them to that analysis (same uri and version).
 */
export interface PointsMessage {
  type: 'points';
  uri: string;
  version?: number;
  points: DataPointsDTO;
}

export interface StepSizes {
  sizes: number[];
  m: number;
}

/**
 * A finished run's figures with its final parameters, on the whole
 * training (and test) set, as `nnspec train` prints them.
 */
export interface FinalFigures {
  cost: number;
  accuracy?: number;
  testCost?: number;
  testAccuracy?: number;
}

/** Where a run is. `stepsRun` counts the steps run so far (the last one is stepsRun − 1). */
export interface StatusMessage {
  type: 'status';
  runId: number;
  status: RunStatus;
  /** The spec was edited since the run started: its numbers are of an older version. */
  stale: boolean;
  stepsRun: number;
  totalSteps: number;
  message?: string;
  /** Once the run has run every step (status done). */
  final?: FinalFigures;
}

/** The scalars of the steps run since the last progress message, and new test points. */
export interface ProgressMessage {
  type: 'progress';
  runId: number;
  points: StepPoint[];
  testPoints: TestPoint[];
}

/** The steps whose snapshot the run keeps (the timeline's stops), ascending. */
export interface SnapshotStepsMessage {
  type: 'snapshotSteps';
  runId: number;
  steps: number[];
}

/** The reply to a SnapshotRequest: that step's matrices, and the boundary of θ_step for 2-D inputs. */
export interface SnapshotMessage {
  type: 'snapshot';
  runId: number;
  inReplyTo: number;
  snapshot: SnapshotDTO;
  boundary?: BoundaryDTO;
}

/**
 * A run's decision boundary (2-D inputs): unasked, that of its current parameters (its final ones once
 * it ended); with `inReplyTo`, the reply to a BoundaryRequest.
 */
export interface BoundaryMessage {
  type: 'boundary';
  runId: number;
  inReplyTo?: number;
  boundary: BoundaryDTO;
}

/** A gradient check's results: a reply to the panel's request, or from the host's command. */
export interface GradCheckMessage {
  type: 'gradcheck';
  runId: number;
  inReplyTo?: number;
  rows: GradCheckRow[];
}

/** Something went wrong; with `inReplyTo` when it answers a request. */
export interface ErrorMessage {
  type: 'error';
  runId?: number;
  inReplyTo?: number;
  message: string;
}

/** One run of the spec kept this session, as the run list shows it. */
export interface RunSummary {
  runId: number;
  /** 1, 2, 3, ... in the order the panel's runs started: how the list, the legends and the tables name a run. */
  number: number;
  /** What changed in the spec since the run before (`learning_rate 1.2 → 0.5`), or the variant's name. */
  label: string;
  /** The compare: variant the run trains; absent for the file's own run. */
  variant?: string;
  /** The runId of the file's run it started with: the runs of one experiment (a file and its variants) share it. */
  experiment: number;
  status: RunStatus;
  stale: boolean;
  stepsRun: number;
  totalSteps: number;
  message?: string;
  final?: FinalFigures;
  /** The student ticked it: its curves and boundary are drawn beside the current run's. */
  overlaid: boolean;
  /** Its worker still runs, so it can give its boundary at any kept step (else only its last one). */
  live: boolean;
}

/** The spec's runs kept this session (at most 8, or the whole current experiment), newest first. */
export interface RunsMessage {
  type: 'runs';
  /** The run the panel follows: controls, timeline, matrices and the first series of every chart. */
  current: number;
  runs: RunSummary[];
}

/**
 * The answer to an ApplyFixMessage. When the fix was applied, the analysis of the changed spec is sent
 * first (unless a run is on screen: its spec stays until Retrain). `version` is the document's version
 * after the answer: the panel shows `message` until its analysis is of a later version.
 */
export interface FixResultMessage {
  type: 'fixResult';
  inReplyTo: number;
  applied: boolean;
  /** 'Applied “Set layer 1's units to 3”.', or why nothing was applied. */
  message: string;
  version: number;
}

/**
 * Select an entry of the shown step's matrices, as a click would, so its explanation opens, or 'J' to
 * explain the step's cost: sent when the editor opens the panel at a step to show one number (Compare
 * With My Trace…'s first difference).
 */
export interface SelectEntryMessage {
  type: 'selectEntry';
  entry: MatrixEntry | 'J';
}

export type HostMessage =
  | AnalysisMessage
  | PointsMessage
  | RunsMessage
  | FixResultMessage
  | SelectEntryMessage
  | StatusMessage
  | ProgressMessage
  | SnapshotStepsMessage
  | SnapshotMessage
  | BoundaryMessage
  | GradCheckMessage
  | ErrorMessage;

/** The messages about one run (all but the analysis, the run list, errors, fix results and selections). */
export type RunMessage = Exclude<
  HostMessage,
  AnalysisMessage | PointsMessage | RunsMessage | ErrorMessage | FixResultMessage | SelectEntryMessage
>;

// ---- Panel → host ----

/** The panel's script has loaded: the host (re)sends everything it has. */
export interface ReadyMessage {
  type: 'ready';
}

export type ControlAction = 'play' | 'pause' | 'step' | 'stop' | 'reset';

/** A button of the controls. */
export interface ControlMessage {
  type: 'control';
  action: ControlAction;
}

/** The speed slider: steps per frame (the host runs flat out from 1000 on). */
export interface SpeedMessage {
  type: 'speed';
  stepsPerFrame: number;
}

/** Asks for the snapshot of `step` of run `runId`; answered by a SnapshotMessage or an ErrorMessage. */
export interface SnapshotRequest {
  type: 'requestSnapshot';
  requestId: number;
  runId: number;
  step: number;
}

/** Asks for a gradient check; answered by a GradCheckMessage or an ErrorMessage. */
export interface GradCheckRequest {
  type: 'requestGradcheck';
  requestId: number;
}

/** Retrain the edited spec. */
export interface RetrainMessage {
  type: 'retrain';
}

/** A tick in the run list: draw run `runId` beside the current run (its series are then sent), or stop. */
export interface OverlayMessage {
  type: 'overlay';
  runId: number;
  shown: boolean;
}

/**
 * Asks for run `runId`'s decision boundary at `step` (the parameters of its nearest kept snapshot), to
 * show it beside the current run's at the same step; answered by a BoundaryMessage or an ErrorMessage.
 */
export interface BoundaryRequest {
  type: 'requestBoundary';
  requestId: number;
  runId: number;
  step: number;
}

/**
 * Apply one certain fix of a diagnostic the panel shows (its button under Shapes), as the quick fix
 * would: every edit of the fix, in one WorkspaceEdit. The diagnostic is named by its code and range and
 * the fix by its title, all of the analysis of document version `version`; the host refuses the fix when
 * the document is at another version (it changed since) or the fix is no longer offered.
 * Answered by a FixResultMessage.
 */
export interface ApplyFixMessage {
  type: 'applyFix';
  requestId: number;
  version: number;
  code: string;
  range: Range;
  title: string;
}

/** Show a place of the spec in the editor, selected: a diagnostic, a related place, where a size is set. */
export interface RevealMessage {
  type: 'reveal';
  range: Range;
}

/**
 * The panel has taken in and drawn `received` of the host's messages since it posted `ready`. The host
 * holds back its periodic updates while the panel is far behind, so a slow panel is sent fewer, larger
 * batches instead of a queue that grows.
 */
export interface DrawnMessage {
  type: 'drawn';
  received: number;
}

/**
 * A section of the panel threw while drawing (`part`, its id): the host logs it. The other sections
 * still draw, and the section is tried again at its next change.
 */
export interface DrawFailedMessage {
  type: 'drawFailed';
  part: string;
  message: string;
}

/**
 * The page as it first drew, from the analysis in its HTML and before any message (#app's markup): the
 * host writes it into the next page it opens on the same analysis (src/node/firstScreen.ts), which then
 * shows it at its load, before its script has run.
 */
export interface FirstScreenMessage {
  type: 'firstScreen';
  html: string;
}

export type WebviewMessage =
  | ReadyMessage
  | FirstScreenMessage
  | DrawnMessage
  | DrawFailedMessage
  | ControlMessage
  | SpeedMessage
  | SnapshotRequest
  | GradCheckRequest
  | RetrainMessage
  | OverlayMessage
  | BoundaryRequest
  | ApplyFixMessage
  | RevealMessage;

/** What the panel keeps in its webview state across reloads: the spec's URI and the student's choices. */
export interface SavedPanelState {
  uri?: string;
  selectedStep?: number;
  stepsPerFrame?: number;
  logScale?: boolean;
  /** The examples the step's matrices show. */
  examples?: ExampleChoice;
  /** The matrix entry the student selected. */
  selectedEntry?: MatrixEntry;
}

// ---- Runtime checks ----

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** Longer than any code or fix title the core writes; a longer string is not one of them. */
const MAX_NAME = 500;
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_NAME;
/** The longest failure text a DrawFailedMessage carries (the panel cuts a longer one). */
export const MAX_DRAW_FAILURE = 2000;
/** The largest first screen kept: a page with more markup than this builds itself (a very wide network). */
export const MAX_FIRST_SCREEN = 256 * 1024;
const isPos = (v: unknown): v is number => isInt(v) && v >= 1;
/** A 1-based range whose end is not before its start. */
function isRange(v: unknown): v is Range {
  if (!isObj(v) || !isPos(v.line) || !isPos(v.column) || !isPos(v.endLine) || !isPos(v.endColumn)) return false;
  return v.endLine > v.line || (v.endLine === v.line && v.endColumn >= v.column);
}
const CONTROL_ACTIONS: readonly string[] = ['play', 'pause', 'step', 'stop', 'reset'] satisfies ControlAction[];

const MATRIX_KINDS: readonly string[] = ['W', 'b', 'Z', 'A', 'dA', 'dZ', 'dW', 'db', 'Y'] satisfies MatrixKind[];

/** Indices within 0..n-1, ascending, `count` of them. */
const isIndexList = (v: unknown, count: number, n: number): boolean =>
  Array.isArray(v) && v.length === count && v.every((x, k) => isInt(x) && x < n && (k === 0 || x > v[k - 1]));

/** A matrix's sampling, when it says it has one: whole at least as big as the sample, the indices inside it. */
function samplingOk(m: unknown): boolean {
  if (!isObj(m) || m.of === undefined) return true;
  const o = m.of;
  return (
    isObj(o) &&
    isInt(m.rows) &&
    isInt(m.cols) &&
    isInt(o.rows) &&
    isInt(o.cols) &&
    isIndexList(o.rowIndex, m.rows, o.rows) &&
    isIndexList(o.colIndex, m.cols, o.cols)
  );
}

/** A snapshot's layers are a list, and each of its matrices that says it is sampled says so consistently. */
function samplingsOk(s: Record<string, unknown>): boolean {
  const layers = s.layers;
  if (!Array.isArray(layers) || !samplingOk(s.X) || !samplingOk(s.Y)) return false;
  return layers.every((l) => isObj(l) && Object.values(l).every(samplingOk));
}

/** Checks a matrix entry (from the panel's saved state, or in a message). */
export function isMatrixEntry(v: unknown): v is MatrixEntry {
  return isObj(v) && MATRIX_KINDS.includes(v.matrix as string) && isInt(v.layer) && isInt(v.row) && isInt(v.col);
}

/** Checks a choice of examples (from the panel's saved state). */
export function isExampleChoice(v: unknown): v is ExampleChoice {
  if (!isObj(v)) return false;
  switch (v.by) {
    case 'all':
    case 'misclassified':
      return true;
    case 'range':
      return isInt(v.first) && isInt(v.last) && v.first <= v.last;
    case 'class':
      return isInt(v.label);
    case 'largestLoss':
      return isInt(v.count) && v.count >= 1;
    default:
      return false;
  }
}

/** Checks a message from the webview; the host ignores (and logs) anything else. */
export function isWebviewMessage(v: unknown): v is WebviewMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'ready':
    case 'retrain':
      return true;
    case 'control':
      return CONTROL_ACTIONS.includes(v.action as string);
    case 'drawn':
      return isInt(v.received);
    case 'firstScreen':
      return typeof v.html === 'string' && v.html.length <= MAX_FIRST_SCREEN;
    case 'drawFailed':
      return isName(v.part) && typeof v.message === 'string' && v.message.length <= MAX_DRAW_FAILURE;
    case 'speed':
      return isNum(v.stepsPerFrame) && v.stepsPerFrame >= 1 && v.stepsPerFrame <= 100000;
    case 'requestSnapshot':
      return isInt(v.requestId) && isInt(v.runId) && isInt(v.step);
    case 'requestGradcheck':
      return isInt(v.requestId);
    case 'overlay':
      return isInt(v.runId) && typeof v.shown === 'boolean';
    case 'requestBoundary':
      return isInt(v.requestId) && isInt(v.runId) && isInt(v.step);
    case 'applyFix':
      return isInt(v.requestId) && isInt(v.version) && isName(v.code) && isRange(v.range) && isName(v.title);
    case 'reveal':
      return isRange(v.range);
    default:
      return false;
  }
}

const isAxis = (v: unknown): v is 0 | 1 => v === 0 || v === 1;

/** What the panel's explain() needs: it reads the matrices' orientation from `exampleAxis`, never a layout. */
const isExplainContext = (v: unknown): v is ExplainContext =>
  isObj(v) && isAxis(v.exampleAxis) && Array.isArray(v.activations) && Array.isArray(v.alphas);

const isRunSummary = (v: unknown): v is RunSummary =>
  isObj(v) &&
  isInt(v.runId) &&
  isInt(v.number) &&
  typeof v.label === 'string' &&
  isInt(v.experiment) &&
  typeof v.status === 'string' &&
  isInt(v.stepsRun) &&
  isInt(v.totalSteps) &&
  typeof v.overlaid === 'boolean' &&
  typeof v.live === 'boolean';

const isCount = (v: unknown): v is number => isInt(v) && v > 0;
const isDataPoints = (v: unknown): v is DataPointsDTO =>
  isObj(v) &&
  Array.isArray(v.x) &&
  [v.y, v.label, v.test].every((a) => Array.isArray(a) && a.length === (v.x as unknown[]).length);
const isStepSizes = (v: unknown): v is StepSizes =>
  isObj(v) && Array.isArray(v.sizes) && v.sizes.length >= 2 && v.sizes.every(isCount) && isCount(v.m);

/** Checks a message from the host; the panel ignores anything else. Shallow: the host is trusted code. */
export function isHostMessage(v: unknown): v is HostMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'analysis':
      return (
        typeof v.name === 'string' &&
        Array.isArray(v.diagnostics) &&
        typeof v.runnable === 'boolean' &&
        isAxis(v.exampleAxis) &&
        (v.explain === undefined || isExplainContext(v.explain)) &&
        (v.firstStep === undefined || isStepSizes(v.firstStep))
      );
    case 'points':
      return typeof v.uri === 'string' && (v.version === undefined || isInt(v.version)) && isDataPoints(v.points);
    case 'runs':
      return isInt(v.current) && Array.isArray(v.runs) && v.runs.every(isRunSummary);
    case 'status':
      return isInt(v.runId) && typeof v.status === 'string' && isInt(v.stepsRun) && isInt(v.totalSteps);
    case 'progress':
      return isInt(v.runId) && Array.isArray(v.points) && Array.isArray(v.testPoints);
    case 'snapshotSteps':
      return isInt(v.runId) && Array.isArray(v.steps);
    case 'snapshot':
      return isInt(v.runId) && isInt(v.inReplyTo) && isObj(v.snapshot) && samplingsOk(v.snapshot);
    case 'boundary':
      return isInt(v.runId) && isObj(v.boundary) && v.boundary.output instanceof Float64Array;
    case 'gradcheck':
      return isInt(v.runId) && Array.isArray(v.rows);
    case 'fixResult':
      return isInt(v.inReplyTo) && typeof v.applied === 'boolean' && typeof v.message === 'string' && isInt(v.version);
    case 'selectEntry':
      return v.entry === 'J' || isMatrixEntry(v.entry);
    case 'error':
      return typeof v.message === 'string';
    default:
      return false;
  }
}
