// The panel's explanations: explain() on the snapshot as the panel receives it (file layout, with
// the step's update) gives exactly what explain() gives on the engine's own snapshot, in both
// layouts and with Adam and momentum; operand links map to the panel's 0-based entries.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { snapshotDto } from '../../../src/core/dto';
import { explain, explainContext } from '../../../src/core/explain';
import { Trainer } from '../../../src/core/training/trainer';
import { diskIO } from '../../../src/node/dataFiles';
import { entryOfRef, explainShown, type Explained } from '../../../webview/explainEntry';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

/** Step `steps - 1` of an example: the engine's snapshot, its DTO as the panel gets it, and the context. */
function stepOf(name: string, steps: number) {
  const a = analyze(readFileSync(join(EXAMPLES, name), 'utf8'), diskIO({ baseDir: EXAMPLES }));
  const spec = a.parse.spec!;
  assert.ok(a.runnable && a.dataset, a.diagnostics[0]?.message);
  const trainer = new Trainer(spec, a.dataset);
  for (let t = 0; t < steps - 1; t++) trainer.next(false);
  const snapshot = trainer.next(true)!.snapshot!;
  return { snapshot, dto: snapshotDto(snapshot, spec.layout), context: explainContext(spec) };
}

const CASES: { name: string; entries: Explained[] }[] = [
  {
    name: 'spiral-softmax.nnspec', // columns, Adam, L2
    entries: [
      'J',
      { matrix: 'W', layer: 1, row: 4, col: 1 },
      { matrix: 'b', layer: 2, row: 2, col: 0 },
      { matrix: 'Z', layer: 1, row: 3, col: 37 },
      { matrix: 'dZ', layer: 2, row: 1, col: 5 },
      { matrix: 'dW', layer: 1, row: 2, col: 0 },
      { matrix: 'A', layer: 0, row: 1, col: 9 },
    ],
  },
  {
    name: 'penguins-softmax.nnspec', // rows, momentum: the panel's row is the example
    entries: [
      { matrix: 'W', layer: 1, row: 3, col: 2 },
      { matrix: 'dA', layer: 1, row: 5, col: 2 },
      { matrix: 'db', layer: 2, row: 0, col: 1 },
      { matrix: 'Y', layer: 2, row: 4, col: 1 },
    ],
  },
];

const nameOf = (e: Explained) =>
  e === 'J' ? 'J' : `${e.matrix === 'Y' ? 'Y' : `${e.matrix}[${e.layer}]`}[${e.row + 1},${e.col + 1}]`;

describe('explaining the shown step', () => {
  for (const c of CASES) {
    test(`${c.name}: the same explanation from the panel's snapshot as from the engine's`, () => {
      const { snapshot, dto, context } = stepOf(c.name, 3);
      for (const e of c.entries) {
        const ours = explainShown(dto, context, e);
        const direct = explain(snapshot, context, nameOf(e));
        assert.ok(ours.ok && direct.ok, nameOf(e));
        assert.deepEqual(ours.explanation, direct.explanation, nameOf(e));
      }
    });
  }

  test('W is explained with its update (the DTO carries θ_t+1 and the moments)', () => {
    const { dto, context } = stepOf('spiral-softmax.nnspec', 3);
    const r = explainShown(dto, context, { matrix: 'W', layer: 1, row: 0, col: 0 });
    assert.ok(r.ok);
    assert.ok(r.explanation.lines.length > 1, 'no update lines');
    assert.ok(r.explanation.operands.includes('vdW[1]') && r.explanation.operands.includes('sdW[1]'));
  });

  test('an entry outside the matrix is an error in words, not a crash', () => {
    const { dto, context } = stepOf('spiral-softmax.nnspec', 1);
    const r = explainShown(dto, context, { matrix: 'dW', layer: 1, row: 99, col: 0 });
    assert.ok(!r.ok);
    assert.match(r.error, /dW\[1\]\[100,1\] is outside dW\[1\]/);
  });
});

describe('operand links', () => {
  test('a link names a 0-based entry of the panel; W+ and b+ are not shown, so not links', () => {
    assert.deepEqual(entryOfRef({ name: 'dZ[1][3,5]', matrix: 'dZ', layer: 1, row: 3, col: 5 }), {
      matrix: 'dZ',
      layer: 1,
      row: 2,
      col: 4,
    });
    assert.equal(entryOfRef({ name: 'W+[1][1,1]', matrix: 'W+', layer: 1, row: 1, col: 1 }), undefined);
  });
});
