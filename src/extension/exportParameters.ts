// Export Parameters: the run's current W[l], b[l] as `<name>.parameters.json` beside the spec, written
// through the editor's file system (so also into a virtual workspace).
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { lastStep } from '../core/runText';
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
    void vscode.window.showErrorMessage(
      vscode.l10n.t('nnspec: train the network first (Train Network), then export its parameters.'),
    );
    return undefined;
  }
  const target = await targetOf(doc);
  if (!target) return undefined;
  if (await exists(target)) {
    const replace = vscode.l10n.t('Replace');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('nnspec: {0} already exists. Replace it with the parameters of this run?', basename(target.path)),
      { modal: true },
      replace,
    );
    if (choice !== replace) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(formatParameters(params)));
  const shown = target.scheme === 'file' ? target.fsPath : target.toString();
  const wrote =
    run.stepsRun === 0
      ? vscode.l10n.t('nnspec: wrote the parameters before any step to {0}.', shown)
      : vscode.l10n.t('nnspec: wrote the parameters after step {0} to {1}.', lastStep(run.stepsRun), shown);
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(wrote, open).then((o) => {
    if (o === open) void vscode.window.showTextDocument(target);
  });
  return shown;
}
