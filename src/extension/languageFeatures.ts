// Hovers on layers, CodeLens with shapes and parameter counts, quick fixes from the diagnostics' fixes.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { toVsRange } from './diagnostics';
import { fixEdits } from '../core/spec/edits';
import { layerIndexAt } from '../core/spec/positions';
import { layerHoverMarkdown, layerLensTitle, networkLensTitle } from '../core/shapes/hoverText';

export class LayerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const a = this.cache.get(doc);
    const i = layerIndexAt(a.parse.ranges, pos.line, pos.character);
    const layer = i === undefined ? undefined : a.shapes?.layers[i];
    if (!layer || !a.shapes) return undefined;
    const range = toVsRange(a.parse.ranges.get(`network.layers.${i}`)!);
    return new vscode.Hover(new vscode.MarkdownString(layerHoverMarkdown(layer, a.shapes.layout)), range);
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

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const a = this.cache.get(doc);
    const table = a.shapes;
    const networkKey = a.parse.ranges.get('key:network');
    if (!table || !networkKey) return [];
    const at = toVsRange(networkKey);
    const lenses = [
      new vscode.CodeLens(at, { title: networkLensTitle(table), command: 'nnspec.showShapes', arguments: [doc.uri] }),
      new vscode.CodeLens(at, { title: '▶ Train Network', command: 'nnspec.train', arguments: [doc.uri] }),
      new vscode.CodeLens(at, { title: 'Show Shapes', command: 'nnspec.showShapes', arguments: [doc.uri] }),
    ];
    table.layers.forEach((l, i) => {
      const r = a.parse.ranges.get(`network.layers.${i}`);
      if (r)
        lenses.push(
          new vscode.CodeLens(toVsRange(r), {
            title: layerLensTitle(l),
            command: 'nnspec.showShapes',
            arguments: [doc.uri],
          }),
        );
    });
    return lenses;
  }
}

export class FixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: AnalysisCache) {}

  provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const a = this.cache.get(doc);
    const actions: vscode.CodeAction[] = [];
    for (const vd of context.diagnostics) {
      if (vd.source !== 'nnspec') continue;
      // The editor hands back copies: find the core diagnostic by code, message and place.
      const d = a.diagnostics.find(
        (c) => c.code === vd.code && c.message === vd.message && toVsRange(c.range).isEqual(vd.range),
      );
      for (const fix of d?.fixes ?? []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [vd];
        action.edit = new vscode.WorkspaceEdit();
        for (const e of fixEdits(fix)) action.edit.replace(doc.uri, toVsRange(e.range), e.text);
        action.isPreferred = d!.fixes!.length === 1;
        actions.push(action);
      }
    }
    return actions;
  }
}
