import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../../../src/core/data';
import { toArrays } from '../../../src/core/engine/matrix';
import type { DataSource } from '../../../src/core/spec/types';
import { makeSpec, memoryIO, rangesFor, type SpecOptions } from './spec-fixture';

const HOUSES = [
  'size,bedrooms,"city, state",price',
  '2104,3,"Portland, OR",399.9',
  '1600,3,"Salem, OR",329.9',
  '2400,3,"Bend, OR",369',
].join('\n');
const FLOWERS = [
  'petal,sepal,species',
  '1.4,5.1,setosa',
  '4.7,7.0,versicolor',
  '6.0,6.3,virginica',
  '1.3,4.9,setosa',
  '4.5,6.4,versicolor',
].join('\n');

const RANGES = rangesFor([
  'data.csv.path',
  'data.csv.features',
  'data.csv.features.0',
  'data.csv.features.1',
  'data.csv.target',
  'data.csv.one_hot',
]);

function csv(
  features: (string | number)[],
  target: (string | number)[],
  oneHot = false,
  path = 'houses.csv',
): DataSource {
  return { kind: 'csv', path, features, target, oneHot };
}

function load(source: DataSource, files: Record<string, string>, o: SpecOptions = { loss: 'mse' }) {
  return loadDataset(makeSpec(source, o), RANGES, memoryIO(files));
}

describe('csv: choosing columns', () => {
  test('features and target by header name; each column becomes a row of X, one example per column', () => {
    const { dataset, diagnostics } = load(csv(['size', 'bedrooms'], ['price']), { 'houses.csv': HOUSES });
    assert.deepEqual(diagnostics, []);
    assert.ok(dataset);
    assert.deepEqual(toArrays(dataset.X), [
      [2104, 1600, 2400],
      [3, 3, 3],
    ]);
    assert.deepEqual(toArrays(dataset.Y), [[399.9, 329.9, 369]]);
    assert.deepEqual(dataset.featureNames, ['size', 'bedrooms']);
    assert.deepEqual(dataset.targetNames, ['price']);
    assert.equal(dataset.task, 'regression');
  });

  test('0-based column indices pick the same columns, named from the header', () => {
    const { dataset } = load(csv([0, 1], [3]), { 'houses.csv': HOUSES });
    assert.ok(dataset);
    assert.deepEqual(toArrays(dataset.X), [
      [2104, 1600, 2400],
      [3, 3, 3],
    ]);
    assert.deepEqual(dataset.featureNames, ['size', 'bedrooms']);
    assert.deepEqual(dataset.targetNames, ['price']);
  });

  test('quoted cells with commas are read as one cell (a real CSV parser)', () => {
    const text = 'a,note,b\n1,"x, y",2\n3,"say ""hi""",4\n';
    const { dataset, diagnostics } = load(csv(['a'], ['b'], false, 'q.csv'), { 'q.csv': text });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(toArrays(dataset!.Y), [[2, 4]]);
  });

  test('a list of targets gives one row of Y per column', () => {
    const { dataset } = load(csv(['size'], ['bedrooms', 'price']), { 'houses.csv': HOUSES });
    assert.deepEqual(toArrays(dataset!.Y), [
      [3, 3, 3],
      [399.9, 329.9, 369],
    ]);
  });

  test('the path is relative to the spec folder', () => {
    const { dataset, diagnostics } = load(csv(['size'], ['price'], false, 'data/houses.csv'), {
      'data/houses.csv': HOUSES,
    });
    assert.deepEqual(diagnostics, []);
    assert.equal(dataset!.X.cols, 3);
  });

  test('a byte-order mark and blank lines are ignored', () => {
    const { dataset, diagnostics } = load(csv(['size'], ['price']), {
      'houses.csv': '\uFEFF' + HOUSES.replace('\n', '\n\n') + '\n\n',
    });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(dataset!.featureNames, ['size']);
    assert.equal(dataset!.X.cols, 3);
  });
});

