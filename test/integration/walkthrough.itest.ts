// The Getting Started walkthrough: contributed with an image per step, every completion event reachable
// (its command registered, its quick fix and context key wired), and the explain step's command explains.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, discardCopies, nnspecDiagnostics, open, openCopy, until } from './helpers';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image: string; altText: string };
  completionEvents: string[];
}

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension('nnspec.nnspec');
  if (!ext) throw new Error('nnspec.nnspec is not loaded');
  return ext;
}

function steps(): Step[] {
  const walkthroughs = extension().packageJSON.contributes?.walkthroughs as { id: string; steps: Step[] }[];
  const started = walkthroughs?.find((w) => w.id === 'gettingStarted');
  assert.ok(started, 'no gettingStarted walkthrough is contributed');
  return started.steps;
}

/** `command:ID` links of a step's text (resolved from package.nls.json by VS Code). */
const linkedCommands = (s: Step) => [...s.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);

suite('Getting Started walkthrough', () => {
  suiteSetup(() => api());
  teardown(() => discardCopies());

  test('five steps in order, each with a title, a text, an image on disk and alt text', () => {
    assert.deepEqual(
      steps().map((s) => s.id),
      ['openExample', 'train', 'fixShape', 'explainGradient', 'compareRuns'],
    );
    for (const s of steps()) {
      for (const text of [s.title, s.description, s.media.altText]) assert.ok(text && !text.startsWith('%'), s.id);
      assert.ok(existsSync(join(extension().extensionPath, s.media.image)), `${s.id}: ${s.media.image} is missing`);
    }
  });

  test('every command a step links to or waits for is registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const needed = steps().flatMap((s) => [
      ...linkedCommands(s),
      ...s.completionEvents.filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length)),
    ]);
    assert.ok(needed.length >= 5, needed.join(', '));
    assert.deepEqual(
      needed.filter((c) => !registered.has(c)),
      [],
    );
  });

  test('the quick fix of the broken example runs the command the fix-a-shape step waits for', async () => {
    const doc = await openCopy('broken-shapes.nnspec');
    const error = await until(
      () => nnspecDiagnostics(doc.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error),
      'the W[2] error',
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      error.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(actions.length > 0, 'no quick fix offered');
    const step = steps().find((s) => s.id === 'fixShape')!;
    for (const a of actions) assert.ok(step.completionEvents.includes(`onCommand:${a.command?.command}`), a.title);
  });

  test('Explain an Entry of Step 0 writes the formula of dW[1][1,1] with its operands', async () => {
    await open('xor.nnspec');
    const text = await vscode.commands.executeCommand<string>('nnspec.explainEntry', 'dW[1][1,1]');
    assert.match(text, /^dW\[1\]\[1,1\] at step 0 of /);
    assert.match(text, /dZ\[1\]/);
    assert.match(text, /A\[0\]/);
  });

  test('an entry outside the network is refused with the reason, not explained', async () => {
    await open('xor.nnspec');
    const text = await vscode.commands.executeCommand<string>('nnspec.explainEntry', 'dW[7][1,1]');
    assert.doesNotMatch(text, /at step 0/);
    assert.match(text, /7/);
  });
});
