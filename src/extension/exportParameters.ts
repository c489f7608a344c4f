// Export Parameters: the run's current W[l], b[l] as `<name>.parameters.json` beside the spec.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { formatParameters, parametersPath } from '../node/parametersFile';
import { specDocument, type CommandContext } from './commandContext';

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
  let path: string;
  if (doc.uri.scheme === 'file') path = parametersPath(doc.uri.fsPath);
  else {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const target = folder ? undefined : await vscode.window.showSaveDialog({ filters: { JSON: ['json'] } });
    if (!folder && !target) return undefined;
    path = target ? target.fsPath : join(folder!.uri.fsPath, 'untitled.parameters.json');
  }
  if (existsSync(path)) {
    const replace = vscode.l10n.t('Replace');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('nnspec: {0} already exists. Replace it with the parameters of this run?', basename(path)),
      { modal: true },
      replace,
    );
    if (choice !== replace) return undefined;
  }
  writeFileSync(path, formatParameters(params));
  const wrote =
    run.stepsRun === 0
      ? vscode.l10n.t('nnspec: wrote the parameters before any step to {0}.', path)
      : vscode.l10n.t('nnspec: wrote the parameters after step {0} to {1}.', run.stepsRun - 1, path);
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(wrote, open).then((o) => {
    if (o === open) void vscode.window.showTextDocument(vscode.Uri.file(path));
  });
  return path;
}
