// The nnspec commands. Each returns something tests can check (the panel, the shapes, the rows, the path).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ShapeTable } from '../core/shapes/types';
import type { GradCheckRow } from '../protocol';
import type { AnalysisCache } from './analysisCache';
import { isSpec } from './diagnostics';
import { copyExample, listExamples } from '../node/examples';
import type { PanelView, TrainingPanel } from './panel';
import type { PanelManager } from './panels';
import { formatParameters, parametersPath } from '../node/parametersFile';
import { shapeTableText } from '../core/shapes/text';

/** Below this, backprop and finite differences agree (the course's rule of thumb is 1e-7; ReLU kinks cost a little). */
const GRADCHECK_OK = 1e-5;

export function registerCommands(
  context: vscode.ExtensionContext,
  cache: AnalysisCache,
  panels: PanelManager,
  log: vscode.OutputChannel,
): void {
  const examplesDir = vscode.Uri.joinPath(context.extensionUri, 'examples').fsPath;

  /** The spec a command acts on: the one given, the active editor's, or the focused panel's. */
  async function specDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
    if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
    const editor = vscode.window.activeTextEditor?.document;
    if (editor && isSpec(editor)) return editor;
    const uri = panels.active?.uri;
    if (uri) return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    void vscode.window.showErrorMessage('nnspec: open a .nnspec file first.');
    return undefined;
  }

  async function panelFor(arg: unknown): Promise<TrainingPanel | undefined> {
    const doc = await specDocument(arg);
    return doc && (panels.get(doc.uri) ?? panels.open(doc));
  }

  async function train(arg?: unknown): Promise<PanelView | undefined> {
    const doc = await specDocument(arg);
    if (!doc) return undefined;
    const panel = panels.open(doc);
    panels.startRun(panel, true);
    const errors = cache.get(doc).diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      void vscode.window.showWarningMessage(
        `nnspec: the spec has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} to train. First: ${errors[0].message}`,
      );
    }
    return panel;
  }

  async function showShapes(arg?: unknown): Promise<ShapeTable | undefined> {
    const doc = await specDocument(arg);
    if (!doc) return undefined;
    panels.open(doc);
    const shapes = cache.get(doc).shapes;
    if (shapes) log.appendLine(`Shapes of ${doc.uri.path}:\n${shapeTableText(shapes, undefined, true)}\n`);
    return shapes;
  }

  async function togglePause(arg?: unknown): Promise<PanelView | undefined> {
    const panel = await panelFor(arg);
    if (!panel) return undefined;
    panel.control(panel.status === 'running' ? 'pause' : 'play');
    return panel;
  }

  async function control(action: 'step' | 'stop', arg?: unknown): Promise<PanelView | undefined> {
    const panel = await panelFor(arg);
    panel?.control(action);
    return panel;
  }

  async function gradientCheck(arg?: unknown): Promise<GradCheckRow[] | undefined> {
    const panel = await panelFor(arg);
    if (!panel) return undefined;
    if (!panel.run?.alive || panel.status === 'stale') panels.startRun(panel, false);
    const rows = await panel.run?.gradcheck();
    if (!rows) {
      void vscode.window.showErrorMessage('nnspec: the gradient check could not run; see the panel.');
      return undefined;
    }
    const worst = rows.reduce((a, r) => (r.relativeError > a.relativeError ? r : a), rows[0]);
    const where = worst ? `d${worst.param}[${worst.layer}]` : '';
    const verdict =
      !worst || worst.relativeError < GRADCHECK_OK
        ? 'backprop agrees with finite differences'
        : 'backprop and finite differences disagree';
    void vscode.window.showInformationMessage(
      `nnspec: gradient check: ${verdict} (largest relative error ${worst?.relativeError.toExponential(2) ?? 'n/a'}, ${where}).`,
    );
    return rows;
  }

  async function exportParameters(arg?: unknown): Promise<string | undefined> {
    const doc = await specDocument(arg);
    if (!doc) return undefined;
    const run = panels.get(doc.uri)?.run;
    const params = run?.alive ? await run.parameters() : undefined;
    if (!params) {
      void vscode.window.showErrorMessage(
        'nnspec: train the network first (Train Network), then export its parameters.',
      );
      return undefined;
    }
    let path: string;
    if (doc.uri.scheme === 'file') path = parametersPath(doc.uri.fsPath);
    else {
      const folder = vscode.workspace.workspaceFolders?.[0];
      const target = folder ? undefined : await vscode.window.showSaveDialog({ filters: { JSON: ['json'] } });
      if (!folder && !target) return undefined;
      path = target ? target.fsPath : join(folder!.uri.fsPath, 'untitled.parameters.json');
    }
    writeFileSync(path, formatParameters(params));
    void vscode.window
      .showInformationMessage(
        `nnspec: wrote the parameters ${run!.step === 0 ? 'before any step' : `after step ${run!.step - 1}`} to ${path}.`,
        'Open',
      )
      .then((c) => {
        if (c === 'Open') void vscode.window.showTextDocument(vscode.Uri.file(path));
      });
    return path;
  }

  /** `file` and `mode` skip the questions (for tests and links). */
  async function newFromExample(file?: string, mode?: 'untitled' | 'workspace'): Promise<string | undefined> {
    if (typeof file !== 'string') {
      const items = listExamples(examplesDir).map((e) => ({
        label: e.name,
        description: e.file,
        detail: e.summary,
        file: e.file,
      }));
      const pick = await vscode.window.showQuickPick(items, {
        placeHolder: 'Choose an example network',
        matchOnDetail: true,
      });
      if (!pick) return undefined;
      file = pick.file;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!mode) {
      mode = 'untitled';
      if (folder) {
        const where = await vscode.window.showQuickPick(
          [
            { label: 'Open as a new untitled file', mode: 'untitled' as const },
            { label: `Copy into ${folder.name}`, mode: 'workspace' as const },
          ],
          { placeHolder: 'Where should the example go?' },
        );
        if (!where) return undefined;
        mode = where.mode;
      }
    }
    let doc: vscode.TextDocument;
    if (mode === 'workspace' && folder) {
      doc = await vscode.workspace.openTextDocument(copyExample(examplesDir, file, folder.uri.fsPath));
    } else {
      const text = (
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', file))
      ).toString();
      doc = await vscode.workspace.openTextDocument({ language: 'nnspec', content: text });
      cache.setBaseDir(doc.uri, examplesDir);
    }
    await vscode.window.showTextDocument(doc);
    return doc.uri.toString();
  }

  const commands: [string, (...args: never[]) => unknown][] = [
    ['nnspec.train', train],
    ['nnspec.showShapes', showShapes],
    ['nnspec.togglePause', togglePause],
    ['nnspec.step', (arg?: unknown) => control('step', arg)],
    ['nnspec.stop', (arg?: unknown) => control('stop', arg)],
    ['nnspec.gradientCheck', gradientCheck],
    ['nnspec.exportParameters', exportParameters],
    ['nnspec.newFromExample', newFromExample],
  ];
  for (const [id, f] of commands) context.subscriptions.push(vscode.commands.registerCommand(id, f));
}
