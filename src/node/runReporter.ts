// The worker's side of one run: plays, pauses and steps its TrainingSession as the host asks,
// reports progress a few times a second (scalars, test points, the kept steps, the live
// boundary, the status), and answers the host's requests for snapshots, boundaries at a step,
// gradient checks and parameters.
import type { Dataset } from '../core/data/types';
import { snapshotDto } from '../core/dto';
import { BOUNDARY_BYTES, sampleBoundary, SNAPSHOT_BYTES } from '../core/messageBudget';
import { parametersJson } from '../core/report';
import { msg, render, type Language } from '../core/messages/message';
import { finishedSummary, stoppedSummary } from '../core/runText';
import type { Spec } from '../core/spec/types';
import type { BoundaryGrid } from '../core/training/boundary';
import { gradientCheck } from '../core/training/gradcheck';
import { TrainingSession, type SessionEndReason } from '../core/training/session';
import type { Trainer } from '../core/training/trainer';
import type { StepRecord } from '../core/training/types';
import type { FinalFigures, StepPoint } from '../protocol';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

/** How often progress goes out, and how often the live boundary is redrawn while running. */
const PROGRESS_MS = 50;
const BOUNDARY_MS = 250;

export interface RunParts {
  runId: number;
  spec: Spec;
  dataset: Dataset;
  trainer: Trainer;
  /** For 2-D inputs: the grid the decision boundary is computed on. */
  grid?: BoundaryGrid;
  post: (m: WorkerReply) => void;
  /** The language of the run's outcome message; English when absent. */
  lang?: Language;
}

export class RunReporter {
  private readonly session: TrainingSession;
  private pending: StepPoint[] = [];
  private testSent = 0;
  private lastProgress = 0;
  private lastBoundary = 0;
  private sentSteps = -1;
  private message?: string;
  private final?: FinalFigures;

  constructor(
    private readonly run: RunParts,
    stepsPerFrame?: number,
  ) {
    this.session = new TrainingSession(run.trainer, {
      stepsPerFrame,
      onProgress: (records) => this.progress(records),
      onEnd: (reason) => this.ended(reason),
    });
    this.flush(true); // a run starts paused at step 0: the host sends play when the panel is ready
  }

  handle(req: Exclude<WorkerRequest, { type: 'start' | 'diff' }>): void {
    switch (req.type) {
      case 'control':
        return this.control(req.action);
      case 'speed':
        return this.session.setPace(req.stepsPerFrame);
      case 'runTo':
        return this.runTo(req.step);
      case 'snapshot':
        return this.snapshot(req.requestId, req.step);
      case 'boundaryAt':
        return this.boundaryAt(req.requestId, req.step);
      case 'gradcheck': {
        const { spec, dataset, trainer } = this.run;
        const rows = gradientCheck(spec, dataset, { parameters: trainer.parameters() });
        return this.run.post({ type: 'gradcheck', inReplyTo: req.requestId, rows });
      }
      case 'parameters': {
        const parameters = parametersJson(this.run.trainer.parameters(), this.run.spec.layout);
        return this.run.post({ type: 'parameters', inReplyTo: req.requestId, parameters });
      }
    }
  }

  private control(action: 'play' | 'pause' | 'step' | 'stop'): void {
    if (action === 'play') this.session.play();
    else if (action === 'stop') this.session.stop();
    else {
      this.session.pause();
      if (action === 'step') this.session.stepOnce();
    }
    if (action !== 'stop') this.flush(true);
  }

  /** Pauses, then steps until `step` has run (or the run ends): that step's snapshot is the newest kept. */
  private runTo(step: number): void {
    this.session.pause();
    while (this.run.trainer.stepIndex <= step) if (!this.session.stepOnce()) break;
    this.flush(true);
  }

  private progress(records: StepRecord[]): void {
    for (const r of records) {
      const p: StepPoint = { step: r.step, cost: r.cost, gradNorms: r.gradNorms };
      if (r.accuracy !== undefined) p.accuracy = r.accuracy;
      this.pending.push(p);
    }
    if (performance.now() - this.lastProgress >= PROGRESS_MS) this.flush(false);
  }

