// The training worker (worker_threads): analyses the spec, trains it under a TrainingSession at
// the pace the host asks for, and reports to the host a few times a second. A worker started
// with a diff request instead compares a trace file with the spec's run, off the host's event loop.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { networkConfig } from '../core/engine/init';
import { Trainer } from '../core/training/trainer';
import type { HistoryOptions } from '../core/training/types';
import { BoundaryGrid, boundsOf } from '../core/training/boundary';
import { RunReporter } from './runReporter';
import type {
  SnapshotBudget,
  WorkerDiffReply,
  WorkerExportReply,
  WorkerReply,
  WorkerRequest,
  WorkerStart,
} from './workerProtocol';
import { diskIO, givenIO } from './dataFiles';
import { diffJob } from './diffJob';
import { exportJob } from './exportJob';

const port = parentPort!;
const post = (m: WorkerReply) => port.postMessage(m);

function historyOptions(b: SnapshotBudget): HistoryOptions {
  return typeof b === 'number' ? { first: b, last: b, thinned: b } : { ...b };
}

function start(req: WorkerStart): RunReporter | undefined {
  const io = req.given ? givenIO(req.given.path, req.given.read) : diskIO({ baseDir: req.baseDir, root: req.dataRoot });
  const a = analyze(req.text, io);
  if (!a.runnable || !a.parse.spec || !a.dataset) {
    const first = a.diagnostics.find((d) => d.severity === 'error');
    post({ type: 'error', message: `The spec cannot be trained: ${first?.message ?? 'it is incomplete'}` });
    return undefined;
  }
  const spec = a.parse.spec;
  const trainer = new Trainer(spec, a.dataset, { history: historyOptions(req.snapshots) });
  const resolution = Math.max(2, Math.min(200, Math.round(req.boundaryResolution)));
  const X = a.dataset.X;
  const grid = X.rows === 2 ? new BoundaryGrid(networkConfig(spec, 2), boundsOf(X), resolution) : undefined;
  return new RunReporter({ runId: req.runId, spec, dataset: a.dataset, trainer, grid, post }, req.stepsPerFrame);
}

let run: RunReporter | undefined;

function handle(req: WorkerRequest): void {
  if (req.type === 'diff') port.postMessage(diffJob(req) satisfies WorkerDiffReply);
  else if (req.type === 'export') port.postMessage(exportJob(req) satisfies WorkerExportReply);
  else if (req.type === 'start') run = start(req);
  else if (!run) {
    if ('requestId' in req) post({ type: 'error', inReplyTo: req.requestId, message: 'No run has started.' });
  } else run.handle(req);
}

port.on('message', (req: WorkerRequest) => {
  try {
    handle(req);
  } catch (e) {
    const inReplyTo = 'requestId' in req ? req.requestId : undefined;
    post({ type: 'error', inReplyTo, message: `Training failed: ${e instanceof Error ? e.message : String(e)}` });
  }
});
