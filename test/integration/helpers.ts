// Shared by the feature suites: the extension's API, the examples folder, waiting, closing panels.
import Mocha from 'mocha';
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
export async function until<T>(
  value: () => T,
  what: string | (() => string),
  timeoutMs = 15_000,
): Promise<Exclude<T, false | 0 | '' | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = value();
    if (v) return v as Exclude<T, false | 0 | '' | null | undefined>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Closes the webview tab titled `title` as a user would. */
export async function closePanelTab(title: string): Promise<void> {
  const tabs = () =>
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
  // The tab model catches up with a new panel a moment later.
  const tab = await until(
    () => tabs().find((t) => t.label === title),
    `a panel tab titled ${title} (tabs: ${tabs()
      .map((t) => t.label)
      .join(', ')})`,
    5000,
  );
  await vscode.window.tabGroups.close(tab);
}

const copies: vscode.TextDocument[] = [];

/**
 * An untitled nnspec document holding an example's text, for tests that edit: the example files
 * themselves are never changed (a dirty file could be saved when the workbench closes).
 * Copies stay open until `discardCopies`, so each has its own untitled URI.
 */
export async function openCopy(file: string): Promise<vscode.TextDocument> {
  return openText((await vscode.workspace.fs.readFile(example(file))).toString());
}

/** An untitled nnspec document holding `content` (data paths resolve against the examples folder); see openCopy. */
export async function openText(content: string): Promise<vscode.TextDocument> {
  // A reused untitled name can come back with a closed copy's text: then open another (the next name).
  for (let attempt = 0; attempt < 3; attempt++) {
    const doc = await vscode.workspace.openTextDocument({ language: 'nnspec', content });
    copies.push(doc);
    if (doc.getText() !== content) continue;
    await vscode.window.showTextDocument(doc);
    return doc;
  }
  throw new Error('three untitled documents in a row opened with other text than asked for');
}

/** Closes the untitled copies without asking to save them. */
export async function discardCopies(): Promise<void> {
  for (const doc of copies.splice(0)) {
    if (doc.isClosed) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

export function nnspecDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nnspec');
}

/** A line in the test report (the driver prints only mocha's own output). */
export function report(line: string): void {
  Mocha.reporters.Base.consoleLog(line);
}
