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

/** 'nnspec: the spec has 2 errors; fix them to train. First: …', or undefined when it has none. */
export function errorsMessage(analysis: { diagnostics: Diagnostic[] }, action: string): string | undefined {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return undefined;
  const n = errors.length === 1 ? 'it' : 'them';
  const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
  return `nnspec: the spec has ${count}; fix ${n} to ${action}. First: ${localizeDiagnostic(errors[0], editorLanguage()).message}`;
}
