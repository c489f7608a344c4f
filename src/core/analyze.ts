// The one pipeline every consumer runs: parse and validate, load the data, check the shapes.
import { Codes } from './spec/codes';
import { diagnostic } from './spec/ranges';
import { loadDataset, type DataIO } from './data';
import type { Dataset } from './data/types';
import { checkRunLimits } from './runLimits';
import { checkShapes } from './shapes';
import type { ShapeTable } from './shapes/types';
import { parseSpec } from './spec';
import type { Diagnostic, ParseResult } from './spec/types';

export interface Analysis {
  parse: ParseResult;
  dataset?: Dataset;
  shapes?: ShapeTable;
  /** Every diagnostic of the file, in reading order. */
  diagnostics: Diagnostic[];
  /** True when a run can start: a spec, its data, and no error anywhere. */
  runnable: boolean;
}

const FIRST_LINE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Never throws: an unexpected failure inside a stage becomes an error diagnostic. */
export function analyze(text: string, io: DataIO): Analysis {
  const parse = parseSpec(text);
  const diagnostics = [...parse.diagnostics];
  const guarded = <T>(stage: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      const message = `Internal error while ${stage}: ${e instanceof Error ? e.message : String(e)}. Please report this file.`;
      diagnostics.push(diagnostic(FIRST_LINE, 'error', Codes.internalError, message));
      return undefined;
    }
  };

  let dataset: Dataset | undefined;
  let shapes: ShapeTable | undefined;
  const spec = parse.spec;
  if (spec) {
    const data = guarded('loading the data', () => loadDataset(spec, parse.ranges, io));
    if (data) {
      diagnostics.push(...data.diagnostics);
      dataset = data.dataset;
    }
    const dims = dataset && { n0: dataset.X.rows, nY: dataset.Y.rows, m: dataset.X.cols, mTest: dataset.Xtest?.cols };
    const checked = guarded('checking shapes', () => checkShapes(spec, parse.ranges, dims));
    if (checked) {
      diagnostics.push(...checked.diagnostics);
      shapes = checked.table;
      diagnostics.push(...checkRunLimits(spec, parse.ranges, checked.table, dims?.m));
    }
  }
  diagnostics.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  const runnable = spec !== undefined && dataset !== undefined && !diagnostics.some((d) => d.severity === 'error');
  return { parse, dataset, shapes, diagnostics, runnable };
}
