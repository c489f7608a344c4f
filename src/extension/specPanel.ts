// The training panel of one spec: its webview, the messages the webview sends, the current run behind
// it, and the spec's earlier runs this session (the run list the student overlays).
import * as vscode from 'vscode';
import { needsNewRun } from '../core/training/runStatus';
import {
  isWebviewMessage,
  type AnalysisMessage,
  type BoundaryRequest,
  type ApplyFixMessage,
  type ControlAction,
  type FixResultMessage,
  type HostMessage,
  type RevealMessage,
  type RunStatus,
  type RunSummary,
  type SnapshotRequest,
  type WebviewMessage,
  type MatrixEntry,
} from '../protocol';
import type { FirstScreens } from '../node/firstScreen';
import { firstScriptName, panelAssets } from '../node/panelAssets';
import { panelHtml } from '../node/panelHtml';
import { RunHistory, type StartedRun } from '../node/runHistory';
import type { RunWorker } from './runWorker';
import { editorLanguage } from './editorLanguage';

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
  /** How many messages of each type reached the webview (the analysis written into the page counts at each `ready`). */
  readonly posted: Readonly<Record<string, number>>;
  /** How many messages were posted to the webview and not yet delivered. */
  readonly inFlight: number;
  /** The spec's runs kept this session, newest first, as the run list shows them. */
  readonly runs: readonly RunSummary[];
  /** How many of those runs' worker threads are alive. */
  readonly liveWorkers: number;
  /** The answer to the last fix the panel asked for. */
  readonly lastFixResult?: FixResultMessage;
}

/**
 * The panel's webview options, given to createWebviewPanel: set afterwards, they reach the workbench
 * as a change of the webview it is already building.
 */
export function panelWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** Starts a fresh run of the panel's spec from its current text (playing once the webview is ready, or paused). */
export type StartRun = (panel: SpecPanel, autoplay: boolean) => void;

/** How many messages the webview may have still to draw before periodic updates wait for it (DrawnMessage). */
const MAX_UNDRAWN = 10;
/** How long a page that said `ready` but does not paint (a hidden tab) keeps its run's thread waiting. */
const PAINT_WAIT_MS = 300;

export class SpecPanel implements PanelReadout {
  /** The worker of the current run (the file's own run of the latest start) and its variants. */
  run?: RunWorker;
  /** Its labels in the editor's language, that of the panel. */
  private readonly history = new RunHistory<RunWorker>(editorLanguage());
  /** The run list last posted, to post it again only when it changed. */
  private postedRuns = '';
  ready = false;
  /** The speed the panel's slider last asked for; new runs start at it. */
  stepsPerFrame?: number;
  /** A run started before the webview said `ready` plays only then, so the student sees it from step 0. */
  private playOnReady = false;
  /** An entry the editor asked to show, posted once the webview is ready. */
  private selectOnReady?: MatrixEntry | 'J';
  disposed = false;
  readonly posted: Record<string, number> = {};
  inFlight = 0;
  /** Messages posted since the webview last said `ready`, and how many of them it has drawn since. */
  private sinceReady = 0;
  private drawn = 0;
  /** Set between `ready` and the page's first paint after it (startThreadAfterPaint). */
  private startThreadOnceDrawn?: () => void;
  lastFixResult?: FixResultMessage;
  /** The spec's analysis the panel shows (its run's, while one is on screen). */
  private analysis?: AnalysisMessage;
  /** The analysis written into the page's HTML: every (re)load of the webview starts from it. */
  private readonly embedded?: AnalysisMessage;
  /** The analysis the webview's page has now: the embedded one at each `ready`, then each one posted. */
  private pageAnalysis?: AnalysisMessage;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;
  private readonly editorAsked = new vscode.EventEmitter<ApplyFixMessage | RevealMessage>();
  /** The webview asks to apply a fix or to show a place of the spec: the editor's business (SpecPanels). */
  readonly onDidAskEditor = this.editorAsked.event;

  /** The page's language (the editor's when the panel was made): its first screen is kept for it. */
  private readonly lang = editorLanguage();

