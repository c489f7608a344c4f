import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../../../src/core/data';
import type { Dataset } from '../../../src/core/data';
import type { GeneratorKind } from '../../../src/core/spec/types';
import { makeSpec, NO_FILES, rangesFor, type SpecOptions } from './spec-fixture';

const KINDS: GeneratorKind[] = ['xor', 'circles', 'moons', 'spiral', 'flower', 'blobs', 'linear'];

function generate(
  kind: GeneratorKind,
  samples: number,
  extra: { noise?: number; classes?: number } = {},
  o: SpecOptions = {},
) {
  return loadDataset(makeSpec({ kind: 'generate', generator: kind, samples, ...extra }, o), new Map(), NO_FILES);
}

function dataset(
  kind: GeneratorKind,
  samples: number,
  extra: { noise?: number; classes?: number } = {},
  o: SpecOptions = {},
): Dataset {
  const { dataset, diagnostics } = generate(kind, samples, extra, o);
  assert.deepEqual(diagnostics, []);
  assert.ok(dataset);
  return dataset;
}

const x1 = (d: Dataset, i: number) => d.X.data[i];
const x2 = (d: Dataset, i: number) => d.X.data[d.X.cols + i];

/** Class of example i: the 0/1 value, or the row holding the 1 of a one-hot column. */
function classOf(d: Dataset, i: number): number {
  if (d.Y.rows === 1) return d.Y.data[i];
  for (let k = 0; k < d.Y.rows; k++) if (d.Y.data[k * d.Y.cols + i] === 1) return k;
  return -1;
}

function classCounts(d: Dataset, k: number): number[] {
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < d.X.cols; i++) counts[classOf(d, i)]++;
  return counts;
}

describe('generators: shapes and labels', () => {
  for (const kind of ['xor', 'circles', 'moons', 'flower', 'linear'] as GeneratorKind[]) {
    test(`${kind}: X (2, m), Y (1, m) of 0/1 with both classes about equally present`, () => {
      const d = dataset(kind, 101);
      assert.equal(d.X.rows, 2);
      assert.equal(d.X.cols, 101);
      assert.equal(d.Y.rows, 1);
      assert.equal(d.Y.cols, 101);
      assert.ok(d.Y.data.every((v) => v === 0 || v === 1));
      assert.ok(d.X.data.every(Number.isFinite));
      const ones = d.Y.data.reduce((s, v) => s + v, 0);
      assert.ok(ones > 20 && ones < 81, `${kind} has ${ones} ones of 101`);
      assert.equal(d.task, 'classification');
      assert.deepEqual(d.featureNames, ['x1', 'x2']);
    });
  }

  test('circles, moons, flower: the m examples split 51 / 50 between the two classes', () => {
    for (const kind of ['circles', 'moons', 'flower'] as GeneratorKind[]) {
      assert.deepEqual(classCounts(dataset(kind, 101), 2), [51, 50], kind);
    }
  });

  test('spiral with classes: 3 gives one-hot Y (3, m), classes shared out evenly', () => {
    const d = dataset('spiral', 100, { classes: 3 }, { loss: 'cross_entropy', lastUnits: 3 });
    assert.equal(d.Y.rows, 3);
    assert.equal(d.Y.cols, 100);
    for (let i = 0; i < 100; i++) {
      let sum = 0;
      for (let k = 0; k < 3; k++) sum += d.Y.data[k * 100 + i];
      assert.equal(sum, 1);
    }
    assert.deepEqual(classCounts(d, 3), [34, 33, 33]);
    assert.deepEqual(d.targetNames, ['class 0', 'class 1', 'class 2']);
  });

  test('blobs with classes: 5 gives Y (5, m)', () => {
    const d = dataset('blobs', 50, { classes: 5 }, { loss: 'cross_entropy', lastUnits: 5 });
    assert.equal(d.Y.rows, 5);
    assert.deepEqual(classCounts(d, 5), [10, 10, 10, 10, 10]);
  });

  test('two classes become one-hot (2, m) when the last layer has 2 units (a 2-way softmax)', () => {
    const d = dataset('moons', 40, {}, { loss: 'cross_entropy', lastUnits: 2 });
    assert.equal(d.Y.rows, 2);
    const oneUnit = dataset('moons', 40);
    for (let i = 0; i < 40; i++) {
      assert.equal(d.Y.data[40 + i], oneUnit.Y.data[i], 'row 1 is the class-1 indicator');
      assert.equal(d.Y.data[i], 1 - oneUnit.Y.data[i], 'row 0 is the class-0 indicator');
    }
    assert.deepEqual(d.targetNames, ['class 0', 'class 1']);
  });

  test('spiral and blobs default to 2 classes', () => {
    assert.equal(dataset('spiral', 30).Y.rows, 1);
    assert.deepEqual(classCounts(dataset('blobs', 30), 2), [15, 15]);
  });
});