  /**
   * Sends the steps run since the last flush, new test points, the kept
   * steps, the status, and now and then the boundary.
   */
  private flush(everything: boolean): void {
    const { runId, trainer, post } = this.run;
    const now = performance.now();
    this.lastProgress = now;
    const tests = trainer.history.testPoints;
    if (this.pending.length > 0 || tests.length > this.testSent) {
      post({ type: 'progress', runId, points: this.pending, testPoints: tests.slice(this.testSent) });
      this.pending = [];
      this.testSent = tests.length;
    }
    const steps = trainer.history.snapshotSteps();
    if (steps.length !== this.sentSteps || everything) {
      post({ type: 'snapshotSteps', runId, steps });
      this.sentSteps = steps.length;
    }
    if (this.run.grid && (everything || now - this.lastBoundary >= BOUNDARY_MS)) {
      this.lastBoundary = now;
      const { boundary } = sampleBoundary(this.run.grid.compute(trainer.parameters(), trainer.stepIndex));
      post({ type: 'boundary', runId, boundary });
    }
    const status = this.session.status;
    post({
      type: 'status',
      runId,
      status,
      stepsRun: trainer.stepIndex,
      totalSteps: trainer.totalSteps,
      message: this.message,
      ...(this.final ? { final: this.final } : {}),
    });
  }

  private ended(reason: SessionEndReason): void {
    const t = this.run.trainer;
    if (reason === 'diverged') this.message = t.divergence && render(this.run.lang ?? 'en', t.divergence.l10n);
    else if (reason === 'done') {
      this.final = t.evaluate();
      this.message = finishedSummary(t.stepIndex, this.final, this.run.lang);
    } else this.message = stoppedSummary(t.stepIndex, t.totalSteps, this.run.lang);
    this.flush(true);
  }

  /** The kept step nearest `step`, if any is kept. */
  private nearestKept(step: number): number | undefined {
    const steps = this.run.trainer.history.snapshotSteps();
    return steps.reduce((a, s) => (Math.abs(s - step) < Math.abs(a - step) ? s : a), steps[0]);
  }

  /**
   * The boundary at `step`, to set beside another run's at that step: of the current parameters when the
   * run is at that step (its final ones once it ended), else of the nearest kept step's θ.
   */
  private boundaryAt(requestId: number, step: number): void {
    const { grid, trainer, post } = this.run;
    const kept = step === trainer.stepIndex ? undefined : this.nearestKept(step);
    const theta = kept === undefined ? undefined : trainer.parametersAt(kept);
    if (!grid || (!theta && step !== trainer.stepIndex)) {
      const why = grid ? msg('job.noSnapshotNear', { step }) : msg('job.boundary2d');
      post({ type: 'error', inReplyTo: requestId, message: render(this.run.lang ?? 'en', why) });
      return;
    }
    const boundary =
      theta && kept !== undefined ? grid.compute(theta, kept) : grid.compute(trainer.parameters(), trainer.stepIndex);
    post({ type: 'boundaryAt', inReplyTo: requestId, boundary });
  }

  /**
   * The kept snapshot nearest the step asked for (the panel normally asks for a kept one), with its
   * boundary. Big layers: evenly spaced units and examples, so the message stays under the panel's budget.
   */
  private snapshot(requestId: number, step: number): void {
    const { trainer, spec, post } = this.run;
    const kept = this.nearestKept(step);
    const replayed = kept === undefined ? undefined : trainer.sampledSnapshot(kept, SNAPSHOT_BYTES);
    if (kept === undefined || !replayed) {
      const message = render(this.run.lang ?? 'en', msg('job.noSnapshotOf', { step }));
      post({ type: 'error', inReplyTo: requestId, message });
      return;
    }
    // The boundary follows the timeline: θ_t is the W[l], b[l] the history kept for step t.
    const theta = this.run.grid && trainer.parametersAt(kept);
    const grid = theta && this.run.grid?.compute(theta, kept);
    const boundary = grid && sampleBoundary(grid, BOUNDARY_BYTES).boundary;
    const dto = snapshotDto(replayed.snapshot, spec.layout);
    post({ type: 'snapshot', inReplyTo: requestId, snapshot: dto, boundary, sample: replayed.sample });
  }
}
