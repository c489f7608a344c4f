// Activation: wires the analysis, diagnostics, editor features, commands, panels and status bar together.
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import { AnalysisClient } from '../node/analysisClient';
import { AnalysisCache } from './analysisCache';
import { registerCommands } from './commands';
import { DiagnosticsController } from './diagnostics';
import { FixProvider, LayerHoverProvider, ShapesCodeLensProvider } from './languageFeatures';
import type { PanelReadout } from './specPanel';
import { SpecPanels } from './specPanels';
import { TrainingStatusBar } from './statusBar';
import { WorkspaceTrust } from './trust';

/** A check that takes longer is given up (its worker replaced): nothing within the limits comes close. */
const ANALYSIS_TIMEOUT_MS = 60_000;

/** What `activate` returns, for integration tests: read-only views of the open panels, and the trust nnspec acts on. */
export interface NnspecApi {
  panels: ReadonlyMap<string, PanelReadout>;
  trust: Pick<WorkspaceTrust, 'trusted' | 'simulate'>;
}

export function activate(context: vscode.ExtensionContext): NnspecApi {
  const log = vscode.window.createOutputChannel('nnspec');
  const workerPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath;
  const client = new AnalysisClient({
    spawn: (resourceLimits) => new Worker(workerPath, { resourceLimits }),
    timeoutMs: ANALYSIS_TIMEOUT_MS,
  });
  const trust = new WorkspaceTrust();
  const cache = new AnalysisCache(client, trust);
  const panels = new SpecPanels(context.extensionUri, cache, log, trust);
  const lenses = new ShapesCodeLensProvider(cache);
  const diagnostics = new DiagnosticsController(cache, (doc, a) => {
    panels.analyzed(doc, a);
    lenses.refresh();
  });
  const selector: vscode.DocumentSelector = { language: 'nnspec' };
  context.subscriptions.push(
    log,
    cache, // before the client, whose disposal answers every waiting request undefined
    { dispose: () => client.dispose() },
    trust,
    panels,
    diagnostics,
    new TrainingStatusBar(panels),
    vscode.languages.registerHoverProvider(selector, new LayerHoverProvider(cache)),
    vscode.languages.registerCodeLensProvider(selector, lenses),
    vscode.languages.registerCodeActionsProvider(selector, new FixProvider(cache), {
      providedCodeActionKinds: FixProvider.kinds,
    }),
  );
  registerCommands({ extension: context, cache, panels, log, trust });
  return { panels: panels.readouts, trust };
}

export function deactivate(): void {}