describe('generators: seeds', () => {
  for (const kind of KINDS) {
    test(`${kind}: the same seed gives the same data, another seed other data`, () => {
      const a = dataset(kind, 60, {}, { seed: 7 });
      const b = dataset(kind, 60, {}, { seed: 7 });
      const c = dataset(kind, 60, {}, { seed: 8 });
      assert.deepEqual(a.X.data, b.X.data);
      assert.deepEqual(a.Y.data, b.Y.data);
      assert.notDeepEqual(a.X.data, c.X.data);
    });
  }

  test('leaving noise out is the same as writing the documented default', () => {
    const defaults: Record<GeneratorKind, number> = {
      xor: 0.1,
      circles: 0.1,
      moons: 0.1,
      spiral: 0.2,
      flower: 0.2,
      blobs: 0.5,
      linear: 0.1,
    };
    // linear's noise is in its target, so compare Y too (under mse, where Y is the noisy value itself).
    const drawn = (kind: GeneratorKind, extra: { noise?: number }) => {
      const d = dataset(kind, 30, extra, kind === 'linear' ? { loss: 'mse' } : {});
      return [...d.X.data, ...d.Y.data];
    };
    for (const kind of KINDS) {
      assert.deepEqual(drawn(kind, {}), drawn(kind, { noise: defaults[kind] }), kind);
      assert.notDeepEqual(drawn(kind, {}), drawn(kind, { noise: defaults[kind] + 0.05 }), kind);
    }
  });
});

describe('generators: geometry without noise, and what noise does', () => {
  test('xor: points in [-1, 1]², class 1 exactly where x1 and x2 have opposite signs', () => {
    const d = dataset('xor', 200, { noise: 0 });
    for (let i = 0; i < 200; i++) {
      assert.ok(Math.abs(x1(d, i)) <= 1 && Math.abs(x2(d, i)) <= 1);
      assert.equal(classOf(d, i), x1(d, i) * x2(d, i) < 0 ? 1 : 0);
    }
  });

  test('xor: noise moves points off the rule near the axes', () => {
    const d = dataset('xor', 400, { noise: 0.3 });
    let broken = 0;
    for (let i = 0; i < 400; i++) if (classOf(d, i) !== (x1(d, i) * x2(d, i) < 0 ? 1 : 0)) broken++;
    assert.ok(broken > 10, `${broken} points cross the axes`);
  });

  test('circles: class 0 on radius 1, class 1 on radius 0.5; noise spreads the radii', () => {
    const radius = (d: Dataset, i: number) => Math.hypot(x1(d, i), x2(d, i));
    const clean = dataset('circles', 80, { noise: 0 });
    for (let i = 0; i < 80; i++) assert.ok(Math.abs(radius(clean, i) - (classOf(clean, i) === 1 ? 0.5 : 1)) < 1e-12);
    const noisy = dataset('circles', 80, { noise: 0.2 });
    let off = 0;
    for (let i = 0; i < 80; i++) off = Math.max(off, Math.abs(radius(noisy, i) - (classOf(noisy, i) === 1 ? 0.5 : 1)));
    assert.ok(off > 0.1);
  });

  test('moons: class 0 on the upper unit half circle, class 1 on the lower one centred at (1, 0.5)', () => {
    const d = dataset('moons', 60, { noise: 0 });
    for (let i = 0; i < 60; i++) {
      if (classOf(d, i) === 0) {
        assert.ok(Math.abs(Math.hypot(x1(d, i), x2(d, i)) - 1) < 1e-12);
        assert.ok(x2(d, i) >= 0);
      } else {
        assert.ok(Math.abs(Math.hypot(x1(d, i) - 1, x2(d, i) - 0.5) - 1) < 1e-12);
        assert.ok(x2(d, i) <= 0.5);
      }
    }
  });

  test('spiral: without noise arm j has radii 0..1 evenly and angle 4j..4(j+1) (x1 = r sin t, x2 = r cos t)', () => {
    const n = 20;
    const d = dataset('spiral', 3 * n, { noise: 0, classes: 3 }, { loss: 'cross_entropy', lastUnits: 3 });
    for (let j = 0; j < 3; j++) {
      for (let k = 0; k < n; k++) {
        const i = j * n + k;
        const r = k / (n - 1);
        const t = 4 * j + (4 * k) / (n - 1);
        assert.equal(classOf(d, i), j);
        assert.ok(Math.abs(x1(d, i) - r * Math.sin(t)) < 1e-12);
        assert.ok(Math.abs(x2(d, i) - r * Math.cos(t)) < 1e-12);
      }
    }
  });

  test('flower: without noise the points lie on the 4-petal rose r = 4 sin(4t), class j on t in 3.12j..3.12(j+1)', () => {
    const n = 50;
    const d = dataset('flower', 2 * n, { noise: 0 });
    for (let i = 0; i < 2 * n; i++) {
      const j = i < n ? 0 : 1;
      const t = 3.12 * j + (3.12 * (i - j * n)) / (n - 1);
      const r = 4 * Math.sin(4 * t);
      assert.equal(classOf(d, i), j);
      assert.ok(Math.abs(x1(d, i) - r * Math.sin(t)) < 1e-12);
      assert.ok(Math.abs(x2(d, i) - r * Math.cos(t)) < 1e-12);
    }
  });

  test('flower: noise jitters the petals', () => {
    const d = dataset('flower', 100, { noise: 0.2 });
    let off = 0;
    for (let i = 0; i < 100; i++) {
      const j = i < 50 ? 0 : 1;
      const t = 3.12 * j + (3.12 * (i - j * 50)) / 49;
      off = Math.max(off, Math.abs(x1(d, i) - 4 * Math.sin(4 * t) * Math.sin(t)));
    }
    assert.ok(off > 0.1);
  });

  test('blobs: each class sits around its centre on the circle of radius 2, spread by noise', () => {
    const d = dataset('blobs', 600, { classes: 3, noise: 0.3 }, { loss: 'cross_entropy', lastUnits: 3 });
    for (let j = 0; j < 3; j++) {
      let sx = 0;
      let sy = 0;
      let n = 0;
      for (let i = 0; i < 600; i++) {
        if (classOf(d, i) !== j) continue;
        sx += x1(d, i);
        sy += x2(d, i);
        n++;
      }
      const a = (2 * Math.PI * j) / 3;
      // 200 points of std 0.3: the mean's standard error is about 0.02.
      assert.ok(Math.abs(sx / n - 2 * Math.cos(a)) < 0.1);
      assert.ok(Math.abs(sy / n - 2 * Math.sin(a)) < 0.1);
    }
  });

  test('linear under mse: a regression target y = 2·x1 - 3·x2 + 1 (exact without noise)', () => {
    const d = dataset('linear', 50, { noise: 0 }, { loss: 'mse' });
    assert.equal(d.task, 'regression');
    assert.equal(d.Y.rows, 1);
    for (let i = 0; i < 50; i++) assert.ok(Math.abs(d.Y.data[i] - (2 * x1(d, i) - 3 * x2(d, i) + 1)) < 1e-12);
    const noisy = dataset('linear', 50, { noise: 0.5 }, { loss: 'mse' });
    let off = 0;
    for (let i = 0; i < 50; i++)
      off = Math.max(off, Math.abs(noisy.Y.data[i] - (2 * x1(noisy, i) - 3 * x2(noisy, i) + 1)));
    assert.ok(off > 0.3);
  });

  test('linear under binary_cross_entropy: class 1 on the positive side of 2·x1 - 3·x2 + 1 = 0', () => {
    const d = dataset('linear', 100, { noise: 0 });
    for (let i = 0; i < 100; i++) assert.equal(classOf(d, i), 2 * x1(d, i) - 3 * x2(d, i) + 1 > 0 ? 1 : 0);
  });
});

