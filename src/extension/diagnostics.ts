// The Problems panel: the spec checked as the user types (debounced, in the analysis worker), each
// diagnostic at its exact range once the check of the text as it is now is done.
import * as vscode from 'vscode';
import type { Diagnostic, Range } from '../core/spec/types';
import { reopened, type AnalysisCache } from './analysisCache';
import type { EditorAnalysis } from '../node/analysisProtocol';
import { toZeroBased } from '../core/spec/positions';
import { localizeDiagnostic } from '../core/messages/localize';
import { editorLanguage } from './editorLanguage';

export function toVsRange(r: Range): vscode.Range {
  const z = toZeroBased(r);
  return new vscode.Range(z.startLine, z.startCharacter, z.endLine, z.endCharacter);
}

const SEVERITY: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** `uri` is the spec's, where the related places are; the text reads in the editor's language. */
export function toVsDiagnostic(core: Diagnostic, uri: vscode.Uri): vscode.Diagnostic {
  const d = localizeDiagnostic(core, editorLanguage());
  const v = new vscode.Diagnostic(toVsRange(d.range), d.message, SEVERITY[d.severity]);
  v.source = 'nnspec';
  v.code = d.code;
  if (d.related) {
    v.relatedInformation = d.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toVsRange(r.range)), r.message),
    );
  }
  return v;
}

export const isSpec = (doc: vscode.TextDocument) => doc.languageId === 'nnspec';

export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('nnspec');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** `onAnalyzed` runs after each refresh, e.g. to update an open panel. */
  constructor(
    private readonly cache: AnalysisCache,
    private readonly onAnalyzed: (doc: vscode.TextDocument, a: EditorAnalysis) => void,
  ) {
    this.subscriptions.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => void this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d)),
      cache.onDidInvalidate((uri) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc) void this.refresh(doc);
      }),
    );
    vscode.workspace.textDocuments.forEach((d) => void this.refresh(d));
  }

  private debounceMs(): number {
    return vscode.workspace.getConfiguration('nnspec').get<number>('diagnostics.debounceMs', 250);
  }

  schedule(doc: vscode.TextDocument): void {
    if (!isSpec(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.refresh(doc), this.debounceMs()),
    );
  }

  /** Shows the problems of the document as it is now; nothing when it changes again before they are known. */
  async refresh(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (!isSpec(doc)) {
      // A document whose language changed away from nnspec keeps no stale problems.
      this.collection.delete(doc.uri);
      return;
    }
    if (doc.isClosed) return;
    const a = await this.cache.analysis(doc);
    if (!a || doc.isClosed || !isSpec(doc)) return; // the next refresh follows the change
    this.collection.set(
      doc.uri,
      a.diagnostics.map((d) => toVsDiagnostic(d, doc.uri)),
    );
    this.onAnalyzed(doc, a);
  }

  private clear(doc: vscode.TextDocument): void {
    this.cache.forget(doc);
    // A new untitled document may already have taken this URI: its problems stay.
    if (reopened(doc)) return;
    clearTimeout(this.timers.get(doc.uri.toString()));
    this.timers.delete(doc.uri.toString());
    this.collection.delete(doc.uri);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    for (const s of this.subscriptions) s.dispose();
  }
}
