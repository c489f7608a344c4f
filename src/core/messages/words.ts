// The small pieces messages are built from: a count of things, a row or a column, a list.
import { msg, type Message, type Param } from './message';

const COUNTS = {
  example: 'count.example',
  feature: 'count.feature',
  target: 'count.target',
  unit: 'count.unit',
  parameter: 'count.parameter',
  layer: 'count.layer',
  row: 'count.row',
  column: 'count.column',
} as const;

export type Noun = keyof typeof COUNTS;

/** '3 examples', '1 unit' (English); '예제 3개' (Korean). */
export const count = (n: number, noun: Noun): Message => msg(COUNTS[noun], { n });

/** 'row' or 'column' as a word of the message's language. */
export const lineWord = (line: 'row' | 'column'): Message => msg(line === 'row' ? 'word.row' : 'word.column');

/** 'rows' or 'columns'. */
export const linesWord = (line: 'row' | 'column'): Message => msg(line === 'row' ? 'word.rows' : 'word.columns');

/** 'X', 'X and Y', 'X, Y and W[1]'. */
export function listOf(items: Param[]): Param {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return msg('list.two', { first: items[0], last: items[1] });
  return msg('list.more', { first: items[0], rest: listOf(items.slice(1)) });
}