  constructor(
    readonly webviewPanel: vscode.WebviewPanel,
    readonly uri: string,
    extensionUri: vscode.Uri,
    private readonly startRun: StartRun,
    private readonly log: vscode.OutputChannel,
    analysis?: AnalysisMessage,
    /** The first screens pages drew, shared by the panels: this page's is written in, or kept when it comes. */
    private readonly screens?: FirstScreens,
  ) {
    this.analysis = this.embedded = analysis;
    const webview = webviewPanel.webview;
    // A new panel got them when it was created; a restored one may not have them yet.
    if (!webview.options.enableScripts) webview.options = panelWebviewOptions(extensionUri);
    const scripts = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    const firstScript = vscode.Uri.joinPath(scripts, firstScriptName(this.lang));
    const markup = analysis && screens?.get(analysis, this.lang);
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      ...panelAssets({
        script: firstScript.fsPath,
        style: vscode.Uri.joinPath(extensionUri, 'media', 'panel.css').fsPath,
      }),
      laterScriptUri: webview.asWebviewUri(vscode.Uri.joinPath(scripts, 'later.js')).toString(),
      title: webviewPanel.title,
      uri,
      // The shapes show before the script has said `ready`; the points follow it (PointsMessage).
      initial: analysis && { ...analysis, points: undefined },
      firstScreen: markup ? { markup, firstScriptUri: webview.asWebviewUri(firstScript).toString() } : undefined,
      lang: this.lang,
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

  get runs(): RunSummary[] {
    return this.history.summaries();
  }

  get liveWorkers(): number {
    return this.history.liveWorkers;
  }

  /** Shows `msg`; the same message object again (the spec did not change) posts nothing. */
  setAnalysis(msg: AnalysisMessage): void {
    if (msg === this.analysis) return;
    this.webviewPanel.title = msg.name;
    this.analysis = msg;
    if (this.ready) this.postAnalysis();
  }

  /** The analysis to the webview, unless its page has it already. */
  private postAnalysis(): void {
    if (!this.analysis || this.analysis === this.pageAnalysis) return;
    this.pageAnalysis = this.analysis;
    this.post(this.analysis);
  }

  /** The points the analysis written into the page leaves out, while the page has that analysis. */
  private postEmbeddedPoints(): void {
    const a = this.embedded;
    if (a?.points && this.pageAnalysis === a)
      this.post({ type: 'points', uri: a.uri, version: a.version, points: a.points });
  }

  /**
   * Makes `run` the current run, kept with the earlier ones: older runs stop where they are and only the
   * latest two starts keep their workers (RunHistory). `runs` are its file's run, then its variants'.
   */
  addRun(run: RunWorker, runs: StartedRun[]): void {
    this.history.add(run, run.text, runs);
    this.run = run;
    this.playOnReady = false;
    if (this.ready) run.startThread(); // else at `ready`: the page loads first
    run.onDidChange(() => {
      this.postRuns();
      this.changed.fire();
    });
    this.postRuns(true);
    this.changed.fire();
  }

  /**
   * A message of one of the spec's runs: posted when the panel draws that run (the current one, or a
   * ticked one) and its webview is ready (`ready` replays the runs' records).
   */
  postRun(m: HostMessage): void {
    if (!this.ready) return;
    if (!('runId' in m) || m.runId === undefined || this.history.drawn(m.runId)) this.post(m);
  }

  /** The run list, when it changed since it was last posted (or `always`). */
  private postRuns(always = false): void {
    const current = this.history.current;
    if (current === undefined || !this.ready) return; // `ready` posts the list
    const runs = this.history.summaries();
    // Steps alone do not resend the list: the panel follows the steps of the runs it draws.
    const key = JSON.stringify([current, runs.map((r) => ({ ...r, stepsRun: 0 }))]);
    if (!always && key === this.postedRuns) return;
    this.postedRuns = key;
    this.post({ type: 'runs', current, runs });
  }

  /** The spec was closed: every run still going stops with `message`, and the workers end. */
  endRuns(message: string): void {
    this.history.endAll(message);
  }

  /** Plays the current run once the webview has painted after `ready` (at once if it already has). */
  playWhenReady(): void {
    // Between `ready` and that paint, the play waits with the thread (startThreadAfterPaint).
    if (this.ready && !this.startThreadOnceDrawn) this.run?.control('play');
    else this.playOnReady = true;
  }

  /** The webview is behind on drawing what it was sent: the runs' periodic updates wait (RunWorker merges them). */
  get behind(): boolean {
    return this.ready && this.sinceReady - this.drawn > MAX_UNDRAWN;
  }

  post(msg: HostMessage): void {
    if (this.disposed) return;
    this.sinceReady++;
    const type = msg.type; // the promise keeps only the type, not the message, until it settles
    if (msg.type === 'fixResult') this.lastFixResult = msg;
    this.inFlight++;
    void this.webviewPanel.webview.postMessage(msg).then(
      (delivered) => {
        this.inFlight--;
        if (delivered) this.posted[type] = (this.posted[type] ?? 0) + 1;
      },
      () => this.inFlight--,
    );
  }

  /** A message from the webview (or from a test, through the API), checked before it is acted on. */
  receive(raw: unknown): void {
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
      case 'firstScreen':
        if (this.embedded && !this.screens?.set(this.embedded, this.lang, m.html))
          this.log.appendLine('The panel sent a first screen that cannot be written into a page; it is not kept.');
        return;
      case 'drawn':
        this.drawn = m.received;
        this.startThreadOnceDrawn?.();
        return;
      case 'drawFailed':
        this.log.appendLine(`The panel could not draw its ${m.part} section: ${m.message}`);
        return;
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
      case 'overlay':
        return this.overlay(m.runId, m.shown);
      case 'requestBoundary':
        return void this.answerBoundary(m);
      case 'applyFix':
      case 'reveal':
        return this.editorAsked.fire(m);
    }
  }

