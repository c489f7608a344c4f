// What every command needs, and the spec a command acts on.
import { localizeDiagnostic } from '../core/messages/localize';
import { editorLanguage } from './editorLanguage';
import * as vscode from 'vscode';
import type { Diagnostic } from '../core/spec/types';
import type { AnalysisCache } from './analysisCache';
import { isSpec } from './diagnostics';
import type { SpecPanels } from './specPanels';
import type { WorkspaceTrust } from './trust';

/** What every command needs. */
export interface CommandContext {
  extension: vscode.ExtensionContext;
  cache: AnalysisCache;
  panels: SpecPanels;
  log: vscode.OutputChannel;
  trust: WorkspaceTrust;
}

/** The spec a command acts on: the one given, the active editor's, or the focused panel's. */
export async function specDocument(c: CommandContext, arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const editor = vscode.window.activeTextEditor?.document;
  if (editor && isSpec(editor)) return editor;
  const uri = c.panels.active?.uri;
  if (uri) return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  void vscode.window.showErrorMessage(vscode.l10n.t('nnspec: open a .nnspec file first.'));
  return undefined;
}

/** What a command that needs a spec without errors was asked to do. */
export type BlockedAction = 'train' | 'export' | 'compare';

/** 'nnspec: the spec has 2 errors; fix them to train. First: …', or undefined when it has none. */
export function errorsMessage(analysis: { diagnostics: Diagnostic[] }, action: BlockedAction): string | undefined {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return undefined;
  const first = localizeDiagnostic(errors[0], editorLanguage()).message;
  const to = {
    train: vscode.l10n.t('train'),
    export: vscode.l10n.t('export it'),
    compare: vscode.l10n.t('compare a trace with its run'),
  }[action];
  return errors.length === 1
    ? vscode.l10n.t('nnspec: the spec has 1 error; fix it to {0}. First: {1}', to, first)
    : vscode.l10n.t('nnspec: the spec has {0} errors; fix them to {1}. First: {2}', errors.length, to, first);
}
