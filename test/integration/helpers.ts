// Shared by the feature suites: the extension's API, the examples folder, waiting, closing panels.
import * as vscode from 'vscode';
import type { NnspecApi } from '../../src/extension/extension';

export async function api(): Promise<NnspecApi> {
  const ext = vscode.extensions.getExtension<NnspecApi>('nnspec.nnspec');
  if (!ext) throw new Error('nnspec.nnspec is not loaded');
  return ext.activate();
}

/** A file of the opened folder (examples/). */
export function example(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no folder is open');
  return vscode.Uri.joinPath(folder.uri, file);
}

export async function open(file: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(example(file));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Polls until `value()` is truthy; fails with `what` after `timeoutMs`. */
export async function until<T>(value: () => T, what: string, timeoutMs = 15_000): Promise<Exclude<T, false | 0 | '' | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = value();
    if (v) return v as Exclude<T, false | 0 | '' | null | undefined>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Closes the webview tab titled `title` as a user would. */
export async function closePanelTab(title: string): Promise<void> {
  const tab = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.label === title);
  if (!tab) throw new Error(`no panel tab titled ${title}`);
  await vscode.window.tabGroups.close(tab);
}

/** Undoes any edit a test made to an example file (nothing is ever saved). */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

export function nnspecDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nnspec');
}
