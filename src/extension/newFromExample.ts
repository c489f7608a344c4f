// New Network Spec from Example: a bundled example opened as an untitled file, or copied into the workspace.
import * as vscode from 'vscode';
import { copyExample, listExamples, type CopyTarget } from '../node/examples';
import type { CommandContext } from './commandContext';

/** A workspace folder as the place to copy to, through the editor's file system (also a virtual one). */
function folderTarget(folder: vscode.Uri): CopyTarget {
  const at = (path: string) => vscode.Uri.joinPath(folder, path);
  return {
    exists: async (path) =>
      vscode.workspace.fs.stat(at(path)).then(
        () => true,
        () => false,
      ),
    write: (path, bytes) => Promise.resolve(vscode.workspace.fs.writeFile(at(path), bytes)),
  };
}

async function pickExample(examplesDir: string): Promise<string | undefined> {
  const items = listExamples(examplesDir).map((e) => ({
    label: e.name,
    description: e.file,
    detail: e.summary,
    file: e.file,
  }));
  const pick = await vscode.window.showQuickPick(items, {
    placeHolder: 'Choose an example network',
    matchOnDetail: true,
  });
  return pick?.file;
}

async function pickPlace(folder?: vscode.WorkspaceFolder): Promise<'untitled' | 'workspace' | undefined> {
  if (!folder) return 'untitled';
  const where = await vscode.window.showQuickPick(
    [
      { label: 'Open as a new untitled file', mode: 'untitled' as const },
      { label: `Copy into ${folder.name}`, mode: 'workspace' as const },
    ],
    { placeHolder: 'Where should the example go?' },
  );
  return where?.mode;
}

/** `file` and `mode` skip the questions (for tests and links). Returns the new document's URI. */
export async function newFromExample(
  c: CommandContext,
  file?: string,
  mode?: 'untitled' | 'workspace',
): Promise<string | undefined> {
  const examples = vscode.Uri.joinPath(c.extension.extensionUri, 'examples');
  file = typeof file === 'string' ? file : await pickExample(examples.fsPath);
  const folder = vscode.workspace.workspaceFolders?.[0];
  mode ??= file === undefined ? undefined : await pickPlace(folder);
  if (!file || !mode) return undefined;
  let doc: vscode.TextDocument;
  if (mode === 'workspace' && folder) {
    const copied = await copyExample(examples.fsPath, file, folderTarget(folder.uri));
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, copied));
  } else {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(examples, file)));
    doc = await vscode.workspace.openTextDocument({ language: 'nnspec', content: text });
    c.cache.setBaseDir(doc.uri, examples.fsPath);
  }
  await vscode.window.showTextDocument(doc);
  return doc.uri.toString();
}
