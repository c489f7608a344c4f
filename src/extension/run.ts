// One training run: a worker thread running the spec, its coalesced messages forwarded to the
// panel at a bounded rate, and the record the panel replays when it reloads.
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { GradCheckRow, HostMessage, RunStatus } from '../protocol';
import { RunLog } from '../node/runLog';
import type { WorkerReply, WorkerRequest, WorkerStart } from '../node/workerProtocol';

export class Run implements vscode.Disposable {
  readonly log = new RunLog();
  private worker?: Worker;
  private timer?: NodeJS.Timeout;
  private ended = false;
  private override?: { status: RunStatus; message: string };
  private readonly waiting = {
    parameters: [] as ((p: Record<string, number[][]> | undefined) => void)[],
    gradcheck: [] as ((r: GradCheckRow[] | undefined) => void)[],
  };
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the status (step, cost, state) changes; for the status bar and progress notification. */
  readonly onDidChange = this.changed.event;

  constructor(
    workerPath: string,
    readonly text: string,
    start: Omit<WorkerStart, 'type' | 'text'>,
    updateRateHz: number,
    private readonly post: (m: HostMessage) => void,
  ) {
    this.worker = new Worker(workerPath);
    this.worker.on('message', (m: WorkerReply) => this.receive(m));
    this.worker.on('error', (e) => this.fail(`The training worker failed: ${e.message}`));
    this.worker.on('exit', (code) => {
      if (!this.ended) this.fail(`The training worker stopped unexpectedly (exit code ${code}).`);
    });
    this.worker.postMessage({ type: 'start', text, ...start } satisfies WorkerStart);
    this.timer = setInterval(() => this.flush(), 1000 / Math.min(60, Math.max(1, updateRateHz)));
  }

  get alive(): boolean {
    return this.worker !== undefined;
  }

  get status(): RunStatus {
    return this.log.status?.status ?? 'idle';
  }

  get step(): number {
    return this.log.status?.step ?? 0;
  }

  get totalSteps(): number {
    return this.log.status?.totalSteps ?? 0;
  }

  send(req: WorkerRequest): void {
    this.worker?.postMessage(req);
  }

  parameters(): Promise<Record<string, number[][]> | undefined> {
    if (!this.worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting.parameters.push(resolve);
      this.send({ type: 'parameters' });
    });
  }

  gradcheck(): Promise<GradCheckRow[] | undefined> {
    if (!this.worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting.gradcheck.push(resolve);
      this.send({ type: 'gradcheck' });
    });
  }

  /** Overrides the status shown from now on, e.g. `stale` after the spec was edited. */
  setStatus(status: RunStatus, message: string): void {
    this.override = { status, message };
    this.log.setStatus({ type: 'status', status, step: this.step, totalSteps: this.totalSteps, message });
    this.flush();
    this.changed.fire();
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'parameters') {
      const { parameters } = reply;
      this.waiting.parameters.splice(0).forEach((r) => r(parameters));
      return;
    }
    if (reply.type === 'gradcheck') {
      const { rows } = reply;
      this.waiting.gradcheck.splice(0).forEach((r) => r(rows));
    }
    if (reply.type === 'error') this.settleWaiting();
    const m = reply.type === 'status' && this.override ? { ...reply, ...this.override } : reply;
    for (const out of this.log.add(m)) this.post(out);
    if (m.type === 'status' || m.type === 'error') this.changed.fire();
  }

  private flush(): void {
    const out = this.log.flush();
    out.forEach((m) => this.post(m));
    if (out.some((m) => m.type === 'progress')) this.changed.fire();
  }

  private fail(message: string): void {
    this.stopWorker();
    for (const out of this.log.add({ type: 'error', message })) this.post(out);
    this.setStatus('stopped', message);
  }

  private settleWaiting(): void {
    this.waiting.parameters.splice(0).forEach((r) => r(undefined));
    this.waiting.gradcheck.splice(0).forEach((r) => r(undefined));
  }

  private stopWorker(): void {
    this.ended = true;
    const w = this.worker;
    this.worker = undefined;
    this.settleWaiting();
    if (w) void w.terminate();
  }

  /** Terminates the worker (the panel or the spec closed); what it sent so far stays for the panel. */
  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
    this.stopWorker();
    this.changed.dispose();
  }
}
