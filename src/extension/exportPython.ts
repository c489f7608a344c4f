// Export as NumPy/PyTorch Script: the spec's run as one standalone Python script beside the spec
// (a CSV file read from its path relative to the script, as `nnspec export` does), opened in the editor.
import { writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { exportScript, type ExportTarget } from '../core/export';
import { csvPathFor, scriptPathBeside } from '../node/scriptFile';
import { errorsMessage, specDocument, type CommandContext } from './commandContext';
import { mayReplace, outputPath } from './outputFile';

const FLAVOR: Record<ExportTarget, string> = { numpy: 'NumPy', pytorch: 'PyTorch' };

function write(path: string, text: string): boolean {
  try {
    writeFileSync(path, text);
    return true;
  } catch (e) {
    void vscode.window.showErrorMessage(`nnspec: cannot write ${path}: ${(e as Error).message}`);
    return false;
  }
}

/** Writes the script and opens it; returns its path (undefined when nothing was written). */
export async function exportPython(c: CommandContext, to: ExportTarget, arg?: unknown): Promise<string | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  const analysis = c.cache.get(doc);
  const spec = analysis.parse.spec;
  if (!analysis.runnable || !spec || !analysis.dataset) {
    const why =
      errorsMessage(analysis, `export it`) ?? 'nnspec: the spec cannot be trained yet, so it cannot be exported.';
    void vscode.window.showErrorMessage(why);
    return undefined;
  }
  const path = await outputPath(doc, (p) => scriptPathBeside(p, to), { Python: ['py'] });
  if (!path || !(await mayReplace(path, `the ${FLAVOR[to]} script of this spec`))) return undefined;
  const result = exportScript(spec, analysis.dataset, {
    to,
    sourceName: basename(doc.uri.path),
    scriptName: basename(path),
    csvPath: csvPathFor(spec, c.cache.baseDir(doc), dirname(path)),
  });
  if ('problem' in result) {
    void vscode.window.showErrorMessage(`nnspec: not exported: ${result.problem}`);
    return undefined;
  }
  if (!write(path, result.script)) return undefined;
  await vscode.window.showTextDocument(vscode.Uri.file(path), { preview: false });
  const options =
    to === 'pytorch'
      ? '--json prints costs and parameters, --device cuda uses a GPU'
      : '--json prints costs and parameters';
  void vscode.window.showInformationMessage(`nnspec: wrote ${path}. Run it: python3 ${basename(path)} (${options}).`);
  return path;
}
