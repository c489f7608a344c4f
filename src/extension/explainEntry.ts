// Explain an Entry: where one number of the first step (step 0) comes from, written in the output channel.
// The step is trained and explained in a job worker, so a large data file never holds up the host.
import * as vscode from 'vscode';
import { entryProblem } from '../core/explain/entry';
import { explainInWorker } from '../node/jobWorker';
import { editorLanguage } from './editorLanguage';
import { displayName } from './analysisCache';
import { specDocument, type CommandContext } from './commandContext';

/** `entry` skips the question (for tests and links). Returns the explanation written. */
export async function explainEntry(c: CommandContext, entry?: unknown): Promise<string | undefined> {
  const doc = await specDocument(c, undefined);
  if (!doc) return undefined;
  // The worker's check says whether it can train (and respects Restricted Mode).
  const checked = await c.cache.current(doc);
  const dims = checked?.runnable && c.trust.trusted ? checked.entryDims : undefined;
  if (!dims) {
    void vscode.window.showErrorMessage(vscode.l10n.t('nnspec: fix the errors in the spec to explain its numbers.'));
    return undefined;
  }
  const name =
    typeof entry === 'string'
      ? entry
      : await vscode.window.showInputBox({
          prompt: vscode.l10n.t('Which number of step 0? A matrix with [layer][row,column], or J'),
          value: 'dW[1][1,1]',
          validateInput: (v) => entryProblem(v, dims, editorLanguage()),
        });
  if (!name) return undefined;
  const problem = entryProblem(name, dims, editorLanguage());
  const reply = problem
    ? { type: 'error' as const, message: problem }
    : await explained(c, doc, name, displayName(doc, checked));
  if (reply === 'cancelled') return undefined;
  const text = reply.type === 'explain' ? reply.text : reply.message;
  c.log.appendLine(`${text}\n`);
  c.log.show(true);
  return text;
}

/** Step 0 trained and `name` explained in a job worker, from the document's current text. */
async function explained(c: CommandContext, doc: vscode.TextDocument, name: string, where: string) {
  const workerPath = vscode.Uri.joinPath(c.extension.extensionUri, 'dist', 'worker.js').fsPath;
  const files = c.cache.runFiles(doc);
  return explainInWorker(workerPath, {
    type: 'explain',
    text: doc.getText(),
    ...files,
    entry: name,
    where,
    lang: editorLanguage(),
  }).result;
}
