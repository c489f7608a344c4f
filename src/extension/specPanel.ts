// The training panel of one spec: its webview, the messages the webview sends, and the run behind it.
import * as vscode from 'vscode';
import { needsNewRun } from '../core/training/runStatus';
import {
  isWebviewMessage,
  type AnalysisMessage,
  type ControlAction,
  type HostMessage,
  type RunStatus,
  type SnapshotRequest,
  type WebviewMessage,
} from '../protocol';
import { panelHtml } from '../node/panelHtml';
import type { RunWorker } from './runWorker';

/** What tests (and the status bar) can read of a panel, through the API `activate` returns. */
export interface PanelReadout {
  readonly uri: string;
  readonly status: RunStatus;
  readonly stale: boolean;
  readonly stepsRun: number;
  readonly totalSteps: number;
  /** The webview's script has loaded and said `ready` at least once. */
  readonly ready: boolean;
  readonly workerAlive: boolean;
  readonly disposed: boolean;
  /** How many messages of each type reached the webview. */
  readonly posted: Readonly<Record<string, number>>;
}

/** Starts a fresh run of the panel's spec from its current text (playing once the webview is ready, or paused). */
export type StartRun = (panel: SpecPanel, autoplay: boolean) => void;

export class SpecPanel implements PanelReadout {
  run?: RunWorker;
  ready = false;
  /** The speed the panel's slider last asked for; new runs start at it. */
  stepsPerFrame?: number;
  /** A run started before the webview said `ready` plays only then, so the student sees it from step 0. */
  private playOnReady = false;
  disposed = false;
  readonly posted: Record<string, number> = {};
  private analysis?: AnalysisMessage;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;

  constructor(
    readonly webviewPanel: vscode.WebviewPanel,
    readonly uri: string,
    extensionUri: vscode.Uri,
    private readonly startRun: StartRun,
    private readonly log: vscode.OutputChannel,
    analysis?: AnalysisMessage,
  ) {
    this.analysis = analysis;
    const webview = webviewPanel.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'panel.css')).toString(),
      title: webviewPanel.title,
      uri,
      initial: analysis, // the shapes show before the script has said `ready`
    });
    webview.onDidReceiveMessage((m: unknown) => this.receive(m));
    webviewPanel.onDidDispose(() => this.dispose());
  }

  get status(): RunStatus {
    return this.run?.status ?? 'idle';
  }

  get stale(): boolean {
    return this.run?.stale ?? false;
  }

  get stepsRun(): number {
    return this.run?.stepsRun ?? 0;
  }

  get totalSteps(): number {
    return this.run?.totalSteps ?? 0;
  }

  get workerAlive(): boolean {
    return this.run?.alive ?? false;
  }

  setAnalysis(msg: AnalysisMessage): void {
    this.webviewPanel.title = msg.name;
    this.analysis = msg;
    this.post(msg);
  }

  /** Replaces the run; the previous one's worker is terminated. */
  setRun(run: RunWorker | undefined): void {
    this.run?.dispose();
    this.run = run;
    this.playOnReady = false;
    run?.onDidChange(() => this.changed.fire());
    this.changed.fire();
  }

  /** Plays the current run once the webview is ready (at once if it already is). */
  playWhenReady(): void {
    if (this.ready) this.run?.control('play');
    else this.playOnReady = true;
  }

  post(msg: HostMessage): void {
    if (this.disposed) return;
    void this.webviewPanel.webview.postMessage(msg).then((delivered) => {
      if (delivered) this.posted[msg.type] = (this.posted[msg.type] ?? 0) + 1;
    });
  }

  private receive(raw: unknown): void {
    if (!isWebviewMessage(raw)) {
      this.log.appendLine(`Ignored an invalid message from the panel: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    this.handle(raw);
  }

  private handle(m: WebviewMessage): void {
    switch (m.type) {
      case 'ready':
        return this.becameReady();
      case 'control':
        return this.control(m.action);
      case 'speed':
        this.stepsPerFrame = m.stepsPerFrame;
        this.run?.speed(m.stepsPerFrame);
        return;
      case 'requestSnapshot':
        return void this.answerSnapshot(m);
      case 'requestGradcheck':
        return void this.gradcheck(m.requestId);
      case 'retrain':
        return this.startRun(this, true);
    }
  }

  private becameReady(): void {
    this.ready = true;
    if (this.analysis) this.post(this.analysis);
    this.run?.record.replay().forEach((r) => this.post(r));
    if (this.playOnReady) {
      this.playOnReady = false;
      this.run?.control('play');
    }
    this.changed.fire();
  }

  private async answerSnapshot(m: SnapshotRequest): Promise<void> {
    const run = this.run;
    if (!run || run.runId !== m.runId) {
      this.post({ type: 'error', runId: m.runId, inReplyTo: m.requestId, message: 'That run has been replaced.' });
      return;
    }
    const r = await run.snapshot(m.step);
    if (typeof r === 'string') this.post({ type: 'error', runId: run.runId, inReplyTo: m.requestId, message: r });
    else this.post({ ...r, runId: run.runId, inReplyTo: m.requestId });
  }

  /** A gradient check on the current run, or on a new paused one when there is none or the spec changed. */
  async gradcheck(inReplyTo?: number) {
    if (!this.run?.alive || this.run.stale) this.startRun(this, false);
    return this.run?.gradcheck(inReplyTo);
  }

  /** Play, pause, step, stop or reset, starting a new run when this one cannot go on (needsNewRun). */
  control(action: ControlAction): void {
    const fresh = needsNewRun(this.run);
    switch (action) {
      case 'play':
        if (fresh) this.startRun(this, true);
        else this.run?.control('play');
        return;
      case 'step':
        if (fresh) this.startRun(this, false);
        this.run?.control('step');
        return;
      case 'pause':
      case 'stop':
        this.run?.control(action);
        return;
      case 'reset':
        this.startRun(this, false);
        return;
    }
  }

  reveal(): void {
    this.webviewPanel.reveal(undefined, true);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.setRun(undefined);
    this.disposedEmitter.fire();
    this.changed.dispose();
    this.disposedEmitter.dispose();
    this.webviewPanel.dispose();
  }
}
