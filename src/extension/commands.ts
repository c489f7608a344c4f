// The nnspec commands. Each returns something tests can check (the panel, the shapes, the rows, the path).
import * as vscode from 'vscode';
import { shapeTableText } from '../core/shapes/text';
import type { ShapeTable } from '../core/shapes/types';
import type { GradCheckRow } from '../protocol';
import { errorsMessage, specDocument, type CommandContext } from './commandContext';
import { compare } from './compareCommand';
import { compareTrace, showStepInPanel } from './compareTrace';
import { explainEntry } from './explainEntry';
import { exportParameters } from './exportParameters';
import { exportPython } from './exportPython';
import { newFromExample } from './newFromExample';
import type { PanelReadout, SpecPanel } from './specPanel';

/** Below this, backprop and finite differences agree (the course's rule of thumb is 1e-7; ReLU kinks cost a little). */
const GRADCHECK_OK = 1e-5;

/** Context keys the Getting Started walkthrough waits for. */
export const TRAINED_COMPARISON = 'nnspec.trainedComparison';
/** Run after a quick fix's edit (CodeAction.command), so the walkthrough can tick its "fix a shape" step. */
export const QUICK_FIX_APPLIED = 'nnspec.quickFixApplied';

async function panelFor(c: CommandContext, arg: unknown): Promise<SpecPanel | undefined> {
  const doc = await specDocument(c, arg);
  return doc && (c.panels.get(doc.uri) ?? c.panels.open(doc));
}

async function train(c: CommandContext, arg?: unknown): Promise<PanelReadout | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  // The panel first: it shows the shapes when the analysis is done, and the run starts then.
  const panel = c.panels.open(doc);
  c.panels.startRun(panel, true);
  const analysis = await c.cache.current(doc);
  // The walkthrough's "compare two runs" step is done once a file with compare: variants is trained.
  if (analysis && analysis.variants.length > 0)
    void vscode.commands.executeCommand('setContext', TRAINED_COMPARISON, true);
  const blocked = analysis && c.trust.trusted ? errorsMessage(analysis, 'train') : undefined;
  if (blocked) void vscode.window.showWarningMessage(blocked);
  return panel;
}

async function showShapes(c: CommandContext, arg?: unknown): Promise<ShapeTable | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  c.panels.open(doc);
  const shapes = (await c.cache.current(doc))?.shapes;
  if (shapes)
    c.log.appendLine(`${vscode.l10n.t('Shapes of {0}:', doc.uri.path)}\n${shapeTableText(shapes, undefined, true)}\n`);
  return shapes;
}

async function togglePause(c: CommandContext, arg?: unknown): Promise<PanelReadout | undefined> {
  const panel = await panelFor(c, arg);
  panel?.control(panel.status === 'running' ? 'pause' : 'play');
  return panel;
}

async function control(c: CommandContext, action: 'step' | 'stop', arg?: unknown): Promise<PanelReadout | undefined> {
  const panel = await panelFor(c, arg);
  panel?.control(action);
  return panel;
}

async function gradientCheck(c: CommandContext, arg?: unknown): Promise<GradCheckRow[] | undefined> {
  const panel = await panelFor(c, arg);
  const rows = await panel?.gradcheck();
  if (!rows) {
    void vscode.window.showErrorMessage(vscode.l10n.t('nnspec: the gradient check could not run; see the panel.'));
    return undefined;
  }
  const worst = rows.reduce((a, r) => (r.relativeError > a.relativeError ? r : a), rows[0]);
  const where = worst ? `d${worst.param}[${worst.layer}]` : '';
  const largest = worst?.relativeError.toExponential(2) ?? 'n/a';
  void vscode.window.showInformationMessage(
    !worst || worst.relativeError < GRADCHECK_OK
      ? vscode.l10n.t(
          'nnspec: gradient check: backprop agrees with finite differences (largest relative error {0}, {1}).',
          largest,
          where,
        )
      : vscode.l10n.t(
          'nnspec: gradient check: backprop and finite differences disagree (largest relative error {0}, {1}).',
          largest,
          where,
        ),
  );
  return rows;
}

export function registerCommands(c: CommandContext): void {
  const commands: [string, (...args: never[]) => unknown][] = [
    ['nnspec.train', (arg?: unknown) => train(c, arg)],
    ['nnspec.showShapes', (arg?: unknown) => showShapes(c, arg)],
    ['nnspec.togglePause', (arg?: unknown) => togglePause(c, arg)],
    ['nnspec.step', (arg?: unknown) => control(c, 'step', arg)],
    ['nnspec.stop', (arg?: unknown) => control(c, 'stop', arg)],
    ['nnspec.gradientCheck', (arg?: unknown) => gradientCheck(c, arg)],
    ['nnspec.explainEntry', (entry?: unknown) => explainEntry(c, entry)],
    [QUICK_FIX_APPLIED, () => true],
    ['nnspec.exportParameters', (arg?: unknown) => exportParameters(c, arg)],
    ['nnspec.exportNumpy', (arg?: unknown) => exportPython(c, 'numpy', arg)],
    ['nnspec.exportPytorch', (arg?: unknown) => exportPython(c, 'pytorch', arg)],
    ['nnspec.compareTrace', (arg?: unknown, trace?: unknown) => compareTrace(c, arg, trace)],
    [
      'nnspec.showStepInPanel',
      (arg?: unknown, step?: unknown, entry?: unknown) => showStepInPanel(c, arg, step, entry),
    ],
    ['nnspec.newFromExample', (file?: string, mode?: 'untitled' | 'workspace') => newFromExample(c, file, mode)],
    [
      'nnspec.compare',
      (arg?: unknown, path?: string, values?: string[], train?: boolean) => compare(c, arg, path, values, train),
    ],
  ];
  for (const [id, f] of commands) c.extension.subscriptions.push(vscode.commands.registerCommand(id, f));
}
