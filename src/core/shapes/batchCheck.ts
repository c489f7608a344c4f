// The batch size against the number of training examples.
import { Codes } from '../spec/codes';
import { diagnosticAt, rangeOf } from '../spec/ranges';
import type { Diagnostic, RangeMap, Spec } from '../spec/types';
import type { DataDims } from './facts';

export function checkBatchSize(spec: Spec, ranges: RangeMap, data: DataDims | undefined): Diagnostic[] {
  const batch = spec.training.batchSize;
  if (!data || typeof batch !== 'number' || batch <= data.m) return [];
  return [
    diagnosticAt(
      ranges,
      'training.batch_size',
      'warning',
      Codes.batchLargerThanData,
      `batch_size ${batch} is more than the ${data.m} training examples, so every batch is the whole training set.`,
      [{ title: 'Use batch_size: full', range: rangeOf(ranges, 'training.batch_size'), text: 'full' }],
    ),
  ];
}
