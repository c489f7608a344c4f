// The host's handle on one run: a worker thread training the spec, its reports forwarded to the
// panel at a bounded rate through the run's record, and its replies matched to the requests made.
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { GradCheckRow, HostMessage, RunStatus } from '../protocol';
import { PendingReplies } from '../requests';
import { RunRecord } from '../node/runRecord';
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
    return `The training worker ran out of memory (its limit is ${WORKER_LIMITS.maxOldGenerationSizeMb} MB): make the network, the data or the run smaller.`;
  }
  return `The training worker failed: ${e.message}`;
}

export interface RunWorkerOptions {
  workerPath: string;
  start: WorkerStart;
  /** How many times a second the panel is updated. */
  updateRateHz: number;
  /** Posts to the panel. */
  post: (m: HostMessage) => void;
}

export class RunWorker implements vscode.Disposable {
  readonly record: RunRecord;
  readonly runId: number;
  /** The spec's text the run started from. */
  readonly text: string;
  private worker?: Worker;
  private timer?: NodeJS.Timeout;
  private readonly replies = new PendingReplies<WorkerReply>();
  private readonly post: (m: HostMessage) => void;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the status (steps, cost, state) changes: for the status bar and the progress notification. */
  readonly onDidChange = this.changed.event;

  constructor(o: RunWorkerOptions) {
    this.runId = o.start.runId;
    this.text = o.start.text;
    this.post = o.post;
    this.record = new RunRecord(this.runId);
    this.worker = new Worker(o.workerPath, { resourceLimits: WORKER_LIMITS });
    this.worker.on('message', (m: WorkerReply) => this.receive(m));
    this.worker.on('error', (e) => this.fail(workerFailure(e)));
    this.worker.on('exit', (code) => {
      if (this.worker) this.fail(`The training worker stopped unexpectedly (exit code ${code}).`);
    });
    this.worker.postMessage(o.start satisfies WorkerRequest);
    this.timer = setInterval(() => this.flush(), 1000 / Math.min(60, Math.max(1, o.updateRateHz)));
  }

  get alive(): boolean {
    return this.worker !== undefined;
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

  control(action: WorkerControl['action']): void {
    this.worker?.postMessage({ type: 'control', action } satisfies WorkerRequest);
  }

  /** Runs, paused, through `step`: the panel then shows that step, the newest one kept. */
  runTo(step: number): void {
    this.worker?.postMessage({ type: 'runTo', step } satisfies WorkerRequest);
  }

  speed(stepsPerFrame: number): void {
    this.worker?.postMessage({ type: 'speed', stepsPerFrame } satisfies WorkerRequest);
  }

  /** The kept snapshot nearest `step` with its boundary, or a sentence saying why there is none. */
  async snapshot(step: number): Promise<WorkerSnapshotReply | string> {
    const r = await this.request((requestId) => ({ type: 'snapshot', requestId, step }));
    return r?.type === 'snapshot' ? r : this.why(r);
  }

  /** A gradient check at the current parameters; its result also goes to the panel (with `inReplyTo` when it asked). */
  async gradcheck(inReplyTo?: number): Promise<GradCheckRow[] | undefined> {
    const r = await this.request((requestId) => ({ type: 'gradcheck', requestId }));
    if (r?.type !== 'gradcheck') {
      this.postNow({ type: 'error', runId: this.runId, inReplyTo, message: this.why(r) });
      return undefined;
    }
    this.postNow({ type: 'gradcheck', runId: this.runId, inReplyTo, rows: r.rows });
    return r.rows;
  }

  /** The current parameters, W1, b1, ... in the file's layout. */
  async parameters(): Promise<Record<string, number[][]> | undefined> {
    const r = await this.request((requestId) => ({ type: 'parameters', requestId }));
    return r?.type === 'parameters' ? r.parameters : undefined;
  }

  /** The spec changed since this run started: pause it and say so. */
  markStale(message: string): void {
    if (this.status === 'running') this.control('pause');
    this.record.markStale(message);
    this.flush();
    this.changed.fire();
  }

  /** Ends the run from the host's side (its spec was closed): stopped with this message. */
  end(message: string): void {
    this.record.end(message);
    this.dispose();
  }

  private request(make: (requestId: number) => WorkerRequest): Promise<WorkerReply | undefined> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(undefined);
    return this.replies.request((requestId) => worker.postMessage(make(requestId)));
  }

  private why(r: WorkerReply | undefined): string {
    return r?.type === 'error' ? r.message : 'The run has ended: train again to see it.';
  }

  private receive(reply: WorkerReply): void {
    if ('inReplyTo' in reply && reply.inReplyTo !== undefined) {
      this.replies.settle(reply.inReplyTo, reply);
      return;
    }
    if (reply.type === 'error') this.postNow({ type: 'error', runId: this.runId, message: reply.message });
    else if (reply.type !== 'snapshot' && reply.type !== 'gradcheck' && reply.type !== 'parameters') {
      this.record.add(reply);
      if (reply.type === 'status') this.changed.fire();
    }
  }

  private postNow(m: Extract<HostMessage, { type: 'gradcheck' | 'error' }>): void {
    for (const out of this.record.addImmediate(m)) this.post(out);
    this.changed.fire();
  }

  private flush(): void {
    const out = this.record.flush();
    out.forEach((m) => this.post(m));
    if (out.length > 0) this.changed.fire();
  }

  private fail(message: string): void {
    this.stopWorker();
    this.postNow({ type: 'error', runId: this.runId, message });
    this.record.end(message);
    this.flush();
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    this.replies.cancelAll();
    if (w) void w.terminate();
  }

  /** Terminates the worker (the panel or the spec closed); what it reported so far stays for the panel. */
  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stopWorker();
    this.flush();
    this.changed.dispose();
  }
}
