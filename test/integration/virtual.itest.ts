// A spec on a file system only the editor can read (an in-memory one here), as in a virtual workspace:
// it is checked and trained with its CSV file read through the editor, the file must stay in the spec's
// folder, and Export Parameters writes beside the spec there. (The folder is not added as a workspace
// folder: code-server does not turn its one-folder window into a multi-root one for a test.)
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PanelReadout } from '../../src/extension/specPanel';
import { api, example, nnspecDiagnostics, until } from './helpers';

const SCHEME = 'nnspec-memfs';

/** Files in memory, by path; folders are implied by the paths. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  readonly files = new Map<string, Uint8Array>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    const isFolder = [...this.files.keys()].some((p) => p.startsWith(`${uri.path.replace(/\/$/, '')}/`));
    if (!file && !isFolder) throw vscode.FileSystemError.FileNotFound(uri);
    const type = file ? vscode.FileType.File : vscode.FileType.Directory;
    return { type, ctime: 0, mtime: 0, size: file?.byteLength ?? 0 };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = `${uri.path.replace(/\/$/, '')}/`;
    const names = new Map<string, vscode.FileType>();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const [name, ...rest] = p.slice(prefix.length).split('/');
      names.set(name, rest.length > 0 ? vscode.FileType.Directory : vscode.FileType.File);
    }
    return [...names];
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    this.files.set(uri.path, content);
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  createDirectory(): void {}

  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    this.files.set(to.path, this.readFile(from));
    this.files.delete(from.path);
  }
}

suite('virtual workspace', () => {
  const memory = new MemoryFileSystem();
  const folder = vscode.Uri.from({ scheme: SCHEME, path: '/project' });
  const at = (path: string) => vscode.Uri.joinPath(folder, path);
  let registration: vscode.Disposable;

  suiteSetup(async () => {
    await api();
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, memory);
    const houses = await vscode.workspace.fs.readFile(example('house-prices.nnspec'));
    memory.files.set(at('houses.nnspec').path, houses);
    memory.files.set(at('data/houses.csv').path, await vscode.workspace.fs.readFile(example('data/houses.csv')));
    const escape = new TextDecoder().decode(houses).replace('path: data/houses.csv', 'path: ../secret.csv');
    memory.files.set(at('escape.nnspec').path, new TextEncoder().encode(escape));
    memory.files.set('/secret.csv', new TextEncoder().encode('rooms,lower_status,price\n1,2,3\n'));
  });

  suiteTeardown(async () => {
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputWebview);
    await vscode.window.tabGroups.close(tabs);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    registration.dispose();
  });

  test('a CSV spec is checked and trained with its file read through the editor; Export Parameters writes beside it', async () => {
    const doc = await vscode.workspace.openTextDocument(at('houses.nnspec'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'nnspec');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(
      lenses.some((l) => l.command?.title === '33 parameters in 2 layers'),
      lenses.map((l) => l.command?.title).join(' | '),
    );
    assert.deepEqual(nnspecDiagnostics(doc.uri), []);
    const view = await vscode.commands.executeCommand<PanelReadout>('nnspec.train', doc.uri);
    await until(() => view.status === 'done', `the run to finish (status ${view.status})`, 60_000);
    assert.equal(view.stepsRun, 1000);
    const written = await vscode.commands.executeCommand<string>('nnspec.exportParameters', doc.uri);
    assert.equal(written, at('houses.parameters.json').toString());
    const params = JSON.parse(new TextDecoder().decode(memory.files.get(at('houses.parameters.json').path)));
    assert.deepEqual(Object.keys(params), ['W1', 'b1', 'W2', 'b2']);
  });

  test('a data path leading out of the virtual folder is refused before anything is read', async () => {
    const doc = await vscode.workspace.openTextDocument(at('escape.nnspec'));
    await vscode.window.showTextDocument(doc);
    const d = await until(
      () => nnspecDiagnostics(doc.uri).find((x) => x.code === 'data-csv-outside'),
      () =>
        `the path to be refused; diagnostics: ${nnspecDiagnostics(doc.uri)
          .map((x) => x.message)
          .join('; ')}`,
    );
    assert.ok(
      d.message.includes("data.csv.path '../secret.csv' leads outside the spec's folder (/project)"),
      d.message,
    );
  });
});
