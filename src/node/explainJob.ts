// One Explain an Entry as the editor runs it, in a worker: the spec's text analysed as the editor does,
// its first step trained, and one number of that step explained as `nnspec explain --step 0` writes it.
import { explain, explainContext } from '../core/explain';
import { entryProblem, firstStepDims } from '../core/explain/entry';
import { explanationText } from '../core/explain/text';
import { msg, render } from '../core/messages/message';
import { Trainer } from '../core/training/trainer';
import { diskIO, givenIO } from './dataFiles';
import { trainable } from './trainable';
import type { WorkerExplainReply, WorkerExplainRequest } from './workerProtocol';

function explained(req: WorkerExplainRequest): string | { problem: string } {
  const io = req.given ? givenIO(req.given.path, req.given.read) : diskIO({ baseDir: req.baseDir, root: req.dataRoot });
  const checked = trainable(req.text, io);
  const lang = req.lang ?? 'en';
  if ('why' in checked) return { problem: render(lang, msg('job.cannotExplain', { why: checked.why })) };
  const { spec, dataset } = checked.analysis;
  const problem = entryProblem(req.entry, firstStepDims(spec, dataset), lang);
  if (problem) return { problem };
  const trainer = new Trainer(spec, dataset, { history: { first: 0, last: 0, thinned: 0 } });
  const snapshot = trainer.next(true)?.snapshot;
  const why = trainer.divergence?.message ?? '';
  if (!snapshot) return { problem: render(lang, msg('job.stoppedBeforeFirstStep', { why })) };
  const r = explain(snapshot, explainContext(spec), req.entry, lang);
  return r.ok ? explanationText(r.explanation, req.where, lang) : { problem: r.error };
}

/** The explanation of step 0's entry, or an error saying why there is none. */
export function explainJob(req: WorkerExplainRequest): WorkerExplainReply {
  const r = explained(req);
  return typeof r === 'string' ? { type: 'explain', text: r } : { type: 'error', message: r.problem };
}
