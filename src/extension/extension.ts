// Activation: wires the analysis, diagnostics, editor features, commands, panels and status bar together.
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerCommands } from './commands';
import { DiagnosticsController } from './diagnostics';
import { DimensionHoverProvider } from './dimensionHover';
import { FixProvider, LayerHoverProvider, ShapesCodeLensProvider } from './languageFeatures';
import type { PanelReadout } from './specPanel';
import { SpecPanels } from './specPanels';
import { TrainingStatusBar } from './statusBar';

/** What `activate` returns: read-only views of the open panels, for integration tests. */
export interface NnspecApi {
  panels: ReadonlyMap<string, PanelReadout>;
  /** Hands `message` to the panel of the spec at `uri` as if its webview had sent it; false without a panel. */
  fromWebview(uri: string, message: unknown): boolean;
}

export function activate(context: vscode.ExtensionContext): NnspecApi {
  const log = vscode.window.createOutputChannel('nnspec');
  const cache = new AnalysisCache();
  const panels = new SpecPanels(context.extensionUri, cache, log);
  const lenses = new ShapesCodeLensProvider(cache);
  const diagnostics = new DiagnosticsController(cache, (doc) => {
    panels.analyzed(doc);
    lenses.refresh();
  });
  const selector: vscode.DocumentSelector = { language: 'nnspec' };
  context.subscriptions.push(
    log,
    panels,
    diagnostics,
    new TrainingStatusBar(panels),
    vscode.languages.registerHoverProvider(selector, new DimensionHoverProvider(cache)),
    vscode.languages.registerHoverProvider(selector, new LayerHoverProvider(cache)),
    vscode.languages.registerCodeLensProvider(selector, lenses),
    vscode.languages.registerCodeActionsProvider(selector, new FixProvider(cache), {
      providedCodeActionKinds: FixProvider.kinds,
    }),
  );
  registerCommands({ extension: context, cache, panels, log });
  return { panels: panels.readouts, fromWebview: (uri, message) => panels.fromWebview(uri, message) };
}

export function deactivate(): void {}
