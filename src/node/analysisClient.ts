// The host's side of the analysis worker: one worker thread checks the open specs in turn, so the
// editor's thread never parses, reads or generates data. A newer request for the same spec cancels
// an older one still waiting (it resolves undefined); one already running finishes, so the CSV file
// it parsed is remembered for the next, but its result is dropped. A worker that dies or takes too
// long is replaced, and its request answered with an analysis saying why.
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { unreadable, type FileRead } from '../core/data/files';
import { msg, type Message } from '../core/messages/message';
import { duration } from '../core/spec/limits';
import {
  failedAnalysis,
  type AnalysisReply,
  type AnalysisRequest,
  type DataAccess,
  type EditorAnalysis,
} from './analysisProtocol';
import type { PanelFacts } from './panelAnalysis';

/** The worker's JavaScript heap: a 10 MB CSV file parsed twice over, with room to spare. */
const HEAP_MB = 512;
export const ANALYSIS_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 };

/** How the analysis reaches the data file: as DataAccess says, or `host`: the host reads it with `read`. */
export type Access = DataAccess | { kind: 'host'; read(path: string): Promise<FileRead> };

export interface AnalysisClientOptions {
  /** A new analysis worker thread with these limits. */
  spawn(limits: ResourceLimits): Worker;
  /** A request running longer than this is given up and its worker replaced. */
  timeoutMs: number;
}

interface Job {
  id: number;
  key: string;
  text: string;
  access: Access;
  /** Set to have the worker draw a panel's first screen of the analysis too (AnalysisRequest's `panel`). */
  panel?: PanelFacts;
  resolve(a: EditorAnalysis | undefined): void;
  /** Cancelled by a newer request for the same key while it ran: already resolved undefined. */
  dropped?: boolean;
}

function describe(e: Error & { code?: string }): Message {
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return msg('analysis.outOfMemory', { mb: HEAP_MB });
  return msg('analysis.internalError', { error: e.message });
}

/** The time limit in words: seconds in every language below 90 s, else as duration() says it in English. */
function timeLimit(ms: number): Message {
  const seconds = ms / 1000;
  if (seconds < 90) return msg('analysis.seconds', { n: Math.max(1, Math.round(seconds)) });
  return msg('text.verbatim', { text: duration(seconds) });
}

export class AnalysisClient {
  private worker?: Worker;
  private readonly waiting: Job[] = [];
  private running?: Job;
  private timer?: NodeJS.Timeout;
  private lastId = 0;
  private disposed = false;
  /** The last analysis given out whose first screen the worker is drawing: it is set on it when it comes. */
  private drawing?: { id: number; facts: PanelFacts; analysis: EditorAnalysis };

  constructor(private readonly options: AnalysisClientOptions) {}

  /**
   * The analysis of `text`; undefined when a newer request for `key` (or `cancel`) came first. With `panel`,
   * the first screen of a panel on it follows, set on the analysis (EditorAnalysis's `firstScreen`).
   */
  analyze(key: string, text: string, access: Access, panel?: PanelFacts): Promise<EditorAnalysis | undefined> {
    this.cancel(key);
    if (this.disposed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting.push({ id: ++this.lastId, key, text, access, panel, resolve });
      this.next();
    });
  }

  /** Cancels the requests for `key` (its document changed or closed). */
  cancel(key: string): void {
    for (const job of this.waiting.filter((j) => j.key === key)) {
      this.waiting.splice(this.waiting.indexOf(job), 1);
      job.resolve(undefined);
    }
    if (this.running?.key === key && !this.running.dropped) {
      this.running.dropped = true;
      this.running.resolve(undefined);
    }
  }

  /** Whether a worker thread exists right now (it is started on demand and replaced after a failure). */
  get alive(): boolean {
    return this.worker !== undefined;
  }

  private next(): void {
    if (this.running || this.disposed) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.running = job;
    this.send(job, job.access.kind === 'host' ? { kind: 'ask' } : job.access);
  }

  private send(job: Job, access: AnalysisRequest['access']): void {
    const worker = (this.worker ??= this.start());
    const limit = timeLimit(this.options.timeoutMs);
    this.timer = setTimeout(() => this.fail(msg('analysis.tookLonger', { limit })), this.options.timeoutMs);
    worker.postMessage({ id: job.id, text: job.text, access, panel: job.panel } satisfies AnalysisRequest);
  }

  private receive(reply: AnalysisReply): void {
    if ('analysis' in reply || 'needs' in reply) this.answered(reply);
    else this.drawn(reply.inReplyTo, reply.firstScreen);
  }

  private answered(reply: AnalysisReply & ({ analysis: EditorAnalysis } | { needs: string })): void {
    const job = this.running;
    if (!job || reply.inReplyTo !== job.id) return;
    clearTimeout(this.timer);
    if ('needs' in reply) void this.give(job, reply.needs);
    else {
      if (job.panel) this.drawing = { id: job.id, facts: job.panel, analysis: reply.analysis };
      this.finish(job, reply.analysis);
    }
  }

  /** The worker sends a first screen just after its analysis, before it takes the next request. */
  private drawn(id: number, markup: string | undefined): void {
    const d = this.drawing;
    if (d?.id !== id) return;
    this.drawing = undefined;
    if (markup !== undefined) d.analysis.firstScreen = { facts: d.facts, markup };
  }

  /** The host reads the file the spec names, then the worker analyses the spec with it. */
  private async give(job: Job, path: string): Promise<void> {
    if (job.access.kind !== 'host') return;
    const read = await job.access.read(path).catch((e: unknown) => unreadable(path, e));
    if (this.running !== job) return; // given up meanwhile
    if (job.dropped) this.finish(job, undefined);
    else this.send(job, { kind: 'given', path, read });
  }

  private finish(job: Job, analysis: EditorAnalysis | undefined): void {
    this.running = undefined;
    if (!job.dropped) job.resolve(analysis);
    this.next();
  }

  private fail(why: Message): void {
    const job = this.running;
    this.stopWorker();
    if (job) this.finish(job, failedAnalysis(why));
  }

  private start(): Worker {
    const w = this.options.spawn(ANALYSIS_WORKER_LIMITS);
    w.on('message', (r: AnalysisReply) => w === this.worker && this.receive(r));
    w.on('error', (e) => w === this.worker && this.fail(describe(e)));
    w.on('exit', (code) => w === this.worker && this.fail(msg('analysis.workerStopped', { code })));
    return w;
  }

  private stopWorker(): void {
    clearTimeout(this.timer);
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    this.stopWorker();
    const jobs = [...(this.running ? [this.running] : []), ...this.waiting.splice(0)];
    this.running = undefined;
    for (const job of jobs) if (!job.dropped) job.resolve(undefined);
  }
}
