// Drives a Trainer without blocking the event loop: steps run in time slices of about
// `sliceMs`, then control returns to the loop (setImmediate) so messages can be handled.

import type { Trainer } from './trainer';
import type { StepRecord } from './types';

export type SessionState = 'idle' | 'running' | 'paused' | 'ended';
export type SessionEndReason = 'done' | 'diverged' | 'stopped';

export interface SessionOptions {
  /** Length of a slice of steps in milliseconds (default 16). */
  sliceMs?: number;
  /**
   * For a live view: the first step of a slice carries a snapshot when at least this many
   * milliseconds have passed since the last one (default 200; Infinity for none).
   */
  snapshotEveryMs?: number;
  /** The records of the steps run since the previous call (at most one call per slice). */
  onProgress?: (records: StepRecord[]) => void;
  onEnd?: (reason: SessionEndReason) => void;
}

export class TrainingSession {
  state: SessionState = 'idle';
  /** Settles with the reason once the session ends. */
  readonly finished: Promise<SessionEndReason>;
  private resolveFinished!: (reason: SessionEndReason) => void;
  private scheduled = false;
  private readonly sliceMs: number;
  private readonly snapshotEveryMs: number;
  private lastSnapshotAt = -Infinity;

  constructor(
    readonly trainer: Trainer,
    private readonly options: SessionOptions = {},
  ) {
    this.sliceMs = options.sliceMs ?? 16;
    this.snapshotEveryMs = options.snapshotEveryMs ?? 200;
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
  }

  /** Starts (or resumes) running slices. */
  start(): void {
    this.resume();
  }

  resume(): void {
    if (this.state === 'ended' || this.state === 'running') return;
    if (this.trainer.status !== 'ready') {
      this.end(this.trainer.status);
      return;
    }
    this.state = 'running';
    this.schedule();
  }

  /** Stops after the step in progress; resume() continues. */
  pause(): void {
    if (this.state === 'running' || this.state === 'idle') this.state = 'paused';
  }

  /** While idle or paused: one step (with its snapshot unless told otherwise), reported through onProgress. */
  stepOnce(snapshot = true): StepRecord | undefined {
    if (this.state === 'running' || this.state === 'ended') return undefined;
    this.state = 'paused';
    const record = this.trainer.next(snapshot);
    if (record) this.options.onProgress?.([record]);
    if (this.trainer.status !== 'ready') this.end(this.trainer.status);
    return record;
  }

  stop(): void {
    if (this.state !== 'ended') this.end('stopped');
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.runSlice());
  }

  private runSlice(): void {
    this.scheduled = false;
    if (this.state !== 'running') return;
    const trainer = this.trainer;
    const start = performance.now();
    const until = start + this.sliceMs;
    const records: StepRecord[] = [];
    let snapshot = start - this.lastSnapshotAt >= this.snapshotEveryMs;
    if (snapshot) this.lastSnapshotAt = start;
    while (trainer.status === 'ready') {
      const record = trainer.next(snapshot);
      snapshot = false;
      if (record) records.push(record);
      if (performance.now() >= until) break;
    }
    if (records.length > 0) this.options.onProgress?.(records);
    if (trainer.status !== 'ready') this.end(trainer.status);
    else if (this.state === 'running') this.schedule();
  }

  private end(reason: SessionEndReason): void {
    if (this.state === 'ended') return;
    this.state = 'ended';
    this.options.onEnd?.(reason);
    this.resolveFinished(reason);
  }
}
