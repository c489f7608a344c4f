// analyze() for open documents, memoised per document version, with the base directory
// relative data paths resolve against (the file's folder; for an untitled copy of an example, the examples folder).
import { homedir } from 'node:os';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core/analyze';
import type { AnalysisMessage } from '../protocol';
import { exampleAxis } from '../core/layout';
import { dataPoints } from '../core/dto';
import { MESSAGE_BYTES, samplePoints } from '../core/messageBudget';
import { diskIO } from '../node/dataFiles';

export class AnalysisCache {
  /** Keyed by the document object: a new untitled document may reuse a closed one's URI and version. */
  private cache = new WeakMap<vscode.TextDocument, { version: number; analysis: Analysis }>();
  /** Untitled documents created from a bundled example resolve data paths against the examples folder. */
  private baseDirs = new Map<string, string>();

  private readonly invalidated = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's analysis must be redone although its text did not change. */
  readonly onDidInvalidate = this.invalidated.event;

  setBaseDir(uri: vscode.Uri, dir: string): void {
    this.baseDirs.set(uri.toString(), dir);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) this.cache.delete(doc);
    this.invalidated.fire(uri);
  }

  /** The folder data files must lie in: the spec's workspace folder (absent: the base directory itself). */
  dataRoot(doc: vscode.TextDocument): string | undefined {
    return vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath;
  }

  baseDir(doc: vscode.TextDocument): string {
    const set = this.baseDirs.get(doc.uri.toString());
    if (set) return set;
    if (doc.uri.scheme === 'file') return dirname(doc.uri.fsPath);
    return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? homedir();
  }

  get(doc: vscode.TextDocument): Analysis {
    const hit = this.cache.get(doc);
    if (hit && hit.version === doc.version) return hit.analysis;
    const analysis = analyze(doc.getText(), diskIO({ baseDir: this.baseDir(doc), root: this.dataRoot(doc) }));
    this.cache.set(doc, { version: doc.version, analysis });
    return analysis;
  }

  forget(doc: vscode.TextDocument): void {
    this.cache.delete(doc);
    if (!reopened(doc)) this.baseDirs.delete(doc.uri.toString());
  }
}

/** Whether another open document now has this closed document's URI (untitled names are reused). */
export function reopened(doc: vscode.TextDocument): boolean {
  return vscode.workspace.textDocuments.some(
    (d) => d !== doc && !d.isClosed && d.uri.toString() === doc.uri.toString(),
  );
}

export function displayName(doc: vscode.TextDocument, a?: Analysis): string {
  return a?.parse.spec?.name ?? basename(doc.uri.path);
}

/** The panel's `analysis` message for a document. */
export function analysisMessage(doc: vscode.TextDocument, a: Analysis): AnalysisMessage {
  return {
    type: 'analysis',
    name: displayName(doc, a),
    fileName: basename(doc.uri.path),
    uri: doc.uri.toString(),
    exampleAxis: exampleAxis(a.parse.spec?.layout ?? 'columns'),
    shapes: a.shapes,
    diagnostics: a.diagnostics,
    runnable: a.runnable,
    points: pointsOf(a),
  };
}

/** The data points to scatter (2-D inputs), evenly spaced ones when all would not fit one message. */
function pointsOf(a: Analysis): AnalysisMessage['points'] {
  const all = a.dataset && dataPoints(a.dataset);
  return all && samplePoints(all, MESSAGE_BYTES / 2).points;
}
