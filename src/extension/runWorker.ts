// The host's handle on one worker thread: it trains the file's run and each compare: variant's in
// turn, every run's reports forwarded to the panel at a bounded rate through the run's own record,
// and its replies matched to the requests made.
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { BoundaryDTO, GradCheckRow, HostMessage, RunStatus } from '../protocol';
import { PendingReplies } from '../requests';
import { RunRecord } from '../node/runRecord';
import type { RunTrainer } from '../node/runHistory';
import type {
  WorkerControl,
  WorkerReply,
  WorkerRequest,
  WorkerSnapshotReply,
  WorkerStart,
} from '../node/workerProtocol';

/** The worker's JavaScript heap (its matrices live outside it, bounded by the history's own budget). */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64 };

function workerFailure(e: Error & { code?: string }): string {
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return vscode.l10n.t(
      'The training worker ran out of memory (its limit is {0} MB): make the network, the data or the run smaller.',
      WORKER_LIMITS.maxOldGenerationSizeMb,
    );
  }
  return vscode.l10n.t('The training worker failed: {0}', e.message);
}

export interface RunWorkerOptions {
  workerPath: string;
  start: WorkerStart;
  /** How many times a second the panel is updated. */
  updateRateHz: number;
  /** Posts a run's message towards the panel (the panel decides whether it draws that run). */
  post: (m: HostMessage) => void;
  /** Whether the panel is behind on drawing: periodic updates then wait and merge, unless a run's state changed. */
  behind?: () => boolean;
}

export class RunWorker implements RunTrainer, vscode.Disposable {
  /** The file's own run; the variants' runs follow it in `runIds`. */
  readonly runId: number;
  readonly runIds: readonly number[];
  /** The spec's text the runs started from. */
  readonly text: string;
  private readonly records = new Map<number, RunRecord>();
  private worker?: Worker;
  /** Its thread has been stopped (or was never started before the runs ended); it is not started again. */
  private ended = false;
  private readonly workerPath: string;
  /** The start message, posted when the thread starts (a speed chosen before then goes into it). */
  private readonly start: WorkerStart;
  private timer?: NodeJS.Timeout;
  private readonly replies = new PendingReplies<WorkerReply>();
  private readonly post: (m: HostMessage) => void;
  private readonly behind: () => boolean;
  private readonly changed = new vscode.EventEmitter<void>();
  /**
   * Fires when a run's status (steps, cost, state) changes: for the
   * status bar, the progress notification, the run list.
   */
  readonly onDidChange = this.changed.event;

  constructor(o: RunWorkerOptions) {
    this.runId = o.start.runId;
    this.runIds = [this.runId, ...(o.start.variants ?? []).map((v) => v.runId)];
    this.text = o.start.text;
    this.post = o.post;
    this.behind = o.behind ?? (() => false);
    this.workerPath = o.workerPath;
    this.start = { ...o.start };
    for (const id of this.runIds) this.records.set(id, new RunRecord(id));
    this.timer = setInterval(() => this.flush(), 1000 / Math.min(60, Math.max(1, o.updateRateHz)));
  }

  /**
   * Starts the worker thread, once: the panel does so when its page is ready (a thread starting while the page
   * loads competes with it for the CPU), and any request or control does so when it comes first.
   */
  startThread(): Worker | undefined {
    if (this.worker || this.ended) return this.worker;
    const worker = (this.worker = new Worker(this.workerPath, { resourceLimits: WORKER_LIMITS }));
    worker.on('message', (m: WorkerReply) => this.receive(m));
    worker.on('error', (e) => this.fail(workerFailure(e)));
    worker.on('exit', (code) => {
      if (this.worker) this.fail(vscode.l10n.t('The training worker stopped unexpectedly (exit code {0}).', code));
    });
    worker.postMessage(this.start satisfies WorkerRequest);
    return worker;
  }

  /** The file's run's record. */
  get record(): RunRecord {
    return this.records.get(this.runId)!;
  }

  recordOf(runId: number): RunRecord | undefined {
    return this.records.get(runId);
  }

  /** Whether its runs can still go on: the thread is running, or will start when the panel is ready. */
  get alive(): boolean {
    return !this.ended;
  }

  get status(): RunStatus {
    return this.record.status?.status ?? 'idle';
  }

  get stale(): boolean {
    return this.record.status?.stale ?? false;
  }

  get stepsRun(): number {
    return this.record.status?.stepsRun ?? 0;
  }

  get totalSteps(): number {
    return this.record.status?.totalSteps ?? 0;
  }

  /** Acts on every run of the worker: the file and its variants play, pause, step and stop together. */
  control(action: WorkerControl['action']): void {
    this.startThread()?.postMessage({ type: 'control', action } satisfies WorkerRequest);
  }

