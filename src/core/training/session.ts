// Drives a Trainer over time without blocking the event loop, at the pace the student chose:
// flat out in time slices of about `sliceMs` (control returns to the loop between slices), or a
// fixed number of steps per frame so the panel can show the run as it goes. The one place a
// run's status is derived.

import type { RunStatus } from './runStatus';
import type { Trainer } from './trainer';
import type { StepRecord } from './types';

export type SessionEndReason = 'done' | 'diverged' | 'stopped';

/** From this many steps per frame on, the session runs flat out. */
export const FULL_SPEED = 1000;
const FRAME_MS = 1000 / 60;

export interface SessionOptions {
  /** Length of a slice of steps in milliseconds when running flat out (default 16). */
  sliceMs?: number;
  /** Steps per frame (about 60 frames a second); FULL_SPEED or more, or absent, runs flat out. */
  stepsPerFrame?: number;
  /**
   * Flat out, the first step of a slice is kept in the history (its snapshot can be asked for) when
   * at least this many milliseconds have passed since the last one (default 200; Infinity for none).
   * Paced, the first step of every frame is kept.
   */
  snapshotEveryMs?: number;
  /** The records of the steps run since the previous call (at most one call per slice or frame). */
  onProgress?: (records: StepRecord[]) => void;
  onEnd?: (reason: SessionEndReason) => void;
}

export class TrainingSession {
  /** Settles with the reason once the session ends. */
  readonly finished: Promise<SessionEndReason>;
  private resolveFinished!: (reason: SessionEndReason) => void;
  private playing = false;
  /** Whether play() was ever called: a run paused before its first step is paused, not idle. */
  private played = false;
  private endReason?: SessionEndReason;
  /** Cancels the frame or slice that is scheduled, if any. */
  private cancelScheduled?: () => void;
  private stepsPerFrame: number;
  private readonly sliceMs: number;
  private readonly snapshotEveryMs: number;
  private lastSnapshotAt = -Infinity;

  constructor(
    readonly trainer: Trainer,
    private readonly options: SessionOptions = {},
  ) {
    this.sliceMs = options.sliceMs ?? 16;
    this.snapshotEveryMs = options.snapshotEveryMs ?? 200;
    this.stepsPerFrame = options.stepsPerFrame ?? FULL_SPEED;
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
  }

  get status(): RunStatus {
    if (this.endReason) return this.endReason;
    if (this.playing) return 'running';
    return this.trainer.stepIndex === 0 && !this.played ? 'idle' : 'paused';
  }

  /** Starts or resumes running, at the current pace. */
  play(): void {
    if (this.endReason || this.playing) return;
    if (this.trainer.status !== 'ready') {
      this.end(this.trainer.status);
      return;
    }
    this.playing = true;
    this.played = true;
    this.schedule();
  }

  /** Stops after the step or slice in progress; play() continues. */
  pause(): void {
    this.playing = false;
    this.cancelTimer();
  }

  /** Changes the pace; a playing session goes on at the new one. */
  setPace(stepsPerFrame: number): void {
    this.stepsPerFrame = stepsPerFrame;
    if (this.playing) {
      this.cancelTimer();
      this.schedule();
    }
  }

  /** While not playing: one step (kept in the history unless told otherwise), reported through onProgress. */
  stepOnce(keep = true): StepRecord | undefined {
    if (this.playing || this.endReason) return undefined;
    const record = this.trainer.next(keep && 'keep');
    if (record) this.options.onProgress?.([record]);
    if (this.trainer.status !== 'ready') this.end(this.trainer.status);
    return record;
  }

  stop(): void {
    if (!this.endReason) this.end('stopped');
  }

  private get paced(): boolean {
    return this.stepsPerFrame < FULL_SPEED;
  }

  private schedule(): void {
    if (this.cancelScheduled) return;
    if (this.paced) {
      const frame = setTimeout(() => this.runFrame(), FRAME_MS);
      this.cancelScheduled = () => clearTimeout(frame);
    } else {
      const slice = setImmediate(() => this.runSlice());
      this.cancelScheduled = () => clearImmediate(slice);
    }
  }

  private cancelTimer(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = undefined;
  }

  /** Paced: a fixed number of steps, the first kept in the history, then wait for the next frame. */
  private runFrame(): void {
    this.cancelScheduled = undefined;
    if (!this.playing) return;
    const records: StepRecord[] = [];
    for (let k = 0; k < this.stepsPerFrame && this.trainer.status === 'ready'; k++) {
      const record = this.trainer.next(k === 0 && 'keep');
      if (record) records.push(record);
    }
    this.afterBatch(records);
  }

  /** Flat out: as many steps as fit in a slice, then yield to the event loop. */
  private runSlice(): void {
    this.cancelScheduled = undefined;
    if (!this.playing) return;
    const start = performance.now();
    const until = start + this.sliceMs;
    const records: StepRecord[] = [];
    let keep = start - this.lastSnapshotAt >= this.snapshotEveryMs;
    if (keep) this.lastSnapshotAt = start;
    while (this.trainer.status === 'ready') {
      const record = this.trainer.next(keep && 'keep');
      keep = false;
      if (record) records.push(record);
      if (performance.now() >= until) break;
    }
    this.afterBatch(records);
  }

  private afterBatch(records: StepRecord[]): void {
    if (records.length > 0) this.options.onProgress?.(records);
    if (this.trainer.status !== 'ready') this.end(this.trainer.status);
    else if (this.playing) this.schedule();
  }

  private end(reason: SessionEndReason): void {
    if (this.endReason) return;
    this.playing = false;
    this.cancelTimer();
    this.endReason = reason;
    this.options.onEnd?.(reason);
    this.resolveFinished(reason);
  }
}
