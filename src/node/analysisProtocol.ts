// Messages between the extension host and the analysis worker, and what the editor keeps of an
// analysis: everything the diagnostics, hovers, CodeLens, quick fixes and the panel need, without the
// data set itself (up to 80 MB), the data points sampled to the panel's message budget.
import { explainContext } from '../core/explain';
import { firstStepDims, type NetworkDims } from '../core/explain/entry';
import type { ExplainContext } from '../core/explain/types';
import type { Analysis } from '../core/analyze';
import type { DataRoot, FileRead } from '../core/data/files';
import { dataPoints } from '../core/dto';
import { samplePoints } from '../core/messageBudget';
import { msg, type Message } from '../core/messages/message';
import { Codes } from '../core/spec/codes';
import { diagnostic } from '../core/spec/ranges';
import type { Diagnostic, Layout, RangeMap } from '../core/spec/types';
import type { ShapeTable } from '../core/shapes/types';
import type { DataPointsDTO } from '../protocol';
import type { PanelFacts } from './panelAnalysis';

/** How the analysis may reach the spec's data file. */
export type DataAccess =
  /** Read from disk by the worker, inside the root (src/node/dataFiles.ts). */
  | { kind: 'disk'; where: DataRoot }
  /** Read by the host before the analysis (a virtual workspace: through the editor's file system). */
  | { kind: 'given'; path: string; read: FileRead }
  /** Not read at all, for the reason given (Restricted Mode): the spec's data file is reported unreadable. */
  | { kind: 'refused'; reason: Message };

export interface AnalysisRequest {
  id: number;
  text: string;
  /** `ask`: the worker first replies with the data file the spec names, for the host to read (then `given`). */
  access: DataAccess | { kind: 'ask' };
  /** Set to have the first screen of a panel on the analysis drawn too, as the host's panel message would be. */
  panel?: PanelFacts;
}

export type AnalysisReply =
  | { inReplyTo: number; analysis: EditorAnalysis }
  /** Only to an `ask` request whose spec names a data file: read it and ask again with `given`. */
  | { inReplyTo: number; needs: string }
  /** After the analysis, to a request with `panel`: the first screen's markup (firstScreenMarkup), if it may be used. */
  | { inReplyTo: number; firstScreen?: string };

/** A panel's first screen, drawn by the worker for one analysis (src/node/analysisThread/firstScreenDrawing.ts). */
export interface DrawnFirstScreen {
  /** The panel message it was drawn from, besides the analysis. */
  facts: PanelFacts;
  markup: string;
}

/** What the editor keeps of one analysis of a spec. */
export interface EditorAnalysis {
  /** The spec's `name`, when it has one. */
  name?: string;
  layout: Layout;
  ranges: RangeMap;
  shapes?: ShapeTable;
  diagnostics: Diagnostic[];
  runnable: boolean;
  /** What the panel needs to explain any number of a run (set when the spec can train). */
  explain?: ExplainContext;
  /** The sizes an entry's name must fit to be explained at step 0 (set when the spec can train). */
  entryDims?: NetworkDims;
  /** The names of the spec's compare: variants, in the file's order. */
  variants: string[];
  /** The data points for the panel (2-D inputs), evenly sampled to fit one message. */
  points?: DataPointsDTO;
  /** data.csv.path as written, when the spec reads a file. */
  dataFile?: string;
  /** Set when that file was not read because access was refused (the reason is in its diagnostic). */
  refused?: boolean;
  /** Set once the worker has drawn it, just after it sent the analysis (when the request asked for it). */
  firstScreen?: DrawnFirstScreen;
}

export function editorAnalysis(a: Analysis, refused: boolean): EditorAnalysis {
  const spec = a.parse.spec;
  const source = spec?.data.source;
  const points = a.dataset && dataPoints(a.dataset);
  return {
    name: spec?.name,
    layout: spec?.layout ?? 'columns',
    ranges: a.parse.ranges,
    shapes: a.shapes,
    diagnostics: a.diagnostics,
    runnable: a.runnable,
    explain: spec && a.runnable ? explainContext(spec) : undefined,
    entryDims: spec && a.runnable && a.dataset ? firstStepDims(spec, a.dataset) : undefined,
    variants: a.variants.map((v) => v.name),
    points: points && samplePoints(points).points,
    dataFile: source?.kind === 'csv' ? source.path : undefined,
    refused: refused || undefined,
  };
}

const FIRST_LINE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * When the analysis itself failed (the worker ran out of memory, or took too long): one error on line 1,
 * in English with the message it was rendered from (the editor shows it in its language).
 */
export function failedAnalysis(why: Message): EditorAnalysis {
  const message = msg('analysis.failed', { why });
  return {
    layout: 'columns',
    ranges: new Map(),
    diagnostics: [diagnostic(FIRST_LINE, 'error', Codes.internalError, message)],
    runnable: false,
    variants: [],
  };
}
