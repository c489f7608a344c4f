// Hovers on layers, CodeLens with shapes and parameter counts, quick fixes from the diagnostics' fixes:
// each from the analysis of the document as it is now, waited for when the worker is still on it.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { QUICK_FIX_APPLIED } from './commands';
import { toVsRange } from './diagnostics';
import { Codes } from '../core/spec/codes';
import { fixEdits } from '../core/spec/edits';
import type { Diagnostic } from '../core/spec/types';
import { layerIndexAt } from '../core/spec/positions';
import { layerHoverMarkdown, layerLensTitleIn, networkLensTitle } from '../core/shapes/hoverText';
import { localizeDiagnostic } from '../core/messages/localize';
import { editorLanguage } from './editorLanguage';

export class LayerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const a = await this.cache.analysis(doc);
    if (!a) return undefined; // the text changed meanwhile: the editor asks again
    const i = layerIndexAt(a.ranges, pos.line, pos.character);
    const layer = i === undefined ? undefined : a.shapes?.layers[i];
    if (!layer || !a.shapes) return undefined;
    const range = toVsRange(a.ranges.get(`network.layers.${i}`)!);
    const markdown = layerHoverMarkdown(layer, a.shapes.layout, editorLanguage(), a.diagnostics);
    return new vscode.Hover(new vscode.MarkdownString(markdown), range);
  }
}

export class ShapesCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly cache: AnalysisCache) {}

  /** Lenses follow the analysis, which the diagnostics refresh after each (debounced) edit. */
  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const a = await this.cache.analysis(doc);
    const table = a?.shapes;
    const networkKey = a?.ranges.get('key:network');
    if (!a || !table || !networkKey) return [];
    const at = toVsRange(networkKey);
    const lenses = [
      new vscode.CodeLens(at, {
        title: networkLensTitle(table, editorLanguage()),
        command: 'nnspec.showShapes',
        arguments: [doc.uri],
      }),
      new vscode.CodeLens(at, {
        title: vscode.l10n.t('▶ Train Network'),
        command: 'nnspec.train',
        arguments: [doc.uri],
      }),
      new vscode.CodeLens(at, {
        title: vscode.l10n.t('Show Shapes'),
        command: 'nnspec.showShapes',
        arguments: [doc.uri],
      }),
    ];
    table.layers.forEach((l, i) => {
      const r = a.ranges.get(`network.layers.${i}`);
      if (r)
        lenses.push(
          new vscode.CodeLens(toVsRange(r), {
            title: layerLensTitleIn(editorLanguage())(l),
            command: 'nnspec.showShapes',
            arguments: [doc.uri],
          }),
        );
    });
    return lenses;
  }
}

/** The quick fixes of one core diagnostic, for the editor's copy `vd` of it. */
function fixActions(doc: vscode.TextDocument, vd: vscode.Diagnostic, d: Diagnostic): vscode.CodeAction[] {
  return (d.fixes ?? []).map((fix) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [vd];
    action.edit = new vscode.WorkspaceEdit();
    for (const e of fixEdits(fix)) action.edit.replace(doc.uri, toVsRange(e.range), e.text);
    action.isPreferred = d.fixes!.length === 1;
    action.command = { command: QUICK_FIX_APPLIED, title: fix.title };
    return action;
  });
}

/** For the data file not read in Restricted Mode: the way to trust the workspace. */
function trustAction(vd: vscode.Diagnostic): vscode.CodeAction {
  const title = vscode.l10n.t('Manage Workspace Trust');
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [vd];
  action.command = { title, command: 'workbench.trust.manage' };
  action.isPreferred = true;
  return action;
}

export class FixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const a = await this.cache.analysis(doc);
    const actions: vscode.CodeAction[] = [];
    for (const vd of context.diagnostics) {
      if (!a || vd.source !== 'nnspec') continue;
      // The editor hands back copies, in its language: find the core diagnostic by code, message and place.
      const d = a.diagnostics
        .map((c) => localizeDiagnostic(c, editorLanguage()))
        .find((c) => c.code === vd.code && c.message === vd.message && toVsRange(c.range).isEqual(vd.range));
      if (d) actions.push(...fixActions(doc, vd, d));
      if (d && a.refused && d.code === Codes.dataCsvMissing) actions.push(trustAction(vd));
    }
    return actions;
  }
}
