// Export Parameters: the run's current W[l], b[l] as `<name>.parameters.json` beside the spec.
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { formatParameters, parametersPath } from '../node/parametersFile';
import { specDocument, type CommandContext } from './commandContext';
import { mayReplace, outputPath } from './outputFile';

export async function exportParameters(c: CommandContext, arg?: unknown): Promise<string | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  const run = c.panels.get(doc.uri)?.run;
  const params = run?.alive ? await run.parameters() : undefined;
  if (!run || !params) {
    void vscode.window.showErrorMessage('nnspec: train the network first (Train Network), then export its parameters.');
    return undefined;
  }
  const path = await outputPath(doc, parametersPath, { JSON: ['json'] });
  if (!path || !(await mayReplace(path, 'the parameters of this run'))) return undefined;
  writeFileSync(path, formatParameters(params));
  const when = run.stepsRun === 0 ? 'before any step' : `after step ${run.stepsRun - 1}`;
  void vscode.window.showInformationMessage(`nnspec: wrote the parameters ${when} to ${path}.`, 'Open').then((o) => {
    if (o === 'Open') void vscode.window.showTextDocument(vscode.Uri.file(path));
  });
  return path;
}
