// Messages between the extension host and the training worker (worker_threads). One worker trains
// the file and each of its compare: variants, in turn, each run under its own id. What the worker
// reports unasked is the panel's own message (stamped with the run's id); its replies to the host's
// requests carry the request's id as `inReplyTo`.
import type { DiffResult } from '../core/diff';
import type { ExportTarget } from '../core/export';
import type {
  BoundaryDTO,
  BoundaryMessage,
  GradCheckRow,
  ProgressMessage,
  SnapshotDTO,
  SnapshotStepsMessage,
  StatusMessage,
} from '../protocol';
import type { FileRead } from '../core/data/files';
import type { SnapshotSample } from '../core/messageBudget';
import type { Language } from '../core/messages/message';

/** How many snapshots History keeps: one number for each of first/last/thinned, or each given. */
export type SnapshotBudget = number | { first?: number; last?: number; thinned?: number };

/** A compare: variant to train beside the file, under its own run id. */
export interface WorkerVariant {
  name: string;
  runId: number;
}

/** Starts the worker's runs (the file's, then each variant's), paused at step 0. */
export interface WorkerStart {
  type: 'start';
  /** The file's own run. */
  runId: number;
  text: string;
  /** The compare: variants to train too, in turn with the file (absent: the file alone). */
  variants?: WorkerVariant[];
  baseDir: string;
  /** The folder data files must stay in (the workspace folder); baseDir when absent. */
  dataRoot?: string;
  /** The data file, read by the host (a virtual workspace, which the worker cannot read): used instead of the disk. */
  given?: { path: string; read: FileRead };
  snapshots: SnapshotBudget;
  boundaryResolution: number;
  /** Steps per frame while playing (the panel's speed slider); from 1000 on, or when absent, flat out. */
  stepsPerFrame?: number;
  /** The language a run's outcome is worded in (the editor's); English when absent. */
  lang?: Language;
}

/** Acts on every run of the worker: they play, pause, step and stop together. */
export interface WorkerControl {
  type: 'control';
  action: 'play' | 'pause' | 'step' | 'stop';
}

export interface WorkerSpeed {
  type: 'speed';
  stepsPerFrame: number;
}

/** Asks for the kept snapshot nearest `step` of run `runId` and the boundary of its parameters. */
export interface WorkerSnapshotRequest {
  type: 'snapshot';
  requestId: number;
  runId: number;
  step: number;
}

/**
 * Asks for run `runId`'s boundary at `step`: of its current parameters
 * when it is there, else of its nearest kept snapshot's.
 */
export interface WorkerBoundaryRequest {
  type: 'boundaryAt';
  requestId: number;
  runId: number;
  step: number;
}

/** Asks for a gradient check at the current parameters of the file's run. */
export interface WorkerGradCheckRequest {
  type: 'gradcheck';
  requestId: number;
}

/** Asks for the file's run's current parameters in the file's layout (W1, b1, ...). */
export interface WorkerParametersRequest {
  type: 'parameters';
  requestId: number;
}

/** Runs, paused, up to and including `step` (0-based), so that step's snapshot is the newest kept. */
export interface WorkerRunTo {
  type: 'runTo';
  step: number;
}

/**
 * Instead of a run: compares the trace file at `tracePath` with nnspec's run of the spec's text
 * (a worker of its own, answered once with a WorkerDiffReply).
 */
export interface WorkerDiffRequest {
  type: 'diff';
  text: string;
  baseDir: string;
  dataRoot?: string;
  tracePath: string;
  /** The language of its refusals (the editor's); English when absent. */
  lang?: Language;
}

/** Instead of a run: the spec's text exported as a Python script to be written at `scriptPath`. */
export interface WorkerExportRequest {
  type: 'export';
  text: string;
  baseDir: string;
  dataRoot?: string;
  to: ExportTarget;
  /** The spec's file name, for the script's header. */
  sourceName: string;
  scriptPath: string;
  /** The language of its refusals (the editor's); English when absent. */
  lang?: Language;
}

/** Instead of a run: one number of the spec's step 0 explained (Explain an Entry), as text headed by `where`. */
export interface WorkerExplainRequest {
  type: 'explain';
  text: string;
  baseDir: string;
  dataRoot?: string;
  /** The data file the host read for the spec (a virtual workspace), as in WorkerStart. */
  given?: { path: string; read: FileRead };
  /** 'dW[1][2,1]', 'J', ... as `nnspec explain --entry` takes it. */
  entry: string;
  where: string;
  /** The language to explain in (the editor's); English when absent. */
  lang?: Language;
}

export type WorkerRequest =
  | WorkerStart
  | WorkerControl
  | WorkerSpeed
  | WorkerRunTo
  | WorkerSnapshotRequest
  | WorkerBoundaryRequest
  | WorkerGradCheckRequest
  | WorkerParametersRequest
  | WorkerDiffRequest
  | WorkerExportRequest
  | WorkerExplainRequest;

/** The run's status as the worker knows it (the host adds whether the spec changed since: `stale`). */
export type WorkerStatus = Omit<StatusMessage, 'stale'>;

export interface WorkerSnapshotReply {
  type: 'snapshot';
  inReplyTo: number;
  snapshot: SnapshotDTO;
  boundary?: BoundaryDTO;
  /** Present when big layers were sampled to fit one message: the units and examples kept (0-based). */
  sample?: SnapshotSample;
}

export interface WorkerBoundaryReply {
  type: 'boundaryAt';
  inReplyTo: number;
  boundary: BoundaryDTO;
}

export interface WorkerGradCheckReply {
  type: 'gradcheck';
  inReplyTo: number;
  rows: GradCheckRow[];
}

export interface WorkerParametersReply {
  type: 'parameters';
  inReplyTo: number;
  parameters: Record<string, number[][]>;
}

/** The answer to a WorkerDiffRequest (or a WorkerError when the spec cannot run or the file cannot be read). */
export interface WorkerDiffResult {
  type: 'diff';
  result: DiffResult;
}

export type WorkerDiffReply = WorkerDiffResult | WorkerError;

/** The answer to a WorkerExportRequest: the script's text, for the host to write. */
export interface WorkerExportResult {
  type: 'export';
  script: string;
}

export type WorkerExportReply = WorkerExportResult | WorkerError;

/** The answer to a WorkerExplainRequest: the explanation's text (or why there is none, as a WorkerError). */
export interface WorkerExplainResult {
  type: 'explain';
  text: string;
}

export type WorkerExplainReply = WorkerExplainResult | WorkerError;

/** The run could not start, or a request failed (then with `inReplyTo`). */
export interface WorkerError {
  type: 'error';
  inReplyTo?: number;
  message: string;
}

/** What the worker reports about its run unasked. */
export type WorkerReport = WorkerStatus | ProgressMessage | SnapshotStepsMessage | BoundaryMessage;

export type WorkerReply =
  WorkerReport | WorkerSnapshotReply | WorkerBoundaryReply | WorkerGradCheckReply | WorkerParametersReply | WorkerError;