describe('csv: one_hot', () => {
  test('a string class column becomes K rows in sorted class order', () => {
    const { dataset, diagnostics } = load(
      csv(['petal', 'sepal'], ['species'], true, 'f.csv'),
      { 'f.csv': FLOWERS },
      { loss: 'cross_entropy', lastUnits: 3 },
    );
    assert.deepEqual(diagnostics, []);
    assert.ok(dataset);
    assert.deepEqual(dataset.targetNames, ['setosa', 'versicolor', 'virginica']);
    // Rows of the file: setosa, versicolor, virginica, setosa, versicolor.
    assert.deepEqual(toArrays(dataset.Y), [
      [1, 0, 0, 1, 0],
      [0, 1, 0, 0, 1],
      [0, 0, 1, 0, 0],
    ]);
    assert.equal(dataset.task, 'classification');
  });

  test('class names sort by code point whatever their order in the file', () => {
    const text = 'x,c\n1,b\n2,C\n3,a\n';
    const { dataset } = load(
      csv(['x'], ['c'], true, 'c.csv'),
      { 'c.csv': text },
      { loss: 'cross_entropy', lastUnits: 3 },
    );
    assert.deepEqual(dataset!.targetNames, ['C', 'a', 'b']);
    assert.deepEqual(toArrays(dataset!.Y), [
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ]);
  });

  test('integer classes sort by value (2 before 10)', () => {
    const text = 'x,digit\n1,10\n2,2\n3,9\n4,2\n';
    const { dataset } = load(
      csv(['x'], ['digit'], true, 'd.csv'),
      { 'd.csv': text },
      { loss: 'cross_entropy', lastUnits: 3 },
    );
    assert.deepEqual(dataset!.targetNames, ['2', '9', '10']);
    assert.deepEqual(toArrays(dataset!.Y), [
      [0, 1, 0, 1],
      [0, 0, 1, 0],
      [1, 0, 0, 0],
    ]);
  });

  test('two classes and one sigmoid unit give one 0/1 row: 1 is the second class', () => {
    const text = 'x,pet\n1,dog\n2,cat\n3,dog\n';
    const { dataset, diagnostics } = load(
      csv(['x'], ['pet'], true, 'p.csv'),
      { 'p.csv': text },
      { loss: 'binary_cross_entropy', lastUnits: 1 },
    );
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(toArrays(dataset!.Y), [[1, 0, 1]]);
    assert.deepEqual(dataset!.targetNames, ['dog']);
  });

  test('two classes and a 2-unit softmax give one-hot (2, m)', () => {
    const text = 'x,pet\n1,dog\n2,cat\n3,dog\n';
    const { dataset } = load(
      csv(['x'], ['pet'], true, 'p.csv'),
      { 'p.csv': text },
      { loss: 'cross_entropy', lastUnits: 2 },
    );
    assert.deepEqual(toArrays(dataset!.Y), [
      [0, 1, 0],
      [1, 0, 1],
    ]);
    assert.deepEqual(dataset!.targetNames, ['cat', 'dog']);
  });
});

