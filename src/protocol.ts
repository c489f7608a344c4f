// The messages between the extension host and the training panel (webview), and their runtime checks.
// Both sides import this file; each side validates what it receives before acting on it.
//
// Every message about a run carries the `runId` the host gave it: the panel follows the newest run
// and ignores messages of older ones. A request the panel makes carries a `requestId`; its reply
// carries the same number as `inReplyTo` (see src/requests.ts).

import type { ExplainContext } from './core/explain/types';
import type { Diagnostic, LossKind } from './core/spec/types';
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
  /** The spec's loss; when absent the panel infers it from the output layer's activation. */
  loss?: LossKind;
  /** What explaining an entry needs beyond the snapshot (activations, loss, optimizer, ...); for a valid spec. */
  explain?: ExplainContext;
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

/** The decision boundary of the live run's current parameters (2-D inputs). */
export interface BoundaryMessage {
  type: 'boundary';
  runId: number;
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

export type HostMessage =
  | AnalysisMessage
  | StatusMessage
  | ProgressMessage
  | SnapshotStepsMessage
  | SnapshotMessage
  | BoundaryMessage
  | GradCheckMessage
  | ErrorMessage;

/** The messages about one run (all but the analysis). */
export type RunMessage = Exclude<HostMessage, AnalysisMessage | ErrorMessage>;

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

export type WebviewMessage =
  ReadyMessage | ControlMessage | SpeedMessage | SnapshotRequest | GradCheckRequest | RetrainMessage;

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
const CONTROL_ACTIONS: readonly string[] = ['play', 'pause', 'step', 'stop', 'reset'] satisfies ControlAction[];

const MATRIX_KINDS: readonly string[] = ['W', 'b', 'Z', 'A', 'dA', 'dZ', 'dW', 'db', 'Y'] satisfies MatrixKind[];

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
    case 'speed':
      return isNum(v.stepsPerFrame) && v.stepsPerFrame >= 1 && v.stepsPerFrame <= 100000;
    case 'requestSnapshot':
      return isInt(v.requestId) && isInt(v.runId) && isInt(v.step);
    case 'requestGradcheck':
      return isInt(v.requestId);
    default:
      return false;
  }
}

/** Checks a message from the host; the panel ignores anything else. Shallow: the host is trusted code. */
export function isHostMessage(v: unknown): v is HostMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'analysis':
      return typeof v.name === 'string' && Array.isArray(v.diagnostics) && typeof v.runnable === 'boolean';
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
