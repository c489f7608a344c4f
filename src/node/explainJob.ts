// One Explain an Entry as the editor runs it, in a worker: the spec's text analysed as the editor does,
// its first step trained, and one number of that step explained as `nnspec explain --step 0` writes it.
import { explain, explainContext } from '../core/explain';
import { checkEntry, parseEntry } from '../core/explain/entry';
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
  const parsed = parseEntry(req.entry);
  if (!parsed.ok) return { problem: parsed.error };
  const trainer = new Trainer(spec, dataset, { history: { first: 0, last: 0, thinned: 0 } });
  const sizes = [dataset.X.rows, ...spec.network.layers.map((l) => l.units)];
  const fits = checkEntry(parsed.value, { sizes, m: trainer.batches.batchSize, layout: spec.layout });
  if (!fits.ok) return { problem: fits.error };
  const snapshot = trainer.next(true)?.snapshot;
  if (!snapshot) return { problem: `The run stopped before its first step: ${trainer.divergence?.message ?? ''}` };
  const r = explain(snapshot, explainContext(spec), req.entry);
  return r.ok ? explanationText(r.explanation, req.where) : { problem: r.error };
}

/** The explanation of step 0's entry, or an error saying why there is none. */
export function explainJob(req: WorkerExplainRequest): WorkerExplainReply {
  const r = explained(req);
  return typeof r === 'string' ? { type: 'explain', text: r } : { type: 'error', message: r.problem };
}