describe('csv: diagnostics', () => {
  const only = (r: ReturnType<typeof load>) => {
    assert.equal(r.diagnostics.length, 1, JSON.stringify(r.diagnostics));
    return r.diagnostics[0];
  };

  test('a missing file names the path and the folder looked in, at data.csv.path', () => {
    const d = only(load(csv(['size'], ['price']), {}));
    assert.equal(d.severity, 'error');
    assert.equal(
      d.message,
      "Cannot read data.csv.path 'houses.csv': no such file next to the spec (looked in /specs/course).",
    );
    assert.deepEqual(d.range, RANGES.get('data.csv.path'));
  });

  test('a missing file in a sub-folder names that folder', () => {
    const d = only(load(csv(['size'], ['price'], false, 'data/h.csv'), {}));
    assert.match(d.message, /looked in \/specs\/course\/data\)/);
  });

  test('an unknown column suggests the nearest header name, with a fix, at that list entry', () => {
    const d = only(load(csv(['size', 'bedroms'], ['price']), { 'houses.csv': HOUSES }));
    assert.equal(d.severity, 'error');
    assert.equal(d.message, "Unknown column 'bedroms' in 'houses.csv'. Did you mean 'bedrooms'?");
    assert.deepEqual(d.range, RANGES.get('data.csv.features.1'));
    assert.deepEqual(d.fixes, [
      { title: "Change to 'bedrooms'", range: RANGES.get('data.csv.features.1'), text: 'bedrooms' },
    ]);
  });

  test('a fix quotes a suggested name that YAML would misread', () => {
    const d = only(load(csv(['city state'], ['price']), { 'houses.csv': HOUSES }));
    assert.equal(d.fixes?.[0].text, '"city, state"');
  });

  test('an unknown column with nothing close lists the header', () => {
    const d = only(load(csv(['size'], ['zzzzzzzz']), { 'houses.csv': HOUSES }));
    assert.equal(
      d.message,
      "Unknown column 'zzzzzzzz' in 'houses.csv'. Its columns are: 'size', 'bedrooms', 'city, state', 'price'.",
    );
    assert.deepEqual(d.range, RANGES.get('data.csv.target'), 'data.csv.target.0 falls back to data.csv.target');
  });

  test('a column index out of range says how many columns there are', () => {
    const d = only(load(csv([0, 4], ['price']), { 'houses.csv': HOUSES }));
    assert.equal(d.message, "Column index 4 is out of range: 'houses.csv' has 4 columns, numbered 0 to 3.");
    assert.deepEqual(d.range, RANGES.get('data.csv.features.1'));
  });

  test('a non-numeric cell names the line and the column, and counts the others', () => {
    const text = 'size,price\n2104,399.9\n1600,n/a\n2400,?\n';
    const d = only(load(csv(['size'], ['price'], false, 'h.csv'), { 'h.csv': text }));
    assert.equal(
      d.message,
      "'h.csv' line 3, column 'price': 'n/a' is not a number (and 1 more rows). Is it a class column? Set one_hot: true to turn it into one output per class.",
    );
    assert.deepEqual(d.range, RANGES.get('data.csv.target'));
  });

  test('an empty feature cell is named as empty', () => {
    const d = only(load(csv(['size'], ['price'], false, 'h.csv'), { 'h.csv': 'size,price\n2104,399.9\n,329.9\n' }));
    assert.equal(d.message, "'h.csv' line 3, column 'size': is empty.");
    assert.deepEqual(d.range, RANGES.get('data.csv.features.0'));
  });

  test('an empty file and a file with only a header are errors at data.csv.path', () => {
    for (const text of ['', 'size,price\n']) {
      const d = only(load(csv(['size'], ['price'], false, 'e.csv'), { 'e.csv': text }));
      assert.equal(d.severity, 'error');
      assert.equal(d.code, 'data-csv-empty');
      assert.deepEqual(d.range, RANGES.get('data.csv.path'));
    }
  });

  test('rows of different lengths are a CSV error naming the line', () => {
    const d = only(load(csv(['size'], ['price'], false, 'r.csv'), { 'r.csv': 'size,price\n1,2\n3,4,5\n' }));
    assert.equal(d.code, 'data-csv-syntax');
    assert.match(d.message, /line 3/);
  });

  test('one_hot on a numeric column with many values warns at data.csv.one_hot', () => {
    const text = ['x,price', ...Array.from({ length: 30 }, (_, i) => `${i},${100 + i}`)].join('\n');
    const r = load(csv(['x'], ['price'], true, 'n.csv'), { 'n.csv': text }, { loss: 'cross_entropy', lastUnits: 30 });
    const d = only(r);
    assert.equal(d.severity, 'warning');
    assert.equal(d.code, 'data-csv-many-classes');
    assert.deepEqual(d.range, RANGES.get('data.csv.one_hot'));
    assert.equal(r.dataset!.Y.rows, 30);
  });

  test('one_hot on a column holding a single class warns', () => {
    const r = load(
      csv(['x'], ['pet'], true, 'p.csv'),
      { 'p.csv': 'x,pet\n1,dog\n2,dog\n' },
      { loss: 'cross_entropy', lastUnits: 2 },
    );
    assert.equal(
      r.diagnostics.some((d) => d.code === 'data-csv-one-class' && d.severity === 'warning'),
      true,
    );
  });

  test('an empty class cell under one_hot is an error naming its line', () => {
    const d = only(
      load(
        csv(['x'], ['pet'], true, 'p.csv'),
        { 'p.csv': 'x,pet\n1,dog\n2,\n3,cat\n' },
        { loss: 'cross_entropy', lastUnits: 2 },
      ),
    );
    assert.equal(d.message, "'p.csv' line 3, column 'pet' is empty: every example needs a class.");
    assert.deepEqual(d.range, RANGES.get('data.csv.target'));
  });

  test('an empty features list is an error at data.csv.features', () => {
    const d = only(load(csv([], ['price']), { 'houses.csv': HOUSES }));
    assert.equal(d.code, 'data-csv-no-features');
    assert.deepEqual(d.range, RANGES.get('data.csv.features'));
  });

  test('an empty target list is an error at data.csv.target', () => {
    const d = only(load(csv(['size'], []), { 'houses.csv': HOUSES }));
    assert.equal(d.code, 'data-csv-no-target');
    assert.deepEqual(d.range, RANGES.get('data.csv.target'));
  });

  test('one_hot with two target columns is an error', () => {
    const d = only(load(csv(['size'], ['bedrooms', 'price'], true), { 'houses.csv': HOUSES }));
    assert.equal(d.code, 'data-csv-one-hot-columns');
    assert.deepEqual(d.range, RANGES.get('data.csv.one_hot'));
  });

  test('a multi-column target that is not one-hot under cross_entropy is an error at data.csv.target', () => {
    const text = 'x,a,b\n1,1,0\n2,1,1\n3,0,1\n';
    const d = only(
      load(csv(['x'], ['a', 'b'], false, 't.csv'), { 't.csv': text }, { loss: 'cross_entropy', lastUnits: 2 }),
    );
    assert.equal(d.code, 'data-targets-not-one-hot');
    assert.equal(
      d.message,
      'cross_entropy needs one-hot targets (exactly one 1 per example), but example 2 of m = 3 has y = [1, 1].',
    );
    assert.deepEqual(d.range, RANGES.get('data.csv.target'));
  });

  test('a numeric target that is not 0/1 under binary_cross_entropy is an error suggesting mse', () => {
    const d = only(load(csv(['size'], ['price']), { 'houses.csv': HOUSES }, { loss: 'binary_cross_entropy' }));
    assert.equal(d.code, 'data-targets-not-binary');
    assert.match(d.message, /example 1 of m = 3 has y = 399.9 \(and 2 more\)\. For a numeric target use loss: mse\./);
  });

  test('a column that is both feature and target warns', () => {
    const d = only(load(csv(['size', 'price'], ['price']), { 'houses.csv': HOUSES }));
    assert.equal(d.severity, 'warning');
    assert.equal(d.code, 'data-csv-target-is-feature');
  });
});
