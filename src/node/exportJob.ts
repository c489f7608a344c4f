// One Export as NumPy/PyTorch Script as the editor runs it, in a worker: the spec's text analysed as
// the editor does (its data file read within the limits) and the script made as `nnspec export` makes it.
import { basename, dirname } from 'node:path';
import { analyze } from '../core/analyze';
import { exportScript } from '../core/export';
import { diskIO } from './dataFiles';
import { csvPathFor } from './scriptFile';
import type { WorkerExportReply, WorkerExportRequest } from './workerProtocol';

/** The script's text, or an error saying why there is none (the spec cannot run, the export refuses it). */
export function exportJob(req: WorkerExportRequest): WorkerExportReply {
  const a = analyze(req.text, diskIO({ baseDir: req.baseDir, root: req.dataRoot }));
  const spec = a.parse.spec;
  if (!a.runnable || !spec || !a.dataset) {
    const first = a.diagnostics.find((d) => d.severity === 'error');
    return {
      type: 'error',
      message: `The spec cannot be trained, so it cannot be exported: ${first?.message ?? 'it is incomplete'}`,
    };
  }
  const result = exportScript(spec, a.dataset, {
    to: req.to,
    sourceName: req.sourceName,
    scriptName: basename(req.scriptPath),
    csvPath: csvPathFor(spec, req.baseDir, dirname(req.scriptPath)),
  });
  if ('problem' in result) return { type: 'error', message: `Not exported: ${result.problem}` };
  return { type: 'export', script: result.script };
}