describe('generators: diagnostics', () => {
  const ranges = rangesFor(['data.generate.samples', 'data.generate.noise', 'data.generate.classes']);
  const run = (samples: number, extra: { noise?: number; classes?: number }, kind: GeneratorKind = 'spiral') =>
    loadDataset(makeSpec({ kind: 'generate', generator: kind, samples, ...extra }), ranges, NO_FILES);

  test('samples below 1 is an error at data.generate.samples', () => {
    const { dataset, diagnostics } = run(0, {});
    assert.equal(dataset, undefined);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, 'error');
    assert.deepEqual(diagnostics[0].range, ranges.get('data.generate.samples'));
  });

  test('negative noise is an error at data.generate.noise', () => {
    const { diagnostics } = run(10, { noise: -0.1 });
    assert.equal(diagnostics[0].severity, 'error');
    assert.deepEqual(diagnostics[0].range, ranges.get('data.generate.noise'));
  });

  test('classes below 2 for spiral is an error at data.generate.classes', () => {
    const { diagnostics } = run(10, { classes: 1 });
    assert.equal(diagnostics[0].severity, 'error');
    assert.deepEqual(diagnostics[0].range, ranges.get('data.generate.classes'));
  });

  test('fewer samples than classes is an error', () => {
    const { diagnostics } = run(3, { classes: 4 });
    assert.match(diagnostics[0].message, /samples \(3\) must be at least classes \(4\)/);
  });

  test('cross_entropy over one row of 0/1 targets is left to the shape check (the output layer is the mistake)', () => {
    for (const lastUnits of [1, 3]) {
      const spec = makeSpec({ kind: 'generate', generator: 'xor', samples: 10 }, { loss: 'cross_entropy', lastUnits });
      const { dataset, diagnostics } = loadDataset(spec, rangesFor(['data.generate.kind']), NO_FILES);
      assert.equal(dataset?.Y.rows, 1);
      assert.deepEqual(diagnostics, []);
    }
  });

  test('classes on a 2-class generator is a warning and the data is still made', () => {
    const { dataset, diagnostics } = run(10, { classes: 3 }, 'xor');
    assert.ok(dataset);
    assert.equal(dataset.Y.rows, 1);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, 'warning');
    assert.deepEqual(diagnostics[0].range, ranges.get('data.generate.classes'));
  });
});
