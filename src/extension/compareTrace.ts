// Compare With My Trace…: a trace the student recorded from their own implementation against
// nnspec's run of the spec (in a worker), the first difference in a notification that can open the
// panel at that step, and the whole report in the output channel.
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { editorLanguage } from './editorLanguage';
import type { DiffResult, Difference } from '../core/diff';
import { isMatrixEntry, type MatrixEntry } from '../protocol';
import { diffReportLines, diffSummary } from '../core/diff/text';
import { diffInWorker } from '../node/jobWorker';
import { errorsMessage, specDocument, type CommandContext } from './commandContext';

async function pickTrace(doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t(
      'nnspec: the trace of your own implementation ({0} prints the helper that records it)',
      'nnspec diff --helper',
    ),
    defaultUri: doc.uri.scheme === 'file' ? vscode.Uri.file(dirname(doc.uri.fsPath)) : undefined,
    filters: { [vscode.l10n.t('Trace JSON')]: ['json'] },
    canSelectMany: false,
    openLabel: vscode.l10n.t('Compare'),
  });
  return picked?.[0];
}

/** The comparison in a worker, under a cancellable progress notification. */
function compare(c: CommandContext, doc: vscode.TextDocument, trace: vscode.Uri) {
  const workerPath = vscode.Uri.joinPath(c.extension.extensionUri, 'dist', 'worker.js').fsPath;
  const { baseDir, dataRoot } = c.cache.runFiles(doc);
  const request = {
    type: 'diff' as const,
    text: doc.getText(),
    baseDir,
    dataRoot,
    tracePath: trace.fsPath,

    lang: editorLanguage(),
  };
  const title = vscode.l10n.t("nnspec: comparing {0} with nnspec's run", basename(trace.fsPath));
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_progress, token) => {
      const run = diffInWorker(workerPath, request);
      token.onCancellationRequested(() => run.cancel());
      return run.result;
    },
  );
}

/**
 * What the panel explains for a difference at a step: the entry of a matrix (its 1-based row and column
 * made 0-based), or 'J' for the step's cost; none for the final parameters and cost.
 */
export function entryOf(d: Difference): MatrixEntry | 'J' | undefined {
  if (d.step === undefined) return undefined;
  if (d.kind === 'J') return 'J';
  if (d.layer === undefined) return undefined;
  const entry = { matrix: d.kind, layer: d.layer, row: d.row - 1, col: d.column - 1 };
  return isMatrixEntry(entry) ? entry : undefined;
}

/** The notification for the result; its buttons open the panel at the step or the report. */
function show(c: CommandContext, doc: vscode.TextDocument, trace: vscode.Uri, r: DiffResult): void {
  c.log.appendLine(vscode.l10n.t("Compared {0} with nnspec's run of {1}:", trace.fsPath, doc.uri.fsPath));
  for (const line of diffReportLines(trace.fsPath, r, editorLanguage())) c.log.appendLine(line);
  c.log.appendLine('');
  const summary = `nnspec: ${diffSummary(basename(trace.fsPath), r, editorLanguage())}`;
  const SHOW_STEP = vscode.l10n.t('Show Step in Panel');
  const SHOW_REPORT = vscode.l10n.t('Show Report');
  if (r.status === 'agree') {
    void vscode.window.showInformationMessage(summary, SHOW_REPORT).then((b) => b && c.log.show(true));
    return;
  }
  const step = r.status === 'differ' ? r.first.step : undefined;
  const entry = r.status === 'differ' ? entryOf(r.first) : undefined;
  const buttons = step === undefined ? [SHOW_REPORT] : [SHOW_STEP, SHOW_REPORT];
  const shown =
    r.status === 'invalid'
      ? vscode.window.showErrorMessage(summary, ...buttons)
      : vscode.window.showWarningMessage(summary, ...buttons);
  void shown.then((b) => {
    if (b === SHOW_STEP) void vscode.commands.executeCommand('nnspec.showStepInPanel', doc.uri, step, entry);
    else if (b === SHOW_REPORT) c.log.show(true);
  });
}

/**
 * Compares the trace (`traceArg`, or one picked in a file dialog) with the spec's run; returns the
 * result (undefined when nothing was compared) so tests can check it.
 */
export async function compareTrace(
  c: CommandContext,
  arg?: unknown,
  traceArg?: unknown,
): Promise<DiffResult | undefined> {
  const doc = await specDocument(c, arg);
  if (!doc) return undefined;
  const analysis = await c.cache.current(doc);
  if (!analysis) return undefined;
  if (!analysis.runnable) {
    const why =
      errorsMessage(analysis, 'compare') ??
      vscode.l10n.t('nnspec: the spec cannot be trained yet, so there is no run to compare with.');
    void vscode.window.showErrorMessage(why);
    return undefined;
  }
  const trace = traceArg instanceof vscode.Uri ? traceArg : await pickTrace(doc);
  if (!trace) return undefined;
  const reply = await compare(c, doc, trace);
  if (reply === 'cancelled') return undefined;
  if (reply.type === 'error') {
    void vscode.window.showErrorMessage(`nnspec: ${reply.message}`);
    return undefined;
  }
  show(c, doc, trace, reply.result);
  return reply.result;
}

/** The spec's panel on a fresh run paused after `step`: the step a comparison found a difference at. */
export async function showStepInPanel(c: CommandContext, arg?: unknown, step?: unknown, entry?: unknown) {
  const doc = await specDocument(c, arg);
  if (!doc || typeof step !== 'number' || !Number.isInteger(step) || step < 0) return undefined;
  return c.panels.openAtStep(doc, step, entry === 'J' || isMatrixEntry(entry) ? entry : undefined);
}
