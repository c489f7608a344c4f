// Finding causes: the single edit that explains the most failed checks, the smallest on a tie, and
// only with enough evidence; the fixes of the layout cause.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose } from '../../../src/core/shapes/causes';
import type { ShapeFacts } from '../../../src/core/shapes/facts';
import { locate } from '../spec/helpers';
import { analyzed, applyFix } from './fixTools';

const facts = (o: Partial<ShapeFacts>): ShapeFacts => ({
  layout: 'columns',
  data: { kind: 'inline', X: [2, 4], Y: [1, 4] },
  units: [4, 1],
  W: [undefined, undefined],
  b: [undefined, undefined],
  ...o,
});

describe('causes', () => {
  test('a valid network has none', () => {
    const none = facts({});
    assert.deepEqual(diagnose(none), { causes: [], symptoms: [], facts: none });
  });

  test('X and Y both in the other layout: the layout, not two transposes', () => {
    const d = diagnose(facts({ data: { kind: 'inline', X: [4, 2], Y: [4, 1] }, input: 2 }));
    assert.deepEqual(d.causes, [{ hypothesis: { kind: 'layout' }, explains: ['m', 'input', 'output'] }]);
  });

  test('one W transposed on generated data: that W (the layout needs two written matrices to go by)', () => {
    const d = diagnose(facts({ data: { kind: 'loaded', n0: 2, nY: 1, m: 100 }, W: [[2, 4], undefined] }));
    assert.deepEqual(d.causes, [{ hypothesis: { kind: 'transpose', matrix: 'W1' }, explains: ['W1'] }]);
  });

  test('independent mistakes are found one after the other', () => {
    const d = diagnose(
      facts({
        data: { kind: 'inline', X: [4, 2], Y: [1, 4] },
        input: 2,
        W: [undefined, [1, 3]],
        b: [[1, 4], undefined],
      }),
    );
    assert.deepEqual(
      d.causes.map((c) => c.hypothesis),
      [
        { kind: 'transpose', matrix: 'X' },
        { kind: 'transpose', matrix: 'b1' },
      ],
    );
    assert.deepEqual(d.symptoms, ['W2']);
    // The symptom is left in the file as the two fixes make it: X and b[1] transposed.
    assert.deepEqual([d.facts.data, d.facts.b[0]], [{ kind: 'inline', X: [2, 4], Y: [1, 4] }, [4, 1]]);
  });

  test('a value is the cause only when several checks agree against it', () => {
    const two = diagnose(
      facts({
        units: [3, 1],
        W: [
          [4, 2],
          [1, 4],
        ],
      }),
    );
    assert.deepEqual(two.causes, [{ hypothesis: { kind: 'units', layer: 1, value: 4 }, explains: ['W1', 'W2'] }]);
    const one = diagnose(facts({ units: [3, 1], W: [undefined, [1, 4]] }));
    assert.deepEqual([one.causes, one.symptoms], [[], ['W2']]);
  });

  test('X read the other way must look like data: more examples than features', () => {
    // (2, 3) as written is 3 examples of 2 features; transposed, 2 examples of 3: no cause, the symptom stays.
    const unread = diagnose(facts({ data: { kind: 'inline', X: [2, 3], Y: [1, 2] } }));
    assert.deepEqual([unread.causes, unread.symptoms], [[], ['m']]);
    const fits = diagnose(facts({ data: { kind: 'inline', X: [3, 2], Y: [1, 3] } }));
    assert.deepEqual(fits.causes, [{ hypothesis: { kind: 'transpose', matrix: 'X' }, explains: ['m'] }]);
  });
});

describe('fixes of the layout cause', () => {
  const rowsFile = `name: XOR
data:
  inline:
    X: [[0, 0], [0, 1], [1, 0], [1, 1]]
    Y: [[0], [1], [1], [0]]
network:
  layers:
    - {units: 4, activation: tanh}
    - {units: 1, activation: sigmoid}
loss: binary_cross_entropy
training: {iterations: 10, learning_rate: 0.5}
`;

  test('without a layout key: one inserted above data:, or every matrix transposed', () => {
    const [d] = analyzed(rowsFile).diagnostics;
    assert.equal(d.code, 'layout-mismatch');
    assert.deepEqual(d.fixes, [
      { title: 'Set layout: rows', range: { line: 2, column: 1, endLine: 2, endColumn: 1 }, text: 'layout: rows\n' },
      {
        title: 'Transpose X and Y (keep layout: columns)',
        range: locate(rowsFile, '[[0, 0], [0, 1], [1, 0], [1, 1]]'),
        text: '[[0, 0, 1, 1], [0, 1, 0, 1]]',
        also: [{ range: locate(rowsFile, '[[0], [1], [1], [0]]'), text: '[[0, 1, 1, 0]]' }],
      },
    ]);
    for (const fix of d.fixes ?? []) assert.ok(analyzed(applyFix(rowsFile, fix)).runnable, fix.title);
  });

  test('a file written as one flow mapping gets no new line, only the transposes', () => {
    const flow = `{data: {inline: {X: [[0, 0], [0, 1], [1, 0]], Y: [[0], [1], [1]]}}, network: {layers: [{units: 1, activation: sigmoid}]}, loss: binary_cross_entropy, training: {iterations: 5, learning_rate: 0.1}}\n`;
    const [d] = analyzed(flow).diagnostics;
    assert.equal(d.code, 'layout-mismatch');
    assert.deepEqual(
      d.fixes?.map((f) => f.title),
      ['Transpose X and Y (keep layout: columns)'],
    );
    assert.ok(analyzed(applyFix(flow, (d.fixes ?? [])[0])).runnable);
  });
});
