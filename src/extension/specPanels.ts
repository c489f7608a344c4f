// Every open training panel, one per spec: creating and restoring them, starting runs from the
// spec's current text, and keeping runs honest when the spec is edited or closed.
import * as vscode from 'vscode';
import type {
  AnalysisMessage,
  ApplyFixMessage,
  HostMessage,
  MatrixEntry,
  RevealMessage,
  SavedPanelState,
} from '../protocol';
import type { SnapshotBudget } from '../node/workerProtocol';
import type { EditorAnalysis } from '../node/analysisProtocol';
import { displayName, panelFacts, type AnalysisCache } from './analysisCache';
import { afterFix, applyFix, reveal } from './panelEditor';
import { editorLanguage } from './editorLanguage';
import { FirstScreens } from '../node/firstScreen';
import { panelAnalysis, sameFacts } from '../node/panelAnalysis';
import { RunWorker } from './runWorker';
import { panelWebviewOptions, SpecPanel, type PanelReadout, type StartRun } from './specPanel';
import type { WorkspaceTrust } from './trust';

export const PANEL_VIEW_TYPE = 'nnspec.panel';

const structuredCopy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export class SpecPanels implements vscode.Disposable {
  private readonly panels = new Map<string, SpecPanel>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly created = new vscode.EventEmitter<SpecPanel>();
  /** Fires for each new panel, so the status bar and progress can follow its run. */
  readonly onDidCreate = this.created.event;
  /** The panel last focused, the target of Pause/Step/Stop when no spec editor is active. */
  active?: SpecPanel;
  /** Every run gets a new id, so a panel never mistakes one run's messages for another's. */
  private lastRunId = 0;
  /** One message per analysis done: a panel posts an analysis again only when it is another one. */
  private readonly messages = new WeakMap<EditorAnalysis, AnalysisMessage>();
  /** What each analysis's first page drew: a panel opened again on it shows that at its load. */
  private readonly screens = new FirstScreens();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly cache: AnalysisCache,
    readonly log: vscode.OutputChannel,
    private readonly trust: WorkspaceTrust,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
        deserializeWebviewPanel: (p, s) => this.restore(p, s),
      }),
    );
  }

  /** Read-only views for the API `activate` returns. */
  get readouts(): ReadonlyMap<string, PanelReadout> {
    return this.panels;
  }

  get(uri: vscode.Uri): SpecPanel | undefined {
    return this.panels.get(uri.toString());
  }

  /** The spec's panel, created (beside the editor) when missing; its analysis is brought up to date. */
  open(doc: vscode.TextDocument): SpecPanel {
    const panel = this.panels.get(doc.uri.toString());
    if (!panel) {
      const ready = this.cache.ready(doc);
      const initial = ready && this.message(doc, ready);
      const wp = vscode.window.createWebviewPanel(
        PANEL_VIEW_TYPE,
        displayName(doc, this.cache.latest(doc)),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        panelWebviewOptions(this.extensionUri),
      );
      // A finished analysis goes into the page itself, so the shapes show before the script says ready.
      const created = this.adopt(wp, doc.uri.toString(), initial);
      if (!initial) this.showAnalysis(created, doc);
      return created;
    }
    panel.reveal();
    this.showAnalysis(panel, doc);
    return panel;
  }

  /** The spec's analysis in the panel: at once when it is done, else when the worker has it. */
  private showAnalysis(panel: SpecPanel, doc: vscode.TextDocument): void {
    const ready = this.cache.ready(doc);
    if (ready) panel.setAnalysis(this.message(doc, ready));
    else
      void this.cache.analysis(doc).then((a) => {
        if (a && !panel.disposed) panel.setAnalysis(this.message(doc, a));
      });
  }

  /**
   * The panel's message for analysis `a` of `doc` (of its current version, as every caller has it); the first
   * screen the analysis worker drew of it is kept for the pages written with it.
   */
  private message(doc: vscode.TextDocument, a: EditorAnalysis): AnalysisMessage {
    const facts = panelFacts(doc);
    let m = this.messages.get(a);
    if (!m) this.messages.set(a, (m = panelAnalysis(a, facts)));
    const drawn = a.firstScreen;
    if (drawn && !this.screens.get(m, facts.lang) && sameFacts(drawn.facts, facts))
      this.screens.set(m, facts.lang, drawn.markup);
    return m;
  }

  private adopt(wp: vscode.WebviewPanel, uri: string, analysis?: AnalysisMessage): SpecPanel {
    const start: StartRun = (p, autoplay) => this.startRun(p, autoplay);
    const panel = new SpecPanel(wp, uri, this.extensionUri, start, this.log, analysis, this.screens);
    this.panels.set(uri, panel);
    this.active = panel;
    wp.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) this.active = panel;
    });
    panel.onDidAskEditor((m) => void this.askedEditor(panel, m));
    panel.onDidDispose(() => {
      this.panels.delete(uri);
      if (this.active === panel) this.active = undefined;
    });
    this.created.fire(panel);
    return panel;
  }

  private async restore(wp: vscode.WebviewPanel, state: unknown): Promise<void> {
    const kept = typeof state === 'object' && state !== null ? (state as SavedPanelState).uri : undefined;
    const uri = typeof kept === 'string' ? kept : await this.specTitled(wp.title);
    if (uri === undefined || this.panels.has(uri)) {
      wp.dispose();
      return;
    }
    const panel = this.adopt(wp, uri);
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const a = await this.cache.current(doc);
      if (a && !panel.disposed) panel.setAnalysis(this.message(doc, a));
    } catch (e) {
      panel.post({
        type: 'error',
        message: vscode.l10n.t('Could not reopen {0}: {1}', uri, e instanceof Error ? e.message : String(e)),
      });
    }
  }

  /**
   * The uri of the one open spec whose name is `title`. A browser refresh (code-server, vscode.dev) does not
   * wait for the workbench to save, so a panel may come back from a save made before its webview set any state.
   */
  private async specTitled(title: string): Promise<string | undefined> {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.input);
    const specs = new Map<string, vscode.Uri>();
    for (const input of tabs) {
      if (input instanceof vscode.TabInputText && input.uri.path.endsWith('.nnspec'))
        specs.set(input.uri.toString(), input.uri);
    }
    const matches: string[] = [];
    for (const [key, uri] of specs) {
      const doc = await vscode.workspace.openTextDocument(uri).then(
        (d) => d,
        () => undefined,
      );
      if (doc && displayName(doc, await this.cache.current(doc)) === title) matches.push(key);
    }
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Delivers a message to the spec's panel as if its webview had sent it (for tests); false without a panel. */
  fromWebview(uri: string, message: unknown): boolean {
    const panel = this.panels.get(uri);
    panel?.receive(message);
    return panel !== undefined;
  }

  /** A fix pressed in the panel, applied to the open spec and answered; or a place of the spec shown. */
  private async askedEditor(panel: SpecPanel, m: ApplyFixMessage | RevealMessage): Promise<void> {
    if (m.type === 'reveal') {
      await reveal(vscode.Uri.parse(panel.uri), m.range, panel.webviewPanel.viewColumn).catch((e: unknown) =>
        panel.post({
          type: 'error',
          message: vscode.l10n.t('Could not show the spec: {0}', e instanceof Error ? e.message : String(e)),
        }),
      );
      return;
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === panel.uri);
    if (!doc) {
      const message = vscode.l10n.t('The spec is not open any more: open it to apply a fix.');
      panel.post({ type: 'fixResult', inReplyTo: m.requestId, applied: false, message, version: m.version });
      return;
    }
    const before = await this.cache.current(doc);
    const applied = before
      ? await applyFix(doc, before, m)
      : { applied: false, message: vscode.l10n.t('The spec was closed before the fix could be applied.') };
    const after = await this.cache.current(doc);
    const outcome = after ? afterFix(applied, after) : applied;
    if (after) this.analyzed(doc, after); // the spec as it is now, before the answer that speaks of it
    panel.post({ type: 'fixResult', inReplyTo: m.requestId, version: doc.version, ...outcome });
  }

  /** Called after the diagnostics refresh: a panel without a live run shows the spec as it is now. */
  analyzed(doc: vscode.TextDocument, a: EditorAnalysis): void {
    const panel = this.panels.get(doc.uri.toString());
    if (panel && !panel.run) panel.setAnalysis(this.message(doc, a));
  }

  /**
   * A fresh run of the panel's spec from its current text, with a run of each compare: variant trained in
   * turn on the same worker thread; none (with the reason) when it cannot train, and the runs on screen stay.
   */
  startRun(panel: SpecPanel, autoplay: boolean): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === panel.uri);
    if (!doc) {
      panel.post({ type: 'error', message: vscode.l10n.t('The spec is not open any more: open it to train.') });
      return;
    }
    const analysis = this.cache.ready(doc);
    if (!analysis) {
      // Just edited: train once the current text is analysed (its variants are known then).
      void this.cache.current(doc).then((a) => a && !panel.disposed && this.startRun(panel, autoplay));
      return;
    }
    this.showAnalysis(panel, doc);
    if (!this.trust.trusted) return this.refuseUntrusted(panel);
    if (!analysis.runnable) return; // the panel shows the diagnostics that block training
    const config = vscode.workspace.getConfiguration('nnspec');
    const runId = ++this.lastRunId;
    const variants = analysis.variants.map((name) => ({ name, runId: ++this.lastRunId }));
    let warned = false; // one divergence warning per run
    const run = new RunWorker({
      workerPath: vscode.Uri.joinPath(this.extensionUri, 'dist', 'worker.js').fsPath,
      start: {
        type: 'start',
        runId,
        text: doc.getText(),
        variants,
        ...this.cache.runFiles(doc),
        stepsPerFrame: panel.stepsPerFrame,
        // Settings objects are proxies that cannot be posted to a worker: send a plain copy.
        snapshots: structuredCopy(
          config.get<SnapshotBudget>('history.snapshots', { first: 50, last: 20, thinned: 100 }),
        ),
        boundaryResolution: config.get<number>('boundary.resolution', 60),
        lang: editorLanguage(),
      },
      updateRateHz: config.get<number>('panel.updateRateHz', 10),
      behind: () => panel.behind,
      post: (m) => {
        panel.postRun(m);
        // Only the file's own run speaks outside the panel: a variant diverging is part of the lesson.
        if ('runId' in m && m.runId !== runId) return;
        const diverged = m.type === 'status' && m.status === 'diverged';
        if (diverged && warned) return; // later status messages repeat the divergence
        warned ||= diverged;
        this.notify(m);
      },
    });
    panel.addRun(run, [{ runId }, ...variants.map((v) => ({ runId: v.runId, variant: v.name }))]);
    // The worker starts paused; until the webview is ready nobody would see the run.
    if (autoplay) panel.playWhenReady();
  }

  private refuseUntrusted(panel: SpecPanel): void {
    panel.post({
      type: 'error',
      message: vscode.l10n.t('Training is off in Restricted Mode: trust the workspace to train.'),
    });
    void this.trust.explain(
      vscode.l10n.t('nnspec: training runs only in a trusted workspace, and this window is in Restricted Mode.'),
    );
  }

  /**
   * The spec's panel on a fresh run paused after `step` (0-based), so it shows that step's matrices.
   * The panel follows the newest kept step of a new run: no message has to pick the step.
   */
  async openAtStep(doc: vscode.TextDocument, step: number, entry?: MatrixEntry | 'J'): Promise<SpecPanel> {
    await this.cache.current(doc); // a run starts at once only from a finished analysis
    const panel = this.open(doc);
    this.startRun(panel, false);
    panel.run?.runTo(step);
    if (entry) panel.select(entry);
    return panel;
  }

  /** Errors and divergence also surface outside the panel, which may be hidden. */
  private notify(m: HostMessage): void {
    if (m.type === 'error' && m.inReplyTo === undefined) {
      this.log.appendLine(`Error: ${m.message}`);
      void vscode.window.showErrorMessage(`nnspec: ${m.message}`);
    } else if (m.type === 'status' && m.status === 'diverged' && m.message) {
      void vscode.window.showWarningMessage(`nnspec: ${m.message}`);
    }
  }

  private edited(doc: vscode.TextDocument): void {
    const panel = this.panels.get(doc.uri.toString());
    const run = panel?.run;
    if (!panel || !run || run.stale || run.text === doc.getText()) return;
    run.markStale(vscode.l10n.t('The spec changed since this run started: retrain to run the new version.'));
    const retrain = vscode.l10n.t('Retrain');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t('nnspec: {0} changed; the run in the panel is out of date.', displayName(doc)),
        retrain,
      )
      .then((choice) => {
        if (choice === retrain && !panel.disposed) this.startRun(panel, true);
      });
  }

  private closed(doc: vscode.TextDocument): void {
    const panel = this.panels.get(doc.uri.toString());
    panel?.endRuns(vscode.l10n.t('The spec was closed, so its run stopped.'));
  }

  dispose(): void {
    [...this.panels.values()].forEach((p) => p.dispose());
    for (const s of this.subscriptions) s.dispose();
    this.created.dispose();
  }
}
