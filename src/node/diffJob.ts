// One `nnspec diff` as the editor runs it, in a worker: the spec's text analysed as the editor
// does, the trace file read within the CLI's size limit, and the comparison of the two.
import { trainable } from './trainable';
import { diffTrace, readTraceJson, type DiffResult } from '../core/diff';
import { msg, render } from '../core/messages/message';
import { diskIO } from './dataFiles';
import { readTextFile, TRACE_FILES } from './textFile';
import type { WorkerDiffReply, WorkerDiffRequest } from './workerProtocol';

function compare(req: WorkerDiffRequest): DiffResult | string {
  const checked = trainable(req.text, diskIO({ baseDir: req.baseDir, root: req.dataRoot }));
  if ('why' in checked) return render(req.lang ?? 'en', msg('job.cannotCompare', { why: checked.why }));
  const { spec, dataset, shapes } = checked.analysis;
  const file = readTextFile(req.tracePath, TRACE_FILES, req.lang);
  if ('problem' in file) return file.problem;
  const read = readTraceJson(file.text);
  if ('problem' in read) return { status: 'invalid', problems: [read.problem] };
  return diffTrace({ spec, data: dataset, table: shapes }, read.value);
}

/** The diff's result, or an error saying why there is none (the spec cannot run, the file cannot be read). */
export function diffJob(req: WorkerDiffRequest): WorkerDiffReply {
  const r = compare(req);
  return typeof r === 'string' ? { type: 'error', message: r } : { type: 'diff', result: r };
}
