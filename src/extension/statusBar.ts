// The status bar item (step, cost, accuracy of the run last heard from) and a cancellable
// progress notification for runs that last more than a moment.
import * as vscode from 'vscode';
import type { TrainingPanel } from './panel';
import type { PanelManager } from './panels';
import type { Run } from './run';
import { statusText, stepText } from '../core/runText';

/** Runs shorter than this finish before a notification would be worth showing. */
const PROGRESS_AFTER_MS = 1500;

export class TrainingStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  private readonly notified = new WeakSet<Run>();
  private shown?: TrainingPanel;

  constructor(panels: PanelManager) {
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

  private update(p: TrainingPanel): void {
    const run = p.run;
    if (!run) return;
    this.shown = p;
    this.item.text = statusText(run.status, run.step, run.totalSteps, run.log.lastPoint);
    this.item.tooltip = `${p.webviewPanel.title}: ${run.log.status?.message ?? run.status} (click to pause or resume)`;
    this.item.show();
    if (run.status === 'running' && !this.notified.has(run)) {
      this.notified.add(run);
      setTimeout(() => this.progress(p, run), PROGRESS_AFTER_MS);
    }
  }

  /** A notification with the run's progress; cancelling it stops the run. */
  private progress(p: TrainingPanel, run: Run): void {
    if (p.run !== run || run.status !== 'running') return;
    const options = {
      location: vscode.ProgressLocation.Notification,
      title: `nnspec: training ${p.webviewPanel.title}`,
      cancellable: true,
    };
    void vscode.window.withProgress(
      options,
      (progress, token) =>
        new Promise<void>((resolve) => {
          let reported = 0;
          const report = () => {
            const total = Math.max(1, run.totalSteps);
            const pct = (100 * run.step) / total;
            progress.report({ increment: pct - reported, message: stepText(run.step, run.totalSteps) });
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
            run.send({ type: 'control', action: 'stop' });
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
