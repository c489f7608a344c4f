// Export as NumPy/PyTorch Script: the spec's run as one standalone Python script beside the spec
// (a CSV file read from its path relative to the script, as `nnspec export` does), made in a worker
// and opened in the editor.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { editorLanguage } from './editorLanguage';
import type { ExportTarget } from '../core/export';
import { exportInWorker } from '../node/jobWorker';
import { scriptPathBeside } from '../node/scriptFile';
import { errorsMessage, specDocument, type CommandContext } from './commandContext';
import { mayReplace, outputPath } from './outputFile';

const FLAVOR: Record<ExportTarget, string> = { numpy: 'NumPy', pytorch: 'PyTorch' };

function write(path: string, text: string): boolean {
  try {
    writeFileSync(path, text);
    return true;
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('nnspec: cannot write {0}: {1}', path, (e as Error).message));
    return false;
  }
}

/** The script's text, made in a worker under a cancellable progress notification; undefined after an error. */
async function makeScript(c: CommandContext, doc: vscode.TextDocument, to: ExportTarget, scriptPath: string) {
  const { baseDir, dataRoot } = c.cache.runFiles(doc);
  const workerPath = vscode.Uri.joinPath(c.extension.extensionUri, 'dist', 'worker.js').fsPath;
  const request = {
    type: 'export' as const,
    text: doc.getText(),
    baseDir,
    dataRoot,
    to,
    sourceName: basename(doc.uri.path),
    scriptPath,

    lang: editorLanguage(),
  };
  const title = vscode.l10n.t('nnspec: exporting {0} as a {1} script', basename(doc.uri.path), FLAVOR[to]);
  const reply = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_progress, token) => {
      const job = exportInWorker(workerPath, request);
      token.onCancellationRequested(() => job.cancel());
      return job.result;
    },
  );
  if (reply === 'cancelled') return undefined;
  if (reply.type === 'error') {
    void vscode.window.showErrorMessage(`nnspec: ${reply.message}`);
    return undefined;
  }
  return reply.script;
}

/** Writes the script and opens it; returns its path (undefined when nothing was written). */
export async function exportPython(c: CommandContext, to: ExportTarget, arg?: unknown): Promise<string | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled') {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('nnspec: export writes beside the spec on disk; save the spec to a local folder first.'),
    );
    return undefined;
  }
  const analysis = await c.cache.current(doc);
  if (!analysis) return undefined;
  if (!analysis.runnable) {
    const why =
      errorsMessage(analysis, 'export') ??
      vscode.l10n.t('nnspec: the spec cannot be trained yet, so it cannot be exported.');
    void vscode.window.showErrorMessage(why);
    return undefined;
  }
  const path = await outputPath(doc, (p) => scriptPathBeside(p, to), { Python: ['py'] });
  if (!path || !(await mayReplace(path, vscode.l10n.t('the {0} script of this spec', FLAVOR[to])))) return undefined;
  const script = await makeScript(c, doc, to, path);
  if (script === undefined || !write(path, script)) return undefined;
  await vscode.window.showTextDocument(vscode.Uri.file(path), { preview: false });
  const run = `python3 ${basename(path)}`;
  void vscode.window.showInformationMessage(
    to === 'pytorch'
      ? vscode.l10n.t(
          'nnspec: wrote {0}. Run it: {1} (--json prints costs and parameters, --device cuda uses a GPU).',
          path,
          run,
        )
      : vscode.l10n.t('nnspec: wrote {0}. Run it: {1} (--json prints costs and parameters).', path, run),
  );
  return path;
}
