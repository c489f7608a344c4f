// One Explain an Entry as the editor runs it, in a worker: the spec's text analysed as the editor does,
// its first step trained, and one number of that step explained as `nnspec explain --step 0` writes it.
import { explain, explainContext } from '../core/explain';
import { entryProblem, firstStepDims } from '../core/explain/entry';
import { explanationText } from '../core/explain/text';
import { Trainer } from '../core/training/trainer';
import { diskIO, givenIO } from './dataFiles';
import { trainable } from './trainable';
import type { WorkerExplainReply, WorkerExplainRequest } from './workerProtocol';

function explained(req: WorkerExplainRequest): string | { problem: string } {
  const io = req.given ? givenIO(req.given.path, req.given.read) : diskIO({ baseDir: req.baseDir, root: req.dataRoot });
  const checked = trainable(req.text, io);
  if ('why' in checked) return { problem: `The spec cannot be trained, so nothing was explained: ${checked.why}` };
  const { spec, dataset } = checked.analysis;
  const problem = entryProblem(req.entry, firstStepDims(spec, dataset), req.lang);
  if (problem) return { problem };
  const trainer = new Trainer(spec, dataset, { history: { first: 0, last: 0, thinned: 0 } });
  const snapshot = trainer.next(true)?.snapshot;
  if (!snapshot) return { problem: `The run stopped before its first step: ${trainer.divergence?.message ?? ''}` };
  const r = explain(snapshot, explainContext(spec), req.entry, req.lang);
  return r.ok ? explanationText(r.explanation, req.where, req.lang) : { problem: r.error };
}

/** The explanation of step 0's entry, or an error saying why there is none. */
export function explainJob(req: WorkerExplainRequest): WorkerExplainReply {
  const r = explained(req);
  return typeof r === 'string' ? { type: 'explain', text: r } : { type: 'error', message: r.problem };
}
