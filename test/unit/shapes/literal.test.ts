// A matrix rewritten transposed keeps the way it was written: flow or block, one line or one row per
// line, indentation, separators and number spellings; and the text reads back as the transpose.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { transposedLiteral } from '../../../src/core/shapes/literal';
import { applyEdits } from '../../../src/core/spec/edits';
import { parseSpec } from '../../../src/core/spec/index';

/** `Y` of a small inline data section written as `X` (a matrix's text, its following lines indented as in the file). */
function file(X: string): string {
  return `data:\n  inline:\n    X: ${X}\n    Y: [[1]]\n`;
}

/** The file with X rewritten transposed. */
function transposed(text: string): string {
  const r = parseSpec(text);
  const values = (parse(text) as { data: { inline: { X: number[][] } } }).data.inline.X;
  const out = transposedLiteral(text, r.ranges, 'data.inline.X', values);
  assert.ok(out !== undefined);
  return applyEdits(text, [{ range: r.ranges.get('data.inline.X')!, text: out }]);
}

const valuesOf = (text: string) => (parse(text) as { data: { inline: { X: number[][] } } }).data.inline.X;
const transpose = (m: number[][]) => m[0].map((_, j) => m.map((row) => row[j]));

describe('a matrix written out transposed', () => {
  const cases: [string, string, string][] = [
    ['flow on one line stays on one line', '[[0, 0], [0, 1], [1, 0]]', '[[0, 0, 1], [0, 1, 0]]'],
    ['compact commas stay compact', '[[0,0],[0,1],[1,0]]', '[[0,0,1],[0,1,0]]'],
    [
      'one row per line stays so, aligned',
      '[[0, 0, 1],\n        [0, 1, 0]]',
      '[[0, 0],\n        [0, 1],\n        [1, 0]]',
    ],
    ['a single row becomes a column', '[[1, 2, 3]]', '[[1], [2], [3]]'],
    ['number spellings are kept', '[[1e-3, .5], [-0.25, +2]]', '[[1e-3, -0.25], [.5, +2]]'],
    [
      'brackets on their own lines',
      '[\n      [0, 1],\n      [2, 3],\n      [4, 5]\n    ]',
      '[\n      [0, 2, 4],\n      [1, 3, 5]\n    ]',
    ],
    [
      'a block list of flow rows stays a block list',
      '\n      - [0, 1]\n      - [2, 3]\n      - [4, 5]',
      '\n      - [0, 2, 4]\n      - [1, 3, 5]',
    ],
    [
      'a block list of block rows',
      '\n      - - 1\n        - 2\n      - - 3\n        - 4',
      '\n      - - 1\n        - 3\n      - - 2\n        - 4',
    ],
  ];
  for (const [name, before, after] of cases) {
    test(name, () => {
      const text = file(before);
      const out = transposed(text);
      assert.equal(out, file(after));
      assert.deepEqual(valuesOf(out), transpose(valuesOf(text)));
      assert.equal(transposed(out), text, 'transposing twice gives the file back');
    });
  }

  test('a comment between rows is not copied between every new row', () => {
    const out = transposed(file('[[0, 0, 1],   # first feature\n        [0, 1, 0]]'));
    assert.equal(out, file('[[0, 0],\n        [0, 1],\n        [1, 0]]'));
  });

  test('an anchor or a tag stays in front; an alias is not rewritten (its matrix is written elsewhere)', () => {
    assert.equal(transposed(file('&x [[1, 2]]')), file('&x [[1], [2]]'));
    assert.equal(transposed(file('!!seq [[1, 2]]')), file('!!seq [[1], [2]]'));
    const text = 'data:\n  inline:\n    Y: &m [[1, 2]]\n    X: *m\n';
    assert.equal(transposedLiteral(text, parseSpec(text).ranges, 'data.inline.X', [[1, 2]]), undefined);
  });
});