  /** Runs, paused, through `step`: the panel then shows that step, the newest one kept. */
  runTo(step: number): void {
    this.startThread()?.postMessage({ type: 'runTo', step } satisfies WorkerRequest);
  }

  speed(stepsPerFrame: number): void {
    if (this.worker) this.worker.postMessage({ type: 'speed', stepsPerFrame } satisfies WorkerRequest);
    else this.start.stepsPerFrame = stepsPerFrame;
  }

  /** The kept snapshot of the file's run nearest `step`, with its boundary, or a sentence saying why there is none. */
  async snapshot(step: number): Promise<WorkerSnapshotReply | string> {
    const r = await this.request((requestId) => ({ type: 'snapshot', requestId, runId: this.runId, step }));
    return r?.type === 'snapshot' ? r : this.why(r);
  }

  /** Run `runId`'s boundary at `step` (or at its nearest kept snapshot), or a sentence saying why there is none. */
  async boundaryAt(runId: number, step: number): Promise<BoundaryDTO | string> {
    const r = await this.request((requestId) => ({ type: 'boundaryAt', requestId, runId, step }));
    return r?.type === 'boundaryAt' ? r.boundary : this.why(r);
  }

  /**
   * A gradient check at the file's run's current parameters; its result also
   * goes to the panel (with `inReplyTo` when it asked).
   */
  async gradcheck(inReplyTo?: number): Promise<GradCheckRow[] | undefined> {
    const r = await this.request((requestId) => ({ type: 'gradcheck', requestId }));
    if (r?.type !== 'gradcheck') {
      this.postNow({ type: 'error', runId: this.runId, inReplyTo, message: this.why(r) });
      return undefined;
    }
    this.postNow({ type: 'gradcheck', runId: this.runId, inReplyTo, rows: r.rows });
    return r.rows;
  }

  /** The file's run's current parameters, W1, b1, ... in the file's layout. */
  async parameters(): Promise<Record<string, number[][]> | undefined> {
    const r = await this.request((requestId) => ({ type: 'parameters', requestId }));
    return r?.type === 'parameters' ? r.parameters : undefined;
  }

  /** The spec changed since these runs started: pause them and say so. */
  markStale(message: string): void {
    if (this.status === 'running') this.control('pause');
    for (const r of this.records.values()) r.markStale(message);
    this.flush();
    this.changed.fire();
  }

  /** Ends the runs from the host's side (their spec was closed): the unfinished ones stop with this message. */
  end(message: string): void {
    for (const r of this.records.values()) r.end(message);
    this.dispose();
  }

  stopRuns(): void {
    this.control('stop');
  }

  retire(message: string): void {
    this.end(message);
    for (const r of this.records.values()) r.compact();
  }

  forget(runId: number): void {
    this.records.delete(runId);
  }

  private request(make: (requestId: number) => WorkerRequest): Promise<WorkerReply | undefined> {
    const worker = this.startThread();
    if (!worker) return Promise.resolve(undefined);
    return this.replies.request((requestId) => worker.postMessage(make(requestId)));
  }

  private why(r: WorkerReply | undefined): string {
    return r?.type === 'error' ? r.message : vscode.l10n.t('The run has ended: train again to see it.');
  }

  private receive(reply: WorkerReply): void {
    if ('inReplyTo' in reply && reply.inReplyTo !== undefined) {
      this.replies.settle(reply.inReplyTo, reply);
      return;
    }
    if (reply.type === 'error') this.postNow({ type: 'error', runId: this.runId, message: reply.message });
    else if (
      reply.type === 'status' ||
      reply.type === 'progress' ||
      reply.type === 'snapshotSteps' ||
      reply.type === 'boundary'
    ) {
      this.records.get(reply.runId)?.add(reply);
      if (reply.type === 'status') this.changed.fire();
    }
  }

  private postNow(m: Extract<HostMessage, { type: 'gradcheck' | 'error' }>): void {
    for (const out of this.record.addImmediate(m)) this.post(out);
    this.changed.fire();
  }

  private flush(): void {
    const behind = this.behind();
    let any = false;
    for (const r of this.records.values()) {
      if (behind && !r.stateChanged) continue;
      const out = r.flush();
      out.forEach((m) => this.post(m));
      any ||= out.length > 0;
    }
    if (any) this.changed.fire();
  }

  private fail(message: string): void {
    this.stopWorker();
    this.postNow({ type: 'error', runId: this.runId, message });
    for (const r of this.records.values()) r.end(message);
    this.flush();
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    this.ended = true;
    this.replies.cancelAll();
    if (w) void w.terminate();
  }

  /**
   * Terminates the worker (the panel or the spec closed, or newer runs replaced these); what it reported so far stays.
   */
  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stopWorker();
    this.flush();
    this.changed.dispose();
  }
}
