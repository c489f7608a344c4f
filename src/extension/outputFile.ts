// Where a command writes a file made from a spec (beside it; for an untitled spec, in the workspace
// folder or where the student chooses), and asking before one is replaced.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';

/**
 * The path of the file `nameBeside(specPath)` names: beside a saved spec; for an untitled one, in
 * the first workspace folder (as if the spec were `untitled.nnspec` there), or chosen in a save dialog.
 */
export async function outputPath(
  doc: vscode.TextDocument,
  nameBeside: (specPath: string) => string,
  filters: Record<string, string[]>,
): Promise<string | undefined> {
  if (doc.uri.scheme === 'file') return nameBeside(doc.uri.fsPath);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return nameBeside(join(folder.uri.fsPath, 'untitled.nnspec'));
  const target = await vscode.window.showSaveDialog({ filters });
  return target?.fsPath;
}

/** True when nothing is at `path`, or the student chose to replace it. */
export async function mayReplace(path: string, replaceWith: string): Promise<boolean> {
  if (!existsSync(path)) return true;
  const replace = vscode.l10n.t('Replace');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t(
      'nnspec: {0} already exists in {1}. Replace it with {2}?',
      basename(path),
      dirname(path),
      replaceWith,
    ),
    { modal: true },
    replace,
  );
  return choice === replace;
}
