// The extension as VS Code sees it: present, contributing its commands, and activated by opening
// a .nnspec file from the opened folder (examples/).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'nnspec.nnspec';

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return condition();
}

function paletteTitle(c: ContributedCommand): string {
  return c.category ? `${c.category}: ${c.title}` : c.title;
}

suite('nnspec extension in VS Code', () => {
  test(`${EXTENSION_ID} is installed and contributes Train Network and Show Shapes`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among the extensions VS Code loaded`);
    const titles = (ext.packageJSON.contributes?.commands ?? []).map(paletteTitle);
    assert.ok(titles.includes('nnspec: Train Network'), `palette titles: ${titles.join(', ')}`);
    assert.ok(titles.includes('nnspec: Show Shapes'), `palette titles: ${titles.join(', ')}`);
  });

  test('opening a .nnspec file from examples/ gives it the nnspec language and activates the extension', async () => {
    const [file] = await vscode.workspace.findFiles('**/*.nnspec', undefined, 1);
    assert.ok(file, 'the opened folder has no .nnspec file');
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'nnspec');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    assert.ok(await until(() => ext.isActive, 15_000), 'the extension did not activate within 15 s');
  });

  test('after activation every contributed command is registered', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'the extension is not active');
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed: ContributedCommand[] = ext.packageJSON.contributes?.commands ?? [];
    const missing = contributed.filter((c) => !registered.has(c.command)).map((c) => c.command);
    assert.deepEqual(missing, []);
  });
});
