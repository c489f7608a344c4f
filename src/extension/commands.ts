// The nnspec commands. Each returns something tests can check (the panel, the shapes, the rows, the path).
import * as vscode from 'vscode';
import { shapeTableText } from '../core/shapes/text';
import type { ShapeTable } from '../core/shapes/types';
import type { GradCheckRow } from '../protocol';
import { errorsMessage, specDocument, type CommandContext } from './commandContext';
import { compareTrace, showStepInPanel } from './compareTrace';
import { exportParameters } from './exportParameters';
import { exportPython } from './exportPython';
import { newFromExample } from './newFromExample';
import type { PanelReadout, SpecPanel } from './specPanel';

/** Below this, backprop and finite differences agree (the course's rule of thumb is 1e-7; ReLU kinks cost a little). */
const GRADCHECK_OK = 1e-5;

async function panelFor(c: CommandContext, arg: unknown): Promise<SpecPanel | undefined> {
  const doc = await specDocument(c, arg);
  return doc && (c.panels.get(doc.uri) ?? c.panels.open(doc));
}

async function train(c: CommandContext, arg?: unknown): Promise<PanelReadout | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  const analysis = await c.cache.current(doc);
  const panel = c.panels.open(doc);
  c.panels.startRun(panel, true);
  const errors = analysis && c.trust.trusted ? errorsMessage(analysis, 'train') : undefined;
  if (errors) void vscode.window.showWarningMessage(errors);
  return panel;
}

async function showShapes(c: CommandContext, arg?: unknown): Promise<ShapeTable | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  c.panels.open(doc);
  const shapes = (await c.cache.current(doc))?.shapes;
  if (shapes) c.log.appendLine(`Shapes of ${doc.uri.path}:\n${shapeTableText(shapes, undefined, true)}\n`);
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
    void vscode.window.showErrorMessage('nnspec: the gradient check could not run; see the panel.');
    return undefined;
  }
  const worst = rows.reduce((a, r) => (r.relativeError > a.relativeError ? r : a), rows[0]);
  const where = worst ? `d${worst.param}[${worst.layer}]` : '';
  const verdict =
    !worst || worst.relativeError < GRADCHECK_OK
      ? 'backprop agrees with finite differences'
      : 'backprop and finite differences disagree';
  const largest = worst?.relativeError.toExponential(2) ?? 'n/a';
  void vscode.window.showInformationMessage(
    `nnspec: gradient check: ${verdict} (largest relative error ${largest}, ${where}).`,
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
    ['nnspec.exportParameters', (arg?: unknown) => exportParameters(c, arg)],
    ['nnspec.exportNumpy', (arg?: unknown) => exportPython(c, 'numpy', arg)],
    ['nnspec.exportPytorch', (arg?: unknown) => exportPython(c, 'pytorch', arg)],
    ['nnspec.compareTrace', (arg?: unknown, trace?: unknown) => compareTrace(c, arg, trace)],
    ['nnspec.showStepInPanel', (arg?: unknown, step?: unknown) => showStepInPanel(c, arg, step)],
    ['nnspec.newFromExample', (file?: string, mode?: 'untitled' | 'workspace') => newFromExample(c, file, mode)],
  ];
  for (const [id, f] of commands) c.extension.subscriptions.push(vscode.commands.registerCommand(id, f));
}
