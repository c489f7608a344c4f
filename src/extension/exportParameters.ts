// Export Parameters: the run's current W[l], b[l] as `<name>.parameters.json` beside the spec, written
// through the editor's file system (so also into a virtual workspace).
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { formatParameters, parametersPath } from '../node/parametersFile';
import { specDocument, type CommandContext } from './commandContext';

/** Beside the spec; for an untitled spec in the first workspace folder, or where the student says. */
async function targetOf(doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  if (doc.uri.scheme !== 'untitled') return doc.uri.with({ path: parametersPath(doc.uri.path) });
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return vscode.Uri.joinPath(folder.uri, 'untitled.parameters.json');
  return vscode.window.showSaveDialog({ filters: { JSON: ['json'] } });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** The file's path (its URI outside the disk), or undefined when nothing was written. */
export async function exportParameters(c: CommandContext, arg?: unknown): Promise<string | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  const run = c.panels.get(doc.uri)?.run;
  const params = run?.alive ? await run.parameters() : undefined;
  if (!run || !params) {
    void vscode.window.showErrorMessage('nnspec: train the network first (Train Network), then export its parameters.');
    return undefined;
  }
  const target = await targetOf(doc);
  if (!target) return undefined;
  const name = basename(target.path);
  if (await exists(target)) {
    const choice = await vscode.window.showWarningMessage(
      `nnspec: ${name} already exists. Replace it with the parameters of this run?`,
      { modal: true },
      'Replace',
    );
    if (choice !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(formatParameters(params)));
  const shown = target.scheme === 'file' ? target.fsPath : target.toString();
  const when = run.stepsRun === 0 ? 'before any step' : `after step ${run.stepsRun - 1}`;
  void vscode.window.showInformationMessage(`nnspec: wrote the parameters ${when} to ${shown}.`, 'Open').then((o) => {
    if (o === 'Open') void vscode.window.showTextDocument(target);
  });
  return shown;
}
