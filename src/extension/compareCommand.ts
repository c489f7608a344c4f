// "nnspec: Compare…": asks for one key and a few values, adds one compare: variant per value to the
// spec (addCompare's edit: an insertion, nothing else changes), and offers to train them side by side.
import * as vscode from 'vscode';
import { editorLanguage } from './editorLanguage';
import { render } from '../core/messages/message';
import { addCompare } from '../core/experiments/addCompare';
import { parseSpec } from '../core/spec';
import { resolvePath } from '../core/spec/overridePath';
import { compareKeys, splitValues, type CompareKey } from '../node/compareChoices';
import { specDocument, type CommandContext } from './commandContext';
import { toVsRange } from './diagnostics';

const OTHER = (): string => vscode.l10n.t('Another key…');
/** A key as the file writes it: not translated. */
const EXAMPLE_KEY = 'training.batch_size';

async function pickKey(keys: CompareKey[]): Promise<CompareKey | string | undefined> {
  const items = [
    ...keys.map((k) => ({
      label: k.label,
      description: k.path,
      detail: k.current && vscode.l10n.t('the file has {0}', k.current),
      key: k,
    })),
    {
      label: OTHER(),
      description: vscode.l10n.t('any PATH, e.g. {0}', 'data.generate.noise'),
      detail: undefined,
      key: undefined,
    },
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('nnspec: Compare…'),
    placeHolder: vscode.l10n.t('Which key should the variants change?'),
    matchOnDescription: true,
  });
  if (!pick) return undefined;
  if (pick.key) return pick.key;
  return vscode.window.showInputBox({
    title: vscode.l10n.t('nnspec: Compare…'),
    prompt: vscode.l10n.t('The key to change, its sections joined by dots, layers numbered from 1'),
    placeHolder: EXAMPLE_KEY,
    validateInput: (v) => {
      const r = resolvePath(v.trim());
      return r.ok ? undefined : render(editorLanguage(), r.l10n);
    },
  });
}

async function askValues(key: CompareKey | string): Promise<string[] | undefined> {
  const path = typeof key === 'string' ? key : key.path;
  const title = vscode.l10n.t('nnspec: Compare… {0}', path);
  if (typeof key !== 'string' && key.choices) {
    const items = key.choices.map((label) => ({ label, picked: key.suggested.includes(label) }));
    const picks = await vscode.window.showQuickPick(items, {
      title,
      canPickMany: true,
      placeHolder: key.current
        ? vscode.l10n.t("Values to train beside the file's {0} (one variant each)", key.current)
        : vscode.l10n.t("Values to train beside the file's default (one variant each)"),
    });
    return picks?.map((p) => p.label);
  }
  const typed = await vscode.window.showInputBox({
    title,
    prompt:
      typeof key !== 'string' && key.current
        ? vscode.l10n.t("Values to train beside the file's {0}, separated by commas (one variant each)", key.current)
        : vscode.l10n.t('Values to train beside the file, separated by commas (one variant each)'),
    value: typeof key === 'string' ? '' : key.suggested.join(', '),
    validateInput: (v) => (splitValues(v).length === 0 ? vscode.l10n.t('Give at least one value.') : undefined),
  });
  return typed === undefined ? undefined : splitValues(typed);
}

/** Selects the added variants in the spec's editor, when it is open. */
function reveal(doc: vscode.TextDocument, from: vscode.Position, lines: number): void {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  if (!editor) return;
  const range = new vscode.Range(from, doc.lineAt(Math.min(doc.lineCount - 1, from.line + lines)).range.end);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * `path` and `values` skip the questions, `train` the offer to train (for tests and links). Returns the
 * names of the variants added, or undefined when nothing was added.
 */
export async function compare(
  c: CommandContext,
  arg?: unknown,
  path?: string,
  values?: string[],
  train?: boolean,
): Promise<string[] | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  // Parsing alone (no data file read) gives the values the file has now.
  const key = path ?? (await pickKey(compareKeys(parseSpec(doc.getText()).spec, editorLanguage())));
  const chosen = key === undefined ? undefined : (values ?? (await askValues(key)));
  if (key === undefined || !chosen || chosen.length === 0) return undefined;
  const added = addCompare(doc.getText(), typeof key === 'string' ? key : key.path, chosen);
  if (!added.ok) {
    void vscode.window.showErrorMessage(`nnspec: ${render(editorLanguage(), added.l10n)}`);
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  const range = toVsRange(added.edit.range);
  edit.replace(doc.uri, range, added.edit.text);
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  reveal(doc, range.start, added.edit.text.split('\n').length);
  const names = added.names.map((n) => `'${n}'`).join(', ');
  const trainNow = vscode.l10n.t('Train');
  const go =
    train ??
    (await vscode.window.showInformationMessage(
      added.names.length === 1
        ? vscode.l10n.t('nnspec: added the variant {0} to compare:. Train it beside the file now?', names)
        : vscode.l10n.t('nnspec: added the variants {0} to compare:. Train them beside the file now?', names),
      trainNow,
    )) === trainNow;
  if (go) await vscode.commands.executeCommand('nnspec.train', doc.uri);
  return added.names;
}
