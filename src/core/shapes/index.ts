// checkShapes: the shape table of a spec and every shape problem, with or without the data.
import type { Diagnostic, RangeMap, Spec } from '../spec/types';
import { checkAgainstData, type DataDims } from './dataChecks';
import { checkActivationsAndLoss } from './lossChecks';
import { checkExplicitParameters, type InputSource } from './parameterChecks';
import { buildTable } from './table';
import type { ShapeTable } from './types';

export function checkShapes(
  spec: Spec,
  ranges: RangeMap,
  data?: DataDims,
): { table: ShapeTable; diagnostics: Diagnostic[] } {
  const { n0, from } = inputSize(spec, data);
  const table = buildTable(spec, n0, data?.m);
  const diagnostics = [
    ...checkExplicitParameters(spec, ranges, table, from),
    ...(data ? checkAgainstData(spec, ranges, table, data) : []),
    ...checkActivationsAndLoss(spec, ranges),
  ];
  return { table, diagnostics };
}

/** n[0]: the data decides when loaded; otherwise network.input, otherwise an explicit W[1]. */
function inputSize(spec: Spec, data: DataDims | undefined): { n0?: number; from: InputSource } {
  if (data) return { n0: data.n0, from: 'data' };
  if (spec.network.input !== undefined) return { n0: spec.network.input, from: 'input' };
  const W1 = spec.network.layers[0].W;
  if (W1) return { n0: spec.layout === 'columns' ? W1[0].length : W1.length, from: 'W[1]' };
  return { from: undefined };
}

export type { DataDims } from './dataChecks';
