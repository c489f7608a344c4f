// The status bar item (last step, cost, accuracy of the run last heard from) and a cancellable
// progress notification for runs that last more than a moment.
import * as vscode from 'vscode';
import { progressLine, stepsText } from '../core/runText';
import { editorLanguage } from './editorLanguage';
import type { RunStatus } from '../protocol';
import type { RunWorker } from './runWorker';
import type { SpecPanel } from './specPanel';
import type { SpecPanels } from './specPanels';

/** Runs shorter than this finish before a notification would be worth showing. */
const PROGRESS_AFTER_MS = 1500;

const ICON: Record<RunStatus, string> = {
  idle: '$(circle-outline)',
  running: '$(sync~spin)',
  paused: '$(debug-pause)',
  done: '$(check)',
  diverged: '$(warning)',
  stopped: '$(debug-stop)',
};

export class TrainingStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  private readonly notified = new WeakSet<RunWorker>();
  private shown?: SpecPanel;

  constructor(panels: SpecPanels) {
    this.item.command = 'nnspec.togglePause';
    panels.onDidCreate((p) => {
      p.onDidChange(() => this.update(p));
      p.onDidDispose(() => {
        if (this.shown === p) {
          this.shown = undefined;
          this.item.hide();
        }
      });
    });
  }

  private update(p: SpecPanel): void {
    const run = p.run;
    if (!run) return;
    this.shown = p;
    const icon = run.stale ? '$(history)' : ICON[run.status];
    const progress = progressLine(run.stepsRun, run.totalSteps, run.record.lastPoint, editorLanguage());
    this.item.text = `${icon} nnspec ${progress}`;
    this.item.tooltip = vscode.l10n.t(
      '{0}: {1} (click to pause or resume)',
      p.webviewPanel.title,
      run.record.status?.message ?? run.status,
    );
    this.item.show();
    if (run.status === 'running' && !this.notified.has(run)) {
      this.notified.add(run);
      setTimeout(() => this.progress(p, run), PROGRESS_AFTER_MS);
    }
  }

  /** A notification with the run's progress; cancelling it stops the run. */
  private progress(p: SpecPanel, run: RunWorker): void {
    if (p.run !== run || run.status !== 'running') return;
    const options = {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('nnspec: training {0}', p.webviewPanel.title),
      cancellable: true,
    };
    void vscode.window.withProgress(
      options,
      (progress, token) =>
        new Promise<void>((resolve) => {
          let reported = 0;
          const report = () => {
            const pct = (100 * run.stepsRun) / Math.max(1, run.totalSteps);
            progress.report({
              increment: pct - reported,
              message: stepsText(run.stepsRun, run.totalSteps, editorLanguage()),
            });
            reported = pct;
          };
          const finish = () => {
            sub.dispose();
            resolve();
          };
          const sub = p.onDidChange(() => {
            if (p.run !== run || !['running', 'paused'].includes(run.status)) finish();
            else report();
          });
          token.onCancellationRequested(() => {
            run.control('stop');
            finish();
          });
          p.onDidDispose(finish);
          report();
        }),
    );
  }

  dispose(): void {
    this.item.dispose();
  }
}
