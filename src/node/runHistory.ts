// The runs of one spec kept this session: the last MAX_RUNS (never fewer than the current experiment
// has), each labelled with what changed in the spec since the run before, ticked or not for the
// panel's overlays, and which of their workers still live (those of the latest two starts).
import { changeSummary } from '../core/experiments/specChanges';
import { msg, render, type Language } from '../core/messages/message';
import type { RunSummary } from '../protocol';
import type { RunRecord } from './runRecord';

/** Runs kept per spec; a file with more variants than this keeps its whole current experiment. */
export const MAX_RUNS = 8;
/**
 * Starts whose worker stays alive: the current one, and the one before
 * (its snapshots give boundaries at any kept step).
 */
export const LIVE_STARTS = 2;

/** What the history needs of the worker that trains one start's runs (a RunWorker in the host). */
export interface RunTrainer {
  readonly alive: boolean;
  recordOf(runId: number): RunRecord | undefined;
  /** Stops its unfinished runs where they are; their curves stay. */
  stopRuns(): void;
  /** Ends its thread: unfinished runs stop with `message`; the records keep only what an old run needs. */
  retire(message: string): void;
  /** Drops a run's record. */
  forget(runId: number): void;
  dispose(): void;
}

/** A run of a new start: the file's own (no variant) first, then each compare: variant's. */
export interface StartedRun {
  runId: number;
  variant?: string;
}

interface Entry<W> {
  runId: number;
  number: number;
  label: string;
  variant?: string;
  experiment: number;
  worker: W;
  overlaid: boolean;
}

/** The label of the file's own run: what changed since the run before (`undefined`: there was none). */
export function fileRunLabel(changes: string | undefined, hasVariants: boolean, lang: Language = 'en'): string {
  if (hasVariants) return render(lang, changes ? msg('runs.fileChanged', { changes }) : msg('runs.file'));
  if (changes === undefined) return render(lang, msg('runs.first'));
  return changes === '' ? render(lang, msg('runs.noChange')) : changes;
}

export class RunHistory<W extends RunTrainer> {
  /** Oldest first. */
  private entries: Entry<W>[] = [];
  /** The workers of the starts that still have runs here, oldest first. */
  private workers: W[] = [];
  private lastText?: string;
  private started = 0;
  /** The current run: the file's own run of the latest start. */
  current?: number;

  /** `lang`: the panel's language, that of the run labels and of the message of a run stopped for newer ones. */
  constructor(private readonly lang: Language = 'en') {}

  /** Keeps the runs of a new start, the file's first; older starts' runs stop, and old workers end. */
  add(worker: W, text: string, runs: StartedRun[]): void {
    const changes = this.lastText === undefined ? undefined : changeSummary(this.lastText, text, this.lang);
    this.lastText = text;
    const experiment = runs[0].runId;
    const label = fileRunLabel(changes, runs.length > 1, this.lang);
    for (const r of runs) {
      const variant = r.variant;
      this.entries.push({
        runId: r.runId,
        number: ++this.started,
        label: variant ?? label,
        ...(variant !== undefined ? { variant } : {}),
        experiment,
        worker,
        overlaid: variant !== undefined, // a compare: file shows its variants side by side from the start
      });
    }
    this.current = experiment;
    this.workers.push(worker);
    this.retireOlderStarts();
    this.trim(Math.max(MAX_RUNS, runs.length));
  }

  private retireOlderStarts(): void {
    const n = this.workers.length;
    this.workers.forEach((w, i) => {
      if (i === n - LIVE_STARTS) w.stopRuns();
      else if (i < n - LIVE_STARTS && w.alive) w.retire(render(this.lang, msg('runs.newerStarted')));
    });
  }

  private trim(max: number): void {
    while (this.entries.length > max) {
      const gone = this.entries.shift()!;
      gone.worker.forget(gone.runId);
      if (!this.entries.some((e) => e.worker === gone.worker)) {
        gone.worker.dispose();
        this.workers = this.workers.filter((w) => w !== gone.worker);
      }
    }
  }

  /** The worker training run `runId`, while the run is kept. */
  workerOf(runId: number): W | undefined {
    return this.entries.find((e) => e.runId === runId)?.worker;
  }

  /** Ticks or unticks a run (the current one is always drawn); false when nothing changed. */
  setOverlaid(runId: number, shown: boolean): boolean {
    const e = this.entries.find((x) => x.runId === runId);
    if (!e || e.runId === this.current || e.overlaid === shown) return false;
    e.overlaid = shown;
    return true;
  }

  /** Whether the panel draws this run: the current one and the ticked ones. */
  drawn(runId: number): boolean {
    return runId === this.current || this.entries.some((e) => e.runId === runId && e.overlaid);
  }

  /** The runs the panel draws besides the current one. */
  overlaid(): number[] {
    return this.entries.filter((e) => e.overlaid && e.runId !== this.current).map((e) => e.runId);
  }

  get size(): number {
    return this.entries.length;
  }

  /** How many of the kept runs' workers still run. */
  get liveWorkers(): number {
    return this.workers.filter((w) => w.alive).length;
  }

  /** Ends every worker still alive (the spec was closed): unfinished runs stop with `message`. */
  endAll(message: string): void {
    for (const w of this.workers) if (w.alive) w.retire(message);
  }

  /** The run list, newest first. */
  summaries(): RunSummary[] {
    return [...this.entries].reverse().map((e) => {
      const s = e.worker.recordOf(e.runId)?.status;
      const summary: RunSummary = {
        runId: e.runId,
        number: e.number,
        label: e.label,
        experiment: e.experiment,
        status: s?.status ?? 'idle',
        stale: s?.stale ?? false,
        stepsRun: s?.stepsRun ?? 0,
        totalSteps: s?.totalSteps ?? 0,
        overlaid: e.overlaid,
        live: e.worker.alive,
      };
      if (e.variant !== undefined) summary.variant = e.variant;
      if (s?.message !== undefined) summary.message = s.message;
      if (s?.final) summary.final = s.final;
      return summary;
    });
  }

  /** Ends every worker (the panel closed). */
  dispose(): void {
    for (const w of this.workers) w.dispose();
    this.workers = [];
    this.entries = [];
    this.current = undefined;
  }
}
