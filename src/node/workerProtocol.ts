// Messages between the extension host and the training worker (worker_threads).
// The worker speaks the panel's HostMessage for everything the panel shows, plus a few replies for the host alone.
import type { HostMessage } from '../protocol';

/** How many snapshots History keeps: one number for each of first/last/thinned, or each given. */
export type SnapshotBudget = number | { first?: number; last?: number; thinned?: number };

export interface WorkerStart {
  type: 'start';
  text: string;
  baseDir: string;
  /** The folder data files must stay in (the workspace folder); baseDir when absent. */
  dataRoot?: string;
  snapshots: SnapshotBudget;
  boundaryResolution: number;
  /** Steps per frame while playing (the panel's speed slider); from 1000 on, or when absent, flat out. */
  stepsPerFrame?: number;
}

export type WorkerRequest =
  | WorkerStart
  | { type: 'control'; action: 'play' | 'pause' | 'step' | 'stop' }
  | { type: 'speed'; stepsPerFrame: number }
  | { type: 'requestSnapshot'; step: number }
  | { type: 'gradcheck' }
  | { type: 'parameters' };

export type WorkerReply = HostMessage | { type: 'parameters'; parameters: Record<string, number[][]> };
