// checkShapes: the shape table of a spec and every shape problem, with or without the data.
import type { Diagnostic, RangeMap, Spec } from '../spec/types';
import { checkBatchSize } from './batchCheck';
import { forwardChain } from './chain';
import { checkDimensions } from './dimensionChecks';
import { dataSizes, n0Of, shapeFacts, type DataDims } from './facts';
import { checkActivationsAndLoss } from './lossChecks';
import { dimensionSources } from './sources';
import { buildTable } from './table';
import type { ShapeTable } from './types';

/**
 * `data` are the loaded data's sizes in engine terms; inline X and Y are read from the spec even when
 * they could not be loaded. `text` is the file, so that fixes keep each matrix's style.
 */
export function checkShapes(
  spec: Spec,
  ranges: RangeMap,
  data?: DataDims,
  text?: string,
): { table: ShapeTable; diagnostics: Diagnostic[] } {
  const facts = shapeFacts(spec, data);
  const table = buildTable(spec, n0Of(facts), data?.m ?? dataSizes(facts).mX);
  table.chain = forwardChain(facts);
  table.sources = dimensionSources(spec, ranges, facts, data);
  const context = { spec, ranges, text, facts, chain: table.chain, sources: table.sources, table };
  const dimensions = checkDimensions(context, data);
  // The loss is checked against Y read as the causes' fixes read it (a file written in the other layout).
  const diagnostics = [
    ...dimensions.diagnostics,
    ...checkBatchSize(spec, ranges, data),
    ...checkActivationsAndLoss(spec, ranges, dataSizes(dimensions.facts).nY),
  ];
  return { table, diagnostics };
}

export type { DataDims } from './facts';
