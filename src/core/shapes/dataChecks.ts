// The network against the data: n[0] against X, n[L] against Y, the batch size against m.
import { Codes } from '../spec/codes';
import { diagnosticAt, rangeOf } from '../spec/ranges';
import type { Diagnostic, Fix, RangeMap, Spec } from '../spec/types';
import { plural } from './dims';
import { replaceNumber } from './fixes';
import type { ShapeTable } from './types';

export interface DataDims {
  n0: number;
  nY: number;
  m: number;
  mTest?: number;
}

export function checkAgainstData(spec: Spec, ranges: RangeMap, table: ShapeTable, data: DataDims): Diagnostic[] {
  const out: Diagnostic[] = [];
  const input = spec.network.input;
  if (input !== undefined && input !== data.n0) out.push(inputMismatch(spec, ranges, table, data, input));
  const L = spec.network.layers.length;
  const units = spec.network.layers[L - 1].units;
  if (units !== data.nY) {
    const axis = spec.layout === 'columns' ? 'rows' : 'columns';
    const message = `Y has ${plural(data.nY, axis.slice(0, -1))} but the last layer has n[${L}] = ${plural(units, 'unit')}: n[${L}] must equal the number of ${axis} of Y, one output per target.`;
    table.layers[L - 1].mismatch ??= { matrix: 'A', axis: spec.layout === 'columns' ? 0 : 1, message };
    out.push(
      diagnosticAt(ranges, `network.layers.${L - 1}.units`, 'error', Codes.outputMismatch, message, [
        replaceNumber(ranges, `network.layers.${L - 1}.units`, data.nY, `Set layer ${L}'s units to ${data.nY}`),
      ]),
    );
  }
  const batch = spec.training.batchSize;
  if (typeof batch === 'number' && batch > data.m) {
    out.push(
      diagnosticAt(
        ranges,
        'training.batch_size',
        'warning',
        Codes.batchLargerThanData,
        `batch_size ${batch} is more than the ${data.m} training examples, so every batch is the whole training set.`,
        [{ title: 'Use batch_size: full', range: rangeOf(ranges, 'training.batch_size'), text: 'full' }],
      ),
    );
  }
  return out;
}

function inputMismatch(spec: Spec, ranges: RangeMap, table: ShapeTable, data: DataDims, input: number): Diagnostic {
  const columns = spec.layout === 'columns';
  const shape = columns ? `(${data.n0}, ${data.m})` : `(${data.m}, ${data.n0})`;
  let message = `X is ${shape} but network.input is ${input}: n[0] must equal the number of ${columns ? 'rows' : 'columns'} of X.`;
  const fixes: Fix[] = [replaceNumber(ranges, 'network.input', data.n0, `Set network.input to ${data.n0}`)];
  // Examples written the other way round: X read transposed would have `input` features.
  if (data.m === input) {
    const other = columns ? 'rows' : 'columns';
    message += ` Did you write examples as ${other}? Set layout: ${other}.`;
    fixes.push(
      ranges.has('layout')
        ? { title: `Set layout: ${other}`, range: rangeOf(ranges, 'layout'), text: other }
        : {
            title: `Set layout: ${other}`,
            range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
            text: `layout: ${other}\n`,
          },
    );
  }
  table.layers[0].mismatch ??= { matrix: 'W', axis: columns ? 1 : 0, message };
  return diagnosticAt(ranges, 'network.input', 'error', Codes.inputMismatch, message, fixes);
}
