// Explain an Entry: where one number of the first step (step 0) comes from, written in the output channel.
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core/analyze';
import { explain, explainContext } from '../core/explain';
import { checkEntry, parseEntry, type NetworkDims } from '../core/explain/entry';
import { explanationText } from '../core/explain/text';
import { Trainer } from '../core/training/trainer';
import { diskIO, givenIO } from '../node/dataFiles';
import { displayName } from './analysisCache';
import { specDocument, type CommandContext } from './commandContext';

const newTrainer = (a: Analysis) =>
  new Trainer(a.parse.spec!, a.dataset!, { history: { first: 0, last: 0, thinned: 0 } });

function dims(a: Analysis): NetworkDims {
  const spec = a.parse.spec!;
  const sizes = [a.dataset!.X.rows, ...spec.network.layers.map((l) => l.units)];
  return { sizes, m: newTrainer(a).batches.batchSize, layout: spec.layout };
}

/** Why `name` cannot be explained in this network's first step, or undefined when it can. */
function entryProblem(d: NetworkDims, name: string): string | undefined {
  const parsed = parseEntry(name);
  if (!parsed.ok) return parsed.error;
  const checked = checkEntry(parsed.value, d);
  return checked.ok ? undefined : checked.error;
}

/** Step 0 only: one step of training, so the host is never held up by a long run. */
function explainFirstStep(a: Analysis, name: string, where: string): string {
  const snapshot = newTrainer(a).next(true)?.snapshot;
  if (!snapshot) return vscode.l10n.t('The run stopped before its first step.');
  const result = explain(snapshot, explainContext(a.parse.spec!), name);
  return result.ok ? explanationText(result.explanation, where) : result.error;
}

/** `entry` skips the question (for tests and links). Returns the explanation written. */
export async function explainEntry(c: CommandContext, entry?: unknown): Promise<string | undefined> {
  const doc = await specDocument(c, undefined);
  if (!doc) return undefined;
  // The worker's check says whether it can train (and respects Restricted Mode); the step itself needs
  // the data, read here once (a data file is at most 10 MB).
  const checked = await c.cache.current(doc);
  const files = c.cache.runFiles(doc);
  const io = files.given
    ? givenIO(files.given.path, files.given.read)
    : diskIO({ baseDir: files.baseDir, root: files.dataRoot });
  const a = checked?.runnable && c.trust.trusted ? analyze(doc.getText(), io) : undefined;
  if (!a?.runnable || !a.parse.spec || !a.dataset) {
    void vscode.window.showErrorMessage(vscode.l10n.t('nnspec: fix the errors in the spec to explain its numbers.'));
    return undefined;
  }
  const d = dims(a);
  const name =
    typeof entry === 'string'
      ? entry
      : await vscode.window.showInputBox({
          prompt: vscode.l10n.t('Which number of step 0? A matrix with [layer][row,column], or J'),
          value: 'dW[1][1,1]',
          validateInput: (v) => entryProblem(d, v),
        });
  if (!name) return undefined;
  const text = entryProblem(d, name) ?? explainFirstStep(a, name, displayName(doc, checked));
  c.log.appendLine(`${text}\n`);
  c.log.show(true);
  return text;
}
