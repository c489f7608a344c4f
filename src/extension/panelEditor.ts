// What the panel asks of the editor: apply one fix of a diagnostic to the spec, as its quick fix would,
// and show a place of the spec.
import { localizeDiagnostic } from '../core/messages/localize';
import { editorLanguage } from './editorLanguage';
import * as vscode from 'vscode';
import { fixEdits } from '../core/spec/edits';
import type { Diagnostic, Range } from '../core/spec/types';
import type { ApplyFixMessage, FixResultMessage } from '../protocol';
import { toVsRange } from './diagnostics';

type Outcome = Pick<FixResultMessage, 'applied' | 'message'>;
/** What a fix is looked up in: the diagnostics of an analysis. */
type Checked = { diagnostics: Diagnostic[] };

const sameRange = (a: Range, b: Range): boolean =>
  a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;

/**
 * Applies the fix `m` names, found in `analysis` (that of `doc` as it is now), when `doc` is still the
 * version the panel showed; the edits of a fix of an older text could land anywhere in a newer one.
 */
export async function applyFix(doc: vscode.TextDocument, analysis: Checked, m: ApplyFixMessage): Promise<Outcome> {
  if (doc.version !== m.version) {
    return {
      applied: false,
      message: vscode.l10n.t(
        'The spec changed after “{0}” was shown, so nothing was applied: its problems as they are now are listed here.',
        m.title,
      ),
    };
  }
  const d = analysis.diagnostics.find((x) => x.code === m.code && sameRange(x.range, m.range));
  // The panel shows the fixes in the editor's language (analysisMessage).
  const fix = d && localizeDiagnostic(d, editorLanguage()).fixes?.find((f) => f.title === m.title);
  if (!fix) {
    const message = vscode.l10n.t('“{0}” is not a fix of this spec any more: nothing was applied.', m.title);
    return { applied: false, message };
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of fixEdits(fix)) edit.replace(doc.uri, toVsRange(e.range), e.text);
  // VS Code refuses the edit when the document changed meanwhile.
  if (!(await vscode.workspace.applyEdit(edit)))
    return {
      applied: false,
      message: vscode.l10n.t('VS Code did not apply “{0}”: the spec changed meanwhile or cannot be edited.', fix.title),
    };
  return { applied: true, message: vscode.l10n.t('Applied “{0}”.', fix.title) };
}

/** What is left after a fix: nothing to fix, or how many errors. */
export function afterFix(outcome: Outcome, after: Checked): Outcome {
  if (!outcome.applied) return outcome;
  const errors = after.diagnostics.filter((d) => d.severity === 'error').length;
  const left =
    errors === 0
      ? vscode.l10n.t('The spec has no errors now.')
      : errors === 1
        ? vscode.l10n.t('1 error left.')
        : vscode.l10n.t('{0} errors left.', errors);
  return { applied: true, message: `${outcome.message} ${left}` };
}

/** Shows `range` of the spec selected, in the editor it is open in, else in a column beside the panel. */
export async function reveal(uri: vscode.Uri, range: Range, panelColumn?: vscode.ViewColumn): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const open = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const beside = panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  const selection = doc.validateRange(toVsRange(range));
  await vscode.window.showTextDocument(doc, { viewColumn: open?.viewColumn ?? beside, selection, preview: false });
}
