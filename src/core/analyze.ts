// The one pipeline every consumer runs: parse and validate, load the data, check the shapes;
// then the same for each compare: variant.
import { msg, type Message } from './messages/message';
import { Codes } from './spec/codes';
import { diagnostic } from './spec/ranges';
import { loadDataset, type DataIO } from './data';
import type { Dataset } from './data/types';
import { checkRunLimits } from './runLimits';
import { checkShapes } from './shapes';
import type { ShapeTable } from './shapes/types';
import { parseSpec } from './spec';
import { noteOverrides, type AppliedOverride, type Override } from './spec/overrides';
import type { Diagnostic, ParseResult } from './spec/types';
import { variantDiagnostics } from './spec/variants';

export interface Analysis {
  parse: ParseResult;
  dataset?: Dataset;
  shapes?: ShapeTable;
  /** Every diagnostic of the file, in reading order (those of the variants included). */
  diagnostics: Diagnostic[];
  /** True when a run can start: a spec, its data, and no error anywhere (in the variants neither). */
  runnable: boolean;
  /** compare:'s variants, each analysed as this file with its keys changed. */
  variants: VariantAnalysis[];
}

export interface VariantAnalysis {
  name: string;
  /** As if the file said what the variant sets: its diagnostics are where the variant would put them. */
  analysis: Analysis;
}

const FIRST_LINE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Never throws: an unexpected failure inside a stage becomes an error diagnostic. `overrides` are --set. */
export function analyze(text: string, io: DataIO, overrides: Override[] = []): Analysis {
  const parse = parseSpec(text, overrides);
  const base = stages(parse, io, parse.overrides ?? [], text);
  const variants = (parse.variants ?? []).map((v) => {
    const s = stages(v.parse, io, v.applied, text);
    const analysis = result(v.parse, s, [...v.parse.diagnostics, ...s.diagnostics], []);
    return { name: v.name, analysis, shown: variantDiagnostics(s.diagnostics, base.diagnostics, v) };
  });
  const diagnostics = [...parse.diagnostics, ...base.diagnostics, ...variants.flatMap((v) => v.shown)];
  return result(
    parse,
    base,
    diagnostics,
    variants.map(({ name, analysis }) => ({ name, analysis })),
  );
}

interface Stages {
  dataset?: Dataset;
  shapes?: ShapeTable;
  diagnostics: Diagnostic[];
}

function result(parse: ParseResult, s: Stages, diagnostics: Diagnostic[], variants: VariantAnalysis[]): Analysis {
  diagnostics.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  const runnable =
    parse.spec !== undefined && s.dataset !== undefined && !diagnostics.some((d) => d.severity === 'error');
  return { parse, dataset: s.dataset, shapes: s.shapes, diagnostics, runnable, variants };
}

/** Loading the data and checking the shapes of one parsed spec (`text` is the file's, for fixes that rewrite it). */
function stages(parse: ParseResult, io: DataIO, applied: AppliedOverride[], text: string): Stages {
  const out: Stages = { diagnostics: [] };
  const guarded = <T>(stage: Message, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      const message = msg('analyze.internal', { stage, error: e instanceof Error ? e.message : String(e) });
      out.diagnostics.push(diagnostic(FIRST_LINE, 'error', Codes.internalError, message));
      return undefined;
    }
  };
  const spec = parse.spec;
  if (!spec) return out;
  const data = guarded(msg('analyze.loadingData'), () => loadDataset(spec, parse.ranges, io));
  if (data) {
    out.diagnostics.push(...data.diagnostics);
    out.dataset = data.dataset;
  }
  const ds = out.dataset;
  const dims = ds && { n0: ds.X.rows, nY: ds.Y.rows, m: ds.X.cols, mTest: ds.Xtest?.cols };
  const checked = guarded(msg('analyze.checkingShapes'), () => checkShapes(spec, parse.ranges, dims, text));
  if (checked) {
    out.diagnostics.push(...checked.diagnostics);
    out.shapes = checked.table;
    out.diagnostics.push(...checkRunLimits(spec, parse.ranges, checked.table, dims?.m));
  }
  out.diagnostics = noteOverrides(out.diagnostics, applied);
  return out;
}
