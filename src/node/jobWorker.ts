// Runs one job (a trace comparison, a script export, an explanation) in a worker thread of its own, so a long run,
// a large trace or a large data file never blocks the extension host; it can be cancelled, and the
// worker ends with its answer.
import { Worker } from 'node:worker_threads';
import type {
  WorkerDiffReply,
  WorkerDiffRequest,
  WorkerExplainReply,
  WorkerExplainRequest,
  WorkerExportReply,
  WorkerExportRequest,
} from './workerProtocol';
import { msg, render, type Language } from '../core/messages/message';
import type { MessageId } from '../core/messages/en';

/** A job's heap: a trace file may hold up to 10,000,000 numbers, read as text and as JSON. */
const JOB_LIMITS = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 64 };

export interface JobRun<R> {
  /** Settles once with the answer, an error, or 'cancelled'. */
  readonly result: Promise<R | 'cancelled'>;
  cancel(): void;
}

type Reply = WorkerDiffReply | WorkerExportReply | WorkerExplainReply;
type Request = WorkerDiffRequest | WorkerExportRequest | WorkerExplainRequest;

/** The job's name in its errors. */
type JobName = Extract<MessageId, 'job.comparison' | 'job.export' | 'job.explanation'>;

function failure(what: JobName, e: Error & { code?: string }, lang: Language): string {
  const limit = `${JOB_LIMITS.maxOldGenerationSizeMb} MB`;
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return render(lang, msg('job.outOfMemory', { what: msg(what), limit }));
  return render(lang, msg('job.failed', { what: msg(what), error: e.message }));
}

/** Starts `req` in `workerPath` (dist/worker.js); `what` names the job in errors, worded in the request's language. */
function jobInWorker<R extends Reply>(workerPath: string, req: Request, what: JobName) {
  const lang = req.lang ?? 'en';
  const worker = new Worker(workerPath, { resourceLimits: JOB_LIMITS });
  let settle!: (r: R | 'cancelled') => void;
  let done = false;
  const result = new Promise<R | 'cancelled'>((resolve) => (settle = resolve));
  const finish = (r: R | 'cancelled') => {
    if (done) return;
    done = true;
    settle(r);
    void worker.terminate();
  };
  worker.on('message', (m: R) => finish(m));
  worker.on('error', (e) => finish({ type: 'error', message: failure(what, e, lang) } as R));
  worker.on('exit', (code) =>
    finish({ type: 'error', message: render(lang, msg('job.stopped', { what: msg(what), code })) } as R),
  );
  worker.postMessage(req);
  return { result, cancel: () => finish('cancelled') } satisfies JobRun<R>;
}

/** Compares a trace with nnspec's run of the spec. */
export const diffInWorker = (workerPath: string, req: WorkerDiffRequest): JobRun<WorkerDiffReply> =>
  jobInWorker<WorkerDiffReply>(workerPath, req, 'job.comparison');

/** Writes nothing: returns the exported script's text. */
export const exportInWorker = (workerPath: string, req: WorkerExportRequest): JobRun<WorkerExportReply> =>
  jobInWorker<WorkerExportReply>(workerPath, req, 'job.export');

/** One number of the spec's step 0, explained. */
export const explainInWorker = (workerPath: string, req: WorkerExplainRequest): JobRun<WorkerExplainReply> =>
  jobInWorker<WorkerExplainReply>(workerPath, req, 'job.explanation');
