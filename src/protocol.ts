// The messages between the extension host and the training panel (webview), and their runtime checks.
// Both sides import this file; each side validates what it receives before acting on it.

import type { Diagnostic } from './core/spec/types';
import type { ShapeTable } from './core/shapes/types';

/** A matrix as sent to the panel: row-major numbers, already in the file's layout. */
export interface MatrixDTO {
  rows: number;
  cols: number;
  data: number[];
}

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

export interface SnapshotDTO {
  step: number;
  cost: number;
  X: MatrixDTO; // A[0]: the batch of that step
  Y: MatrixDTO;
  layers: LayerSnapshotDTO[]; // layers[0] is layer 1
}

export interface StepPoint {
  step: number;
  cost: number;
  accuracy?: number;
  gradNorms: number[]; // ||dW[l]||_F, layers[0] is layer 1
}

export interface TestPoint {
  step: number;
  cost: number;
  accuracy?: number;
}

/** Prediction over the plane, for 2-D inputs: values[j * resolution + i] at (x_i, y_j). */
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

export interface DataPointsDTO {
  x: number[];
  y: number[];
  label: number[]; // class index, or target value for regression
  test: boolean[];
}

export interface GradCheckRow {
  layer: number;
  param: 'W' | 'b';
  relativeError: number;
  maxAbsDiff: number;
}

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'diverged' | 'stopped' | 'stale';

export type HostMessage =
  | {
      type: 'analysis';
      name: string;
      fileName: string;
      uri?: string; // the spec's document URI, for the panel's saved state (PanelState)
      layout: 'columns' | 'rows';
      shapes?: ShapeTable;
      diagnostics: Diagnostic[];
      runnable: boolean;
      points?: DataPointsDTO; // present for 2-D inputs
    }
  | { type: 'status'; status: RunStatus; step: number; totalSteps: number; message?: string }
  | { type: 'progress'; points: StepPoint[]; testPoints: TestPoint[] }
  | { type: 'snapshotSteps'; steps: number[] }
  | { type: 'snapshot'; snapshot: SnapshotDTO }
  | { type: 'boundary'; boundary: BoundaryDTO }
  | { type: 'gradcheck'; rows: GradCheckRow[] }
  | { type: 'error'; message: string };

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'control'; action: 'play' | 'pause' | 'step' | 'stop' | 'reset' }
  | { type: 'speed'; stepsPerFrame: number }
  | { type: 'requestSnapshot'; step: number }
  | { type: 'gradcheck' }
  | { type: 'retrain' };

/** What the panel keeps in its webview state to be restored after a reload. */
export interface PanelState {
  uri: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Checks a message from the webview; the host ignores (and logs) anything else. */
export function isWebviewMessage(v: unknown): v is WebviewMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'ready':
    case 'gradcheck':
    case 'retrain':
      return true;
    case 'control':
      return ['play', 'pause', 'step', 'stop', 'reset'].includes(v.action as string);
    case 'speed':
      return isNum(v.stepsPerFrame) && v.stepsPerFrame >= 1 && v.stepsPerFrame <= 100000;
    case 'requestSnapshot':
      return isInt(v.step);
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
      return typeof v.status === 'string' && isInt(v.step) && isInt(v.totalSteps);
    case 'progress':
      return Array.isArray(v.points) && Array.isArray(v.testPoints);
    case 'snapshotSteps':
      return Array.isArray(v.steps);
    case 'snapshot':
      return isObj(v.snapshot) && Array.isArray(v.snapshot.layers);
    case 'boundary':
      return isObj(v.boundary) && Array.isArray(v.boundary.output);
    case 'gradcheck':
      return Array.isArray(v.rows);
    case 'error':
      return typeof v.message === 'string';
    default:
      return false;
  }
}
