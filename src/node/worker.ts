// The training worker (worker_threads): analyses the spec, trains it under a TrainingSession,
// and answers the host. Everything it posts is coalesced to a few messages a second.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { Dataset } from '../core/data/types';
import type { Spec } from '../core/spec/types';
import { gradientCheck } from '../core/training/gradcheck';
import { TrainingSession, type SessionEndReason } from '../core/training/session';
import { Trainer } from '../core/training/trainer';
import type { HistoryOptions, StepRecord } from '../core/training/types';
import type { LayerParameters } from '../core/engine/network';
import { parametersJson } from '../core/report';
import type { RunStatus, StepPoint } from '../protocol';
import { boundsOf, computeBoundary, type Bounds } from '../core/training/boundary';
import { snapshotDto } from '../core/dto';
import { formatCost } from '../core/runText';
import type { SnapshotBudget, WorkerReply, WorkerRequest, WorkerStart } from './workerProtocol';
import { diskIO } from './dataFiles';

const port = parentPort!;
const post = (m: WorkerReply) => port.postMessage(m);

/** How often the worker sends progress and how often it redraws the boundary while running. */
const PROGRESS_MS = 50;
const BOUNDARY_MS = 250;
const FRAME_MS = 1000 / 60;
/** From this many steps per frame on, the session runs flat out. */
const FULL_SPEED = 1000;

function historyOptions(b: SnapshotBudget): HistoryOptions {
  return typeof b === 'number' ? { first: b, last: b, thinned: b } : { ...b };
}

class WorkerRun {
  private readonly session: TrainingSession;
  private readonly bounds?: Bounds;
  private pending: StepPoint[] = [];
  private testSent = 0;
  private lastProgress = 0;
  private lastBoundary = 0;
  private sentSteps = -1;
  private pace?: NodeJS.Timeout;
  private message?: string;

  constructor(
    private readonly spec: Spec,
    private readonly data: Dataset,
    private readonly trainer: Trainer,
    private readonly resolution: number,
    private stepsPerFrame: number,
  ) {
    if (data.X.rows === 2) this.bounds = boundsOf(data.X);
    this.session = new TrainingSession(trainer, {
      onProgress: (records) => this.progress(records),
      onEnd: (reason) => this.ended(reason),
    });
  }

  get status(): RunStatus {
    if (this.pace) return 'running';
    switch (this.session.state) {
      case 'running':
        return 'running';
      case 'paused':
        return 'paused';
      case 'idle':
        return 'idle';
      case 'ended':
        return this.trainer.status === 'ready' ? 'stopped' : this.trainer.status;
    }
  }

  sendStatus(): void {
    post({
      type: 'status',
      status: this.status,
      step: this.trainer.stepIndex,
      totalSteps: this.trainer.totalSteps,
      message: this.message,
    });
  }

  private progress(records: StepRecord[]): void {
    for (const r of records) {
      const p: StepPoint = { step: r.step, cost: r.cost, gradNorms: r.gradNorms };
      if (r.accuracy !== undefined) p.accuracy = r.accuracy;
      this.pending.push(p);
    }
    this.flushIfDue();
  }

  private flushIfDue(): void {
    const now = performance.now();
    if (now - this.lastProgress >= PROGRESS_MS) this.flush(now);
  }

  /** Sends the steps run since the last flush, new test points, the snapshot list and now and then the boundary. */
  flush(now = performance.now(), boundary = false): void {
    this.lastProgress = now;
    const tests = this.trainer.history.testPoints;
    if (this.pending.length > 0 || tests.length > this.testSent) {
      post({ type: 'progress', points: this.pending, testPoints: tests.slice(this.testSent) });
      this.pending = [];
      this.testSent = tests.length;
    }
    const steps = this.trainer.history.snapshotSteps();
    if (steps.length !== this.sentSteps || boundary) {
      post({ type: 'snapshotSteps', steps });
      this.sentSteps = steps.length;
    }
    if (this.bounds && (boundary || now - this.lastBoundary >= BOUNDARY_MS)) {
      this.lastBoundary = now;
      this.sendBoundary();
    }
    this.sendStatus();
  }

  /** The boundary of θ_step: the current parameters by default, or those a snapshot recorded. */
  sendBoundary(params: LayerParameters[] = this.trainer.parameters(), step = this.trainer.stepIndex): void {
    if (!this.bounds) return;
    post({
      type: 'boundary',
      boundary: computeBoundary(params, this.spec.network.layers, this.bounds, this.resolution, step),
    });
  }

  private ended(reason: SessionEndReason): void {
    this.stopPace();
    if (reason === 'diverged') this.message = this.trainer.divergence?.message;
    else if (reason === 'done') this.message = summary(this.trainer);
    else this.message = `Stopped after ${this.trainer.stepIndex} of ${this.trainer.totalSteps} steps.`;
    this.flush(performance.now(), true);
  }

