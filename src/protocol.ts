// The messages between the extension host and the training panel (webview), and their runtime checks.
// Both sides import this file; each side validates what it receives before acting on it.
//
// Every message about a run carries the `runId` the host gave it. The panel follows the current run
// (the newest of the file's own runs): the run list (RunsMessage) names the other runs kept this
// session, whose messages the panel draws only while the student overlays them; messages of any
// other run are ignored. A request the panel makes carries a `requestId`; its reply carries the
// same number as `inReplyTo` (see src/requests.ts).

import type { Diagnostic } from './core/spec/types';
import type { ShapeTable } from './core/shapes/types';
import type { RunStatus } from './core/training/runStatus';

export type { RunStatus } from './core/training/runStatus';

/** A matrix as sent to the panel: row-major numbers, already in the file's layout. */
export interface MatrixDTO {
  rows: number;
  cols: number;
  data: number[];
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

/** Prediction over the plane, for 2-D inputs: output[j * resolution + i] at (x_i, y_j), for θ_step. */
export interface BoundaryDTO {
  step: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  resolution: number;
  output: number[]; // A[L] (first unit, or argmax class index for several outputs)
  classes: number; // 1 for a single sigmoid/linear output, K for softmax
  hidden: number[][]; // A[1] per hidden unit of layer 1 over the same grid (empty if L = 1)
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
  /** The axis of X and Y (and every Z, A) that runs over examples: see SnapshotDTO.exampleAxis. */
  exampleAxis: 0 | 1;
  shapes?: ShapeTable;
  diagnostics: Diagnostic[];
  runnable: boolean;
  points?: DataPointsDTO; // present for 2-D inputs
}

/** A finished run's figures with its final parameters, on the whole training (and test) set, as `nnspec train` prints them. */
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

export type HostMessage =
  | AnalysisMessage
  | RunsMessage
  | StatusMessage
  | ProgressMessage
  | SnapshotStepsMessage
  | SnapshotMessage
  | BoundaryMessage
  | GradCheckMessage
  | ErrorMessage;

/** The messages about one run (all but the analysis, the run list and errors). */
export type RunMessage = Exclude<HostMessage, AnalysisMessage | RunsMessage | ErrorMessage>;

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

export type WebviewMessage =
  | ReadyMessage
  | ControlMessage
  | SpeedMessage
  | SnapshotRequest
  | GradCheckRequest
  | RetrainMessage
  | OverlayMessage
  | BoundaryRequest;

/** What the panel keeps in its webview state across reloads: the spec's URI and the student's choices. */
export interface SavedPanelState {
  uri?: string;
  selectedStep?: number;
  stepsPerFrame?: number;
  logScale?: boolean;
}

// ---- Runtime checks ----

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const CONTROL_ACTIONS: readonly string[] = ['play', 'pause', 'step', 'stop', 'reset'] satisfies ControlAction[];

/** Checks a message from the webview; the host ignores (and logs) anything else. */
export function isWebviewMessage(v: unknown): v is WebviewMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'ready':
    case 'retrain':
      return true;
    case 'control':
      return CONTROL_ACTIONS.includes(v.action as string);
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
    default:
      return false;
  }
}

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

/** Checks a message from the host; the panel ignores anything else. Shallow: the host is trusted code. */
export function isHostMessage(v: unknown): v is HostMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'analysis':
      return typeof v.name === 'string' && Array.isArray(v.diagnostics) && typeof v.runnable === 'boolean';
    case 'runs':
      return isInt(v.current) && Array.isArray(v.runs) && v.runs.every(isRunSummary);
    case 'status':
      return isInt(v.runId) && typeof v.status === 'string' && isInt(v.stepsRun) && isInt(v.totalSteps);
    case 'progress':
      return isInt(v.runId) && Array.isArray(v.points) && Array.isArray(v.testPoints);
    case 'snapshotSteps':
      return isInt(v.runId) && Array.isArray(v.steps);
    case 'snapshot':
      return isInt(v.runId) && isInt(v.inReplyTo) && isObj(v.snapshot) && Array.isArray(v.snapshot.layers);
    case 'boundary':
      return isInt(v.runId) && isObj(v.boundary) && Array.isArray(v.boundary.output);
    case 'gradcheck':
      return isInt(v.runId) && Array.isArray(v.rows);
    case 'error':
      return typeof v.message === 'string';
    default:
      return false;
  }
}
