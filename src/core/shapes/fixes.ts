import { rangeOf } from '../spec/ranges';
import type { Fix, RangeMap } from '../spec/types';

/** A fix that writes `value` in place of the number at `path` (a layer's units, network.input). */
export function replaceNumber(ranges: RangeMap, path: string, value: number, title: string): Fix {
  return { title, range: rangeOf(ranges, path), text: String(value) };
}
