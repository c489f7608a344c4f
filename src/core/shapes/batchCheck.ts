// The batch size against the number of training examples.
import { fixTitled } from '../messages/attached';
import { msg } from '../messages/message';
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
      msg('batch.larger', { batch, m: data.m }),
      [fixTitled(msg('fix.batchFull'), rangeOf(ranges, 'training.batch_size'), 'full')],
    ),
  ];
}
