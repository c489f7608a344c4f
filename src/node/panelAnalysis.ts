// The training panel's `analysis` message for one analysis of a spec, in the editor's language: built by the
// host for the panel, and by the analysis worker to draw the first screen a panel on it will show.
import { exampleAxis } from '../core/layout';
import { localizeDiagnostic, localizeShapes } from '../core/messages/localize';
import type { Language } from '../core/messages/message';
import type { AnalysisMessage } from '../protocol';
import type { EditorAnalysis } from './analysisProtocol';

/** What the panel's message tells of the document besides its analysis. */
export interface PanelFacts {
  uri: string;
  /** The last part of the document's path. */
  fileName: string;
  version: number;
  lang: Language;
}

export function panelAnalysis(a: EditorAnalysis, f: PanelFacts): AnalysisMessage {
  return {
    type: 'analysis',
    name: a.name ?? f.fileName,
    fileName: f.fileName,
    uri: f.uri,
    version: f.version,
    exampleAxis: exampleAxis(a.layout),
    shapes: a.shapes && localizeShapes(a.shapes, a.diagnostics, f.lang),
    diagnostics: a.diagnostics.map((d) => localizeDiagnostic(d, f.lang)),
    runnable: a.runnable,
    points: a.points,
    explain: a.explain,
    firstStep: a.entryDims && { sizes: [...a.entryDims.sizes], m: a.entryDims.m },
  };
}

export const sameFacts = (a: PanelFacts, b: PanelFacts): boolean =>
  a.uri === b.uri && a.fileName === b.fileName && a.version === b.version && a.lang === b.lang;
