// The training worker (worker_threads): analyses the spec, trains the file and each compare:
// variant under a TrainingSession of its own at the pace the host asks for (the sessions take turns
// on this one thread), and reports each run to the host a few times a second under the run's id.
// A worker started with a diff, export or explain request instead does that one job, off the host's event loop.
import { parentPort } from 'node:worker_threads';
import type { Analysis } from '../core/analyze';
import { networkConfig } from '../core/engine/init';
import { msg, render, type Language } from '../core/messages/message';
import { Trainer } from '../core/training/trainer';
import type { HistoryOptions } from '../core/training/types';
import { DEFAULT_SNAPSHOT_BYTES } from '../core/training/history';
import { BoundaryGrid, boundsOf } from '../core/training/boundary';
import { RunReporter } from './runReporter';
import type {
  SnapshotBudget,
  WorkerDiffReply,
  WorkerExplainReply,
  WorkerExportReply,
  WorkerReply,
  WorkerRequest,
  WorkerStart,
} from './workerProtocol';
import { diskIO, givenIO } from './dataFiles';
import { diffJob } from './diffJob';
import { explainJob } from './explainJob';
import { exportJob } from './exportJob';
import { trainable } from './trainable';
import { lowerWorkerPriority } from './threadPriority';

const port = parentPort!;
lowerWorkerPriority(); // the editor's threads go first on a busy machine; training takes what is left
const post = (m: WorkerReply) => port.postMessage(m);
/** The language of the runs' outcomes and errors: that of the last start (English before one). */
let lang: Language = 'en';
const say = (id: Parameters<typeof msg>[0], params?: Parameters<typeof msg>[1]) => render(lang, msg(id, params));

function historyOptions(b: SnapshotBudget, maxBytes: number): HistoryOptions {
  return typeof b === 'number' ? { first: b, last: b, thinned: b, maxBytes } : { ...b, maxBytes };
}

function reporter(req: WorkerStart, runId: number, a: Analysis, maxBytes: number): RunReporter {
  const spec = a.parse.spec!;
  const dataset = a.dataset!;
  const trainer = new Trainer(spec, dataset, { history: historyOptions(req.snapshots, maxBytes) });
  const resolution = Math.max(2, Math.min(200, Math.round(req.boundaryResolution)));
  const X = dataset.X;
  const grid = X.rows === 2 ? new BoundaryGrid(networkConfig(spec, 2), boundsOf(X), resolution) : undefined;
  return new RunReporter({ runId, spec, dataset, trainer, grid, post, lang: req.lang }, req.stepsPerFrame);
}

/** The file's run first, then each variant's; none (with the reason) when the spec cannot be trained. */
function start(req: WorkerStart): Map<number, RunReporter> {
  const io = req.given ? givenIO(req.given.path, req.given.read) : diskIO({ baseDir: req.baseDir, root: req.dataRoot });
  const checked = trainable(req.text, io);
  if ('why' in checked) {
    post({ type: 'error', message: say('job.cannotTrain', { why: checked.why }) });
    return new Map();
  }
  const a = checked.analysis;
  const wanted = req.variants ?? [];
  const variants = wanted.map((v) => ({ ...v, analysis: a.variants.find((x) => x.name === v.name)?.analysis }));
  const missing = variants.find((v) => !v.analysis?.parse.spec || !v.analysis.dataset);
  if (missing) {
    post({ type: 'error', message: say('job.noVariant', { name: missing.name }) });
    return new Map();
  }
  // The file's run keeps the usual snapshot budget; its variants share one more between them.
  const runs = new Map([[req.runId, reporter(req, req.runId, a, DEFAULT_SNAPSHOT_BYTES)]]);
  const share = DEFAULT_SNAPSHOT_BYTES / Math.max(1, variants.length);
  for (const v of variants) runs.set(v.runId, reporter(req, v.runId, v.analysis!, share));
  return runs;
}

let runs = new Map<number, RunReporter>();
let fileRun = -1;

function handle(req: WorkerRequest): void {
  if (req.type === 'diff') port.postMessage(diffJob(req) satisfies WorkerDiffReply);
  else if (req.type === 'export') port.postMessage(exportJob(req) satisfies WorkerExportReply);
  else if (req.type === 'explain') port.postMessage(explainJob(req) satisfies WorkerExplainReply);
  else if (req.type === 'start') {
    fileRun = req.runId;
    lang = req.lang ?? 'en';
    runs = start(req);
  } else if (req.type === 'control' || req.type === 'speed') {
    for (const run of runs.values()) run.handle(req);
  } else {
    const runId = req.type === 'snapshot' || req.type === 'boundaryAt' ? req.runId : fileRun;
    const run = runs.get(runId);
    if (run) run.handle(req);
    else if ('requestId' in req) post({ type: 'error', inReplyTo: req.requestId, message: say('job.noRun') });
  }
}

port.on('message', (req: WorkerRequest) => {
  try {
    handle(req);
  } catch (e) {
    const inReplyTo = 'requestId' in req ? req.requestId : undefined;
    post({
      type: 'error',
      inReplyTo,
      message: say('job.trainingFailed', { error: e instanceof Error ? e.message : String(e) }),
    });
  }
});
