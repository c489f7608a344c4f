// Runs one trace comparison in a worker thread of its own, so a long run or a large trace never
// blocks the extension host; it can be cancelled, and the worker ends with its answer.
import { Worker } from 'node:worker_threads';
import type { WorkerDiffReply, WorkerDiffRequest, WorkerRequest } from './workerProtocol';

/** The diff's heap: a trace file may hold up to 10,000,000 numbers, read as text and as JSON. */
const DIFF_LIMITS = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 64 };

export interface DiffRun {
  /** Settles once with the answer, an error, or 'cancelled'. */
  readonly result: Promise<WorkerDiffReply | 'cancelled'>;
  cancel(): void;
}

function failure(e: Error & { code?: string }): string {
  const limit = `${DIFF_LIMITS.maxOldGenerationSizeMb} MB`;
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return `The comparison ran out of memory (its limit is ${limit}): trace fewer steps.`;
  return `The comparison failed: ${e.message}`;
}

/** Starts the comparison in `workerPath` (dist/worker.js). */
export function diffInWorker(workerPath: string, req: WorkerDiffRequest): DiffRun {
  const worker = new Worker(workerPath, { resourceLimits: DIFF_LIMITS });
  let settle!: (r: WorkerDiffReply | 'cancelled') => void;
  let done = false;
  const result = new Promise<WorkerDiffReply | 'cancelled'>((resolve) => (settle = resolve));
  const finish = (r: WorkerDiffReply | 'cancelled') => {
    if (done) return;
    done = true;
    settle(r);
    void worker.terminate();
  };
  worker.on('message', (m: WorkerDiffReply) => finish(m));
  worker.on('error', (e) => finish({ type: 'error', message: failure(e) }));
  worker.on('exit', (code) =>
    finish({ type: 'error', message: `The comparison stopped unexpectedly (exit code ${code}).` }),
  );
  worker.postMessage(req satisfies WorkerRequest);
  return { result, cancel: () => finish('cancelled') };
}
