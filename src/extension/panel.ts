// The training panel of one spec: the webview, the messages it sends, and the run behind it.
import * as vscode from 'vscode';
import { isWebviewMessage, type HostMessage, type RunStatus, type WebviewMessage } from '../protocol';
import { panelHtml } from '../node/panelHtml';
import { Run } from './run';

/** What tests (and the status bar) can see of a panel, through the API `activate` returns. */
export interface PanelView {
  readonly uri: string;
  readonly status: RunStatus;
  readonly step: number;
  readonly totalSteps: number;
  /** The webview's script has loaded and said `ready` at least once. */
  readonly ready: boolean;
  readonly workerAlive: boolean;
  readonly disposed: boolean;
  /** How many messages of each type reached the webview. */
  readonly posted: Readonly<Record<string, number>>;
}

export interface PanelHost {
  /** Starts a fresh run of the document's current text (autoplay or paused at step 0). */
  startRun(panel: TrainingPanel, autoplay: boolean): void;
  log: vscode.OutputChannel;
}

export class TrainingPanel implements PanelView {
  run?: Run;
  ready = false;
  /** The speed the panel's slider last asked for; new runs start at it. */
  stepsPerFrame?: number;
  /** A run started before the webview said `ready` plays only then, so the student sees it from step 0. */
  private playOnReady = false;
  disposed = false;
  readonly posted: Record<string, number> = {};
  private analysis?: HostMessage;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;

  constructor(
    readonly webviewPanel: vscode.WebviewPanel,
    readonly uri: string,
    extensionUri: vscode.Uri,
    private readonly host: PanelHost,
  ) {
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
    });
    webview.onDidReceiveMessage((m: unknown) => this.receive(m));
    webviewPanel.onDidDispose(() => this.dispose());
  }

  get status(): RunStatus {
    return this.run?.status ?? 'idle';
  }

  get step(): number {
    return this.run?.step ?? 0;
  }

  get totalSteps(): number {
    return this.run?.totalSteps ?? 0;
  }

  get workerAlive(): boolean {
    return this.run?.alive ?? false;
  }

  setAnalysis(msg: HostMessage): void {
    if (msg.type === 'analysis') this.webviewPanel.title = msg.name;
    this.analysis = msg;
    this.post(msg);
  }

  /** Replaces the run; the previous one's worker is terminated. */
  setRun(run: Run | undefined): void {
    this.run?.dispose();
    this.run = run;
    this.playOnReady = false;
    run?.onDidChange(() => this.changed.fire());
    this.changed.fire();
  }

  /** Plays the current run once the webview is ready (at once if it already is). */
  playWhenReady(): void {
    if (this.ready) this.run?.send({ type: 'control', action: 'play' });
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
      this.host.log.appendLine(`Ignored an invalid message from the panel: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    this.handle(raw);
  }

  private handle(m: WebviewMessage): void {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        if (this.analysis) this.post(this.analysis);
        this.run?.log.replay().forEach((r) => this.post(r));
        if (this.playOnReady) {
          this.playOnReady = false;
          this.run?.send({ type: 'control', action: 'play' });
        }
        this.changed.fire();
        return;
      case 'control':
        return this.control(m.action);
      case 'speed':
        this.stepsPerFrame = m.stepsPerFrame;
        this.run?.send({ type: 'speed', stepsPerFrame: m.stepsPerFrame });
        return;
      case 'requestSnapshot':
        this.run?.send({ type: 'requestSnapshot', step: m.step });
        return;
      case 'gradcheck':
        this.ensureRun();
        this.run?.send({ type: 'gradcheck' });
        return;
      case 'retrain':
        this.host.startRun(this, true);
        return;
    }
  }

  /** A run that can take controls: the current one, or a new paused one when there is none or it has ended. */
  private ensureRun(): boolean {
    if (this.run?.alive && this.run.status !== 'stale') return true;
    this.host.startRun(this, false);
    return this.run?.alive ?? false;
  }

  control(action: 'play' | 'pause' | 'step' | 'stop' | 'reset'): void {
    const finished = ['done', 'diverged', 'stopped', 'stale'].includes(this.status);
    switch (action) {
      case 'play':
        if (!this.run || finished) this.host.startRun(this, true);
        else this.run.send({ type: 'control', action: 'play' });
        return;
      case 'step':
        if (finished && this.run) this.host.startRun(this, false);
        if (this.ensureRun()) this.run?.send({ type: 'control', action: 'step' });
        return;
      case 'pause':
      case 'stop':
        this.run?.send({ type: 'control', action });
        return;
      case 'reset':
        this.host.startRun(this, false);
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