  play(): void {
    if (this.stepsPerFrame >= FULL_SPEED) this.session.resume();
    else if (!this.pace && this.session.state !== 'ended') {
      // Paced: a fixed number of steps a frame, so the panel can show the run as it goes.
      this.session.pause();
      this.pace = setInterval(() => {
        // A snapshot for the first step of each frame (every step when going one step a frame).
        for (let k = 0; k < this.stepsPerFrame && this.pace; k++) this.session.stepOnce(k === 0);
        this.flushIfDue();
      }, FRAME_MS);
    }
    this.sendStatus();
  }

  private stopPace(): void {
    if (this.pace) clearInterval(this.pace);
    this.pace = undefined;
  }

  pause(): void {
    this.stopPace();
    this.session.pause();
    this.flush(performance.now(), true);
  }

  step(): void {
    this.stopPace();
    this.session.pause();
    this.session.stepOnce();
    this.flush(performance.now(), true);
  }

  stop(): void {
    this.stopPace();
    this.session.stop();
  }

  speed(stepsPerFrame: number): void {
    const running = this.status === 'running';
    this.stepsPerFrame = stepsPerFrame;
    if (running) {
      this.stopPace();
      this.session.pause();
      this.play();
    }
  }

  snapshot(step: number): void {
    const history = this.trainer.history;
    const steps = history.snapshotSteps();
    if (steps.length === 0) return;
    // The kept step nearest the one asked for (the panel normally asks for a kept one).
    const best = steps.reduce((a, s) => (Math.abs(s - step) < Math.abs(a - step) ? s : a), steps[0]);
    const s = history.snapshot(best);
    if (!s) return;
    post({ type: 'snapshot', snapshot: snapshotDto(s, this.spec.layout) });
    // The boundary follows the timeline: θ_t is the W[l], b[l] the snapshot of step t holds.
    this.sendBoundary(
      s.layers.map((l) => ({ W: l.W, b: l.b })),
      s.step,
    );
  }

  gradcheck(): void {
    const rows = gradientCheck(this.spec, this.data, { parameters: this.trainer.parameters() });
    post({ type: 'gradcheck', rows });
  }

  parameters(): void {
    post({ type: 'parameters', parameters: parametersJson(this.trainer.parameters(), this.spec.layout) });
  }
}

function summary(t: Trainer): string {
  const e = t.evaluate();
  const parts = [
    `Trained all ${t.stepIndex} steps (0–${t.stepIndex - 1}); with the final parameters J = ${formatCost(e.cost)}`,
  ];
  if (e.accuracy !== undefined) parts.push(`training accuracy ${(e.accuracy * 100).toFixed(1)}%`);
  if (e.testCost !== undefined) parts.push(`test J = ${formatCost(e.testCost)}`);
  if (e.testAccuracy !== undefined) parts.push(`test accuracy ${(e.testAccuracy * 100).toFixed(1)}%`);
  return parts.join(', ') + '.';
}

function start(req: WorkerStart): WorkerRun | undefined {
  const a = analyze(req.text, diskIO({ baseDir: req.baseDir, root: req.dataRoot }));
  if (!a.runnable || !a.parse.spec || !a.dataset) {
    const first = a.diagnostics.find((d) => d.severity === 'error');
    post({ type: 'error', message: `The spec cannot be trained: ${first?.message ?? 'it is incomplete'}` });
    return undefined;
  }
  const trainer = new Trainer(a.parse.spec, a.dataset, { history: historyOptions(req.snapshots) });
  const run = new WorkerRun(
    a.parse.spec,
    a.dataset,
    trainer,
    Math.max(2, Math.min(200, Math.round(req.boundaryResolution))),
    req.stepsPerFrame ?? FULL_SPEED,
  );
  run.flush(performance.now(), true); // a run starts paused at step 0: the host sends play when the panel is ready
  return run;
}

let run: WorkerRun | undefined;

function handle(req: WorkerRequest): void {
  if (req.type === 'start') {
    run = start(req);
    return;
  }
  if (!run) return;
  switch (req.type) {
    case 'control':
      if (req.action === 'play') run.play();
      else if (req.action === 'pause') run.pause();
      else if (req.action === 'step') run.step();
      else run.stop();
      return;
    case 'speed':
      return run.speed(req.stepsPerFrame);
    case 'requestSnapshot':
      return run.snapshot(req.step);
    case 'gradcheck':
      return run.gradcheck();
    case 'parameters':
      return run.parameters();
  }
}

port.on('message', (req: WorkerRequest) => {
  try {
    handle(req);
  } catch (e) {
    post({ type: 'error', message: `Training failed: ${e instanceof Error ? e.message : String(e)}` });
  }
});
