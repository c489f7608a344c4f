// One Export as NumPy/PyTorch Script as the editor runs it, in a worker: the spec's text analysed as
// the editor does (its data file read within the limits) and the script made as `nnspec export` makes it.
import { basename, dirname } from 'node:path';
import { exportScript } from '../core/export';
import { msg, render } from '../core/messages/message';
import { diskIO } from './dataFiles';
import { csvPathFor } from './scriptFile';
import { trainable } from './trainable';
import type { WorkerExportReply, WorkerExportRequest } from './workerProtocol';

/** The script's text, or an error saying why there is none (the spec cannot run, the export refuses it). */
export function exportJob(req: WorkerExportRequest): WorkerExportReply {
  const checked = trainable(req.text, diskIO({ baseDir: req.baseDir, root: req.dataRoot }));
  const lang = req.lang ?? 'en';
  if ('why' in checked) return { type: 'error', message: render(lang, msg('job.cannotExport', { why: checked.why })) };
  const { spec, dataset } = checked.analysis;
  const result = exportScript(spec, dataset, {
    to: req.to,
    sourceName: req.sourceName,
    scriptName: basename(req.scriptPath),
    csvPath: csvPathFor(spec, req.baseDir, dirname(req.scriptPath)),
  });
  if ('problem' in result) return { type: 'error', message: render(lang, msg('job.notExported', result)) };
  return { type: 'export', script: result.script };
}
