// The analysis of each open spec, done by the analysis worker and kept per document version: one
// request per version, superseded (cancelled) when the text changes; the data file read as the
// workspace allows (from disk, through the editor's file system, or not at all in Restricted Mode).
import { editorLanguage } from './editorLanguage';
import { homedir } from 'node:os';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { FileRead } from '../core/data/files';
import type { Access, AnalysisClient } from '../node/analysisClient';
import type { EditorAnalysis } from '../node/analysisProtocol';
import type { PanelFacts } from '../node/panelAnalysis';
import type { WorkerStart } from '../node/workerProtocol';
import { RESTRICTED_READ, type WorkspaceTrust } from './trust';
import { readThroughEditor } from './editorFiles';

interface Entry {
  version: number;
  analysis: Promise<EditorAnalysis | undefined>;
  done?: EditorAnalysis;
}

export class AnalysisCache implements vscode.Disposable {
  /** Keyed by the document object: a new untitled document may reuse a closed one's URI and version. */
  private entries = new WeakMap<vscode.TextDocument, Entry>();
  /** The newest analysis done of each document, whatever its version (a title while the next one runs). */
  private newest = new WeakMap<vscode.TextDocument, EditorAnalysis>();
  /** The data file the host read for a spec outside the disk (a virtual workspace), for its runs. */
  private given = new WeakMap<vscode.TextDocument, { path: string; read: FileRead }>();
  /** Untitled documents created from a bundled example resolve data paths against the examples folder. */
  private baseDirs = new Map<string, string>();

  private readonly invalidated = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's analysis must be redone although its text did not change. */
  readonly onDidInvalidate = this.invalidated.event;
  private readonly trustChanged: vscode.Disposable;
  /** Once set, every request is answered undefined at once: `current` must not wait for one. */
  private disposed = false;

  constructor(
    private readonly client: AnalysisClient,
    private readonly trust: WorkspaceTrust,
  ) {
    this.trustChanged = trust.onDidChange(() => {
      for (const d of vscode.workspace.textDocuments) if (d.languageId === 'nnspec') this.invalidate(d);
    });
  }

  setBaseDir(uri: vscode.Uri, dir: string): void {
    this.baseDirs.set(uri.toString(), dir);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) this.invalidate(doc);
    else this.invalidated.fire(uri);
  }

  /** The analysis of the document as it is now, once the worker has it; undefined when the text changed first. */
  analysis(doc: vscode.TextDocument): Promise<EditorAnalysis | undefined> {
    const hit = this.entries.get(doc);
    if (hit && hit.version === doc.version) return hit.analysis;
    const entry: Entry = { version: doc.version, analysis: Promise.resolve(undefined) };
    entry.analysis = this.client
      .analyze(doc.uri.toString(), doc.getText(), this.access(doc), panelFacts(doc))
      .then((a) => {
        if (a) this.newest.set(doc, a);
        if (!a || this.entries.get(doc) !== entry || doc.version !== entry.version) return undefined;
        entry.done = a;
        return a;
      });
    this.entries.set(doc, entry);
    return entry.analysis;
  }

  /** The analysis of the document's current version, waiting out edits made meanwhile; undefined once it is closed. */
  async current(doc: vscode.TextDocument): Promise<EditorAnalysis | undefined> {
    while (!doc.isClosed && !this.disposed) {
      const a = await this.analysis(doc);
      if (a) return a;
    }
    return undefined;
  }

  /** The analysis of the document's current version if it is done. */
  ready(doc: vscode.TextDocument): EditorAnalysis | undefined {
    const hit = this.entries.get(doc);
    return hit?.version === doc.version ? hit.done : undefined;
  }

  /** The newest analysis done, possibly of an earlier version. */
  latest(doc: vscode.TextDocument): EditorAnalysis | undefined {
    return this.newest.get(doc);
  }

  /** Where a run of the spec reads its data: the folders on disk, or the file the host read for it. */
  runFiles(doc: vscode.TextDocument): Pick<WorkerStart, 'baseDir' | 'dataRoot' | 'given'> {
    const { base, root } = this.folders(doc);
    if (base.scheme !== 'file') return { baseDir: base.path, given: this.given.get(doc) };
    return { baseDir: base.fsPath, dataRoot: root?.fsPath };
  }

  /** Redoes the document's analysis (its data file, the trust or its folder changed). */
  invalidate(doc: vscode.TextDocument): void {
    this.entries.delete(doc);
    this.client.cancel(doc.uri.toString());
    this.invalidated.fire(doc.uri);
  }

  forget(doc: vscode.TextDocument): void {
    this.entries.delete(doc);
    this.given.delete(doc);
    this.client.cancel(doc.uri.toString());
    if (!reopened(doc)) this.baseDirs.delete(doc.uri.toString());
  }

  /**
   * `base`: the folder relative data paths resolve against: the spec's own (in a virtual workspace too);
   * for an untitled spec the workspace's first folder, or the examples folder it was copied from.
   * `root`: the workspace folder holding the spec, which data files must stay in (absent: `base`).
   */
  private folders(doc: vscode.TextDocument): { base: vscode.Uri; root?: vscode.Uri } {
    const root = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri;
    const set = this.baseDirs.get(doc.uri.toString());
    if (set) return { base: vscode.Uri.file(set), root };
    if (doc.uri.scheme === 'file' || root) return { base: vscode.Uri.joinPath(doc.uri, '..'), root };
    // A spec on another file system outside every workspace folder: its own folder is its root.
    if (doc.uri.scheme !== 'untitled') {
      const folder = vscode.Uri.joinPath(doc.uri, '..');
      return { base: folder, root: folder };
    }
    return { base: vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir()) };
  }

  private access(doc: vscode.TextDocument): Access {
    if (!this.trust.trusted) return { kind: 'refused', reason: RESTRICTED_READ };
    const { base, root } = this.folders(doc);
    if (base.scheme === 'file') return { kind: 'disk', where: { baseDir: base.fsPath, root: root?.fsPath } };
    const read = async (path: string) => {
      const r = await readThroughEditor(base, root ?? base, path);
      this.given.set(doc, { path, read: r });
      return r;
    };
    return { kind: 'host', read };
  }

  dispose(): void {
    this.disposed = true;
    this.trustChanged.dispose();
    this.invalidated.dispose();
  }
}

/** Whether another open document now has this closed document's URI (untitled names are reused). */
export function reopened(doc: vscode.TextDocument): boolean {
  return vscode.workspace.textDocuments.some(
    (d) => d !== doc && !d.isClosed && d.uri.toString() === doc.uri.toString(),
  );
}

export function displayName(doc: vscode.TextDocument, a?: EditorAnalysis): string {
  return a?.name ?? basename(doc.uri.path);
}

/** What the panel's `analysis` message tells of the document as it is now. */
export function panelFacts(doc: vscode.TextDocument): PanelFacts {
  return { uri: doc.uri.toString(), fileName: basename(doc.uri.path), version: doc.version, lang: editorLanguage() };
}