  /** Ticks or unticks a run in the list; a ticked run's record is sent whole, then its news as they come. */
  private overlay(runId: number, shown: boolean): void {
    if (!this.history.setOverlaid(runId, shown)) return;
    if (shown)
      this.history
        .workerOf(runId)
        ?.recordOf(runId)
        ?.replay()
        .forEach((r) => this.post(r));
    this.postRuns();
  }

  private async answerBoundary(m: BoundaryRequest): Promise<void> {
    const worker = this.history.workerOf(m.runId);
    const r = worker?.alive
      ? await worker.boundaryAt(m.runId, m.step)
      : vscode.l10n.t('Only the last boundary of this run is kept: its worker has ended.');
    if (typeof r === 'string') this.post({ type: 'error', runId: m.runId, inReplyTo: m.requestId, message: r });
    else this.post({ type: 'boundary', runId: m.runId, inReplyTo: m.requestId, boundary: r });
  }

  /** Selects `entry` in the webview, as a click would (its explanation opens; 'J': the cost's); waits for `ready`. */
  select(entry: MatrixEntry | 'J'): void {
    this.selectOnReady = this.ready ? undefined : entry;
    if (this.ready) this.post({ type: 'selectEntry', entry });
  }

  /**
   * The run's thread starts (and the run plays, when it was asked to before `ready`) once the page has
   * painted what it was sent at `ready` (its first `drawn`), or PAINT_WAIT_MS after `ready` in a hidden
   * page that does not paint: starting a thread (its bundle, the data, the wasm) on a 2-core machine
   * otherwise delays the panel's first paint.
   */
  private startThreadAfterPaint(): void {
    this.startThreadOnceDrawn?.();
    const timer = setTimeout(() => start(), PAINT_WAIT_MS);
    const start = () => {
      clearTimeout(timer);
      this.startThreadOnceDrawn = undefined;
      if (this.disposed) return;
      this.run?.startThread();
      if (this.playOnReady) {
        this.playOnReady = false;
        this.run?.control('play');
      }
    };
    this.startThreadOnceDrawn = start;
  }

  private becameReady(): void {
    this.ready = true;
    this.sinceReady = this.drawn = 0;
    // A (re)loaded page starts from the analysis in its HTML, which it has taken in by now.
    this.pageAnalysis = this.embedded;
    if (this.embedded) this.posted.analysis = (this.posted.analysis ?? 0) + 1;
    this.postAnalysis();
    this.postEmbeddedPoints();
    this.postRuns(true);
    this.startThreadAfterPaint();
    this.run?.record.replay().forEach((r) => this.post(r));
    for (const id of this.history.overlaid()) {
      this.history
        .workerOf(id)
        ?.recordOf(id)
        ?.replay()
        .forEach((r) => this.post(r));
    }
    if (this.selectOnReady) this.select(this.selectOnReady);
    this.changed.fire();
  }

  private async answerSnapshot(m: SnapshotRequest): Promise<void> {
    const run = this.run;
    if (!run || run.runId !== m.runId) {
      this.post({
        type: 'error',
        runId: m.runId,
        inReplyTo: m.requestId,
        message: vscode.l10n.t('That run has been replaced.'),
      });
      return;
    }
    const r = await run.snapshot(m.step);
    if (typeof r === 'string') this.post({ type: 'error', runId: run.runId, inReplyTo: m.requestId, message: r });
    else this.post({ ...r, runId: run.runId, inReplyTo: m.requestId });
  }

  /** A gradient check on the current run, or on a new paused one when there is none or the spec changed. */
  async gradcheck(inReplyTo?: number) {
    if (needsNewRun(this.run, 'gradcheck')) this.startRun(this, false);
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
    this.startThreadOnceDrawn?.();
    this.history.dispose();
    this.run = undefined;
    this.disposedEmitter.fire();
    this.changed.dispose();
    this.disposedEmitter.dispose();
    this.editorAsked.dispose();
    this.webviewPanel.dispose();
  }
}
