// The examples that teach by comparison train as their first comment says (full runs, a few seconds).
import { diskIO } from '../../../src/node/dataFiles';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { Trainer } from '../../../src/core/training/trainer';
import { EXAMPLES, run } from './helpers';

interface RunJson {
  name?: string;
  costs: number[];
  finalCost: number;
  accuracy?: number;
  testCost?: number;
  parameters: Record<string, number[][]>;
}

/** The file's run and its variants by name. */
function train(file: string): Record<string, RunJson> {
  const r = run('train', join(EXAMPLES, file), '--json');
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out);
  assert.deepEqual(
    out.diagnostics.filter((d: { severity: string }) => d.severity === 'error'),
    [],
  );
  return Object.fromEntries([['this file', out], ...out.variants.map((v: RunJson) => [v.name, v])]);
}

describe('examples that compare', () => {
  test('compare-init: zeros stay at log 2 and 50%; He learns the rings; ten times too large starts high', () => {
    const runs = train('compare-init.nnspec');
    const he = runs['this file'];
    const zeros = runs['zero init'];
    const large = runs['large random init'];
    assert.ok(Math.abs(zeros.finalCost - Math.log(2)) < 1e-6, String(zeros.finalCost));
    assert.equal(zeros.accuracy, 0.5);
    assert.ok(zeros.parameters.W1.flat().every((w) => w === 0));
    assert.ok(he.finalCost < 0.05 && he.accuracy! > 0.97, String(he.finalCost));
    assert.ok(large.costs[0] > 10 * he.costs[0], `${large.costs[0]} vs ${he.costs[0]}`);
    assert.ok(large.finalCost > 10 * he.finalCost && large.finalCost < zeros.finalCost);
  });

  test('compare-learning-rate: α = 2.5 makes J climb; α = 1 gets to the bottom; α = 0.01 crawls', () => {
    const runs = train('compare-learning-rate.nnspec');
    const high = runs['lr 2.5'].costs;
    for (let t = 2; t < high.length - 1; t++) assert.ok(high[t + 1] > high[t], `J_${t + 1} > J_${t}`);
    assert.ok(runs['lr 2.5'].finalCost > 1e20);
    const right = runs['this file'];
    assert.ok(right.finalCost < 0.01, String(right.finalCost));
    assert.ok(runs['lr 0.01'].finalCost > 100 * right.finalCost);
  });

  test('compare-deep-activations: sigmoid stays near chance with vanishing dW[1]; ReLU learns', () => {
    const runs = train('compare-deep-activations.nnspec');
    assert.ok(runs['this file'].finalCost > 0.69, String(runs['this file'].finalCost));
    assert.ok(runs.relu.finalCost < 0.01 && runs.relu.accuracy === 1, String(runs.relu.finalCost));
    // The gradient-norm chart at step 0: ||dW[1]|| against ||dW[5]||.
    const file = join(EXAMPLES, 'compare-deep-activations.nnspec');
    const a = analyze(readFileSync(file, 'utf8'), diskIO({ baseDir: EXAMPLES }));
    const ratio = (spec = a.parse.spec!, data = a.dataset!) => {
      const [first, , , , last] = new Trainer(spec, data).next()!.gradNorms;
      return first / last;
    };
    const relu = a.variants[0].analysis;
    assert.ok(ratio() < 1e-3, `sigmoid: ${ratio()}`);
    assert.ok(ratio(relu.parse.spec, relu.dataset) > 1e-2, `relu: ${ratio(relu.parse.spec, relu.dataset)}`);
  });

  test('compare-l2: without L2 the training cost is tiny and the test cost high; L2 lowers the test cost', () => {
    const runs = train('compare-l2.nnspec');
    const off = runs['this file'];
    for (const name of ['l2 0.1', 'l2 1']) {
      assert.ok(runs[name].testCost! < off.testCost! / 3, `${name}: ${runs[name].testCost} vs ${off.testCost}`);
      assert.ok(runs[name].finalCost > off.finalCost, name);
    }
    assert.ok(off.finalCost < 0.01 && off.testCost! > 1);
  });
});
