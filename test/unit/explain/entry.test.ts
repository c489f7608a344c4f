// Entry names: what is accepted, and the message for each way a name can be wrong.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkEntry, parseEntry, type NetworkDims } from '../../../src/core/explain/entry';

/** A 2-4-1 network on a batch of 400, like the planar flower. */
const flower = (layout: NetworkDims['layout']): NetworkDims => ({ sizes: [2, 4, 1], m: 400, layout });

function check(name: string, dims = flower('columns')) {
  const p = parseEntry(name);
  if (!p.ok) return p;
  return checkEntry(p.value, dims);
}

function error(name: string, dims = flower('columns')): string {
  const r = check(name, dims);
  assert.ok(!r.ok, `${name} was accepted`);
  return r.error;
}

describe('entry names', () => {
  test('every matrix of the notation, with 1-based indices in the file’s layout', () => {
    for (const name of ['Z[1][2,5]', 'A[2][1,5]', 'dZ[1][3,5]', 'dA[1][3,5]', 'dW[1][2,1]', 'db[2][1,1]']) {
      assert.ok(check(name).ok, name);
    }
    for (const name of ['W[1][2,1]', 'b[1][2,1]', 'W+[1][2,1]', 'b+[1][2,1]', 'A[0][2,400]', 'J', ' Z[1][ 2 , 5 ] ']) {
      assert.ok(check(name).ok, name);
    }
    assert.deepEqual(check('X[2,7]'), { ok: true, value: { matrix: 'A', layer: 0, row: 2, col: 7 } });
    assert.deepEqual(check('Y[1,7]'), { ok: true, value: { matrix: 'Y', layer: 2, row: 1, col: 7 } });
    assert.deepEqual(check('Z[1][400,4]', flower('rows')), {
      ok: true,
      value: { matrix: 'Z', layer: 1, row: 400, col: 4 },
    });
  });

  test('a bias takes its unit alone: b[1][3] is b[1][3,1] in columns and b[1][1,3] in rows', () => {
    assert.deepEqual(check('b[1][3]'), { ok: true, value: { matrix: 'b', layer: 1, row: 3, col: 1 } });
    assert.deepEqual(check('db[1][3]', flower('rows')), {
      ok: true,
      value: { matrix: 'db', layer: 1, row: 1, col: 3 },
    });
    assert.match(error('W[1][3]'), /'W\[1\]\[3\]' needs 2 indices in its last brackets, e\.g\. 'W\[1\]\[2,1\]'/);
  });

  test('an unknown matrix, with a suggestion where one is likely', () => {
    assert.match(error('dw[1][2,1]'), /^Unknown matrix 'dw' in 'dw\[1\]\[2,1\]'\. Did you mean 'dW'\?/);
    assert.match(error('x[1,5]'), /Did you mean 'X'\?/);
    assert.doesNotMatch(error('Q[1][1,1]'), /Did you mean/);
    assert.match(error('Q[1][1,1]'), /Explain one of W, b, W\+, b\+, Z, A, dA, dZ, dW, db/);
    assert.match(error('dZ1[2,3]'), /^Cannot read the entry 'dZ1\[2,3\]'/);
  });

  test('a missing or extra part says how to write it', () => {
    assert.equal(error('Z[1]'), "'Z[1]': write Z[layer][row,col], e.g. 'Z[1][2,1]'.");
    assert.equal(error('X[0][1,5]'), "'X[0][1,5]': write X[row,col], e.g. 'X[1,5]'.");
    assert.equal(error('J[1]'), "J is one number: write J alone, not 'J[1]'.");
    assert.match(error('Z[1][a,b]'), /'\[a,b\]' in 'Z\[1\]\[a,b\]' is not a list of whole numbers/);
    assert.match(error('Z(1)(2,3)'), /^Cannot read the entry 'Z\(1\)\(2,3\)'/);
  });

  test('indices are 1-based', () => {
    assert.equal(error('W[1][0,1]'), "Indices are 1-based: 'W[1][0,1]' has a 0.");
  });

  test('a layer that does not exist names the valid ones', () => {
    assert.equal(error('Z[3][1,1]'), 'Z[3] does not exist: the network has 2 layers, so l is 1–2.');
    assert.equal(error('dA[0][1,1]'), 'dA[0] does not exist: the network has 2 layers, so l is 1–2.');
    assert.equal(error('A[3][1,1]'), 'A[3] does not exist: the network has 2 layers, so l is 0–2 (A[0] is X).');
  });

  test('an index out of range names the shape, its symbols and the valid rows and columns', () => {
    assert.equal(
      error('Z[1][5,1]'),
      'Z[1][5,1] is outside Z[1], which is (4, 400) = (n[1], m) in the columns layout: the row must be 1–4 and the column 1–400.',
    );
    assert.equal(
      error('W[2][1,4]', flower('rows')),
      'W[2][1,4] is outside W[2], which is (4, 1) = (n[1], n[2]) in the rows layout: the row must be 1–4 and the column 1–1.',
    );
    assert.match(error('Y[2,1]'), /Y\[2,1\] is outside Y, which is \(1, 400\) = \(n\[2\], m\)/);
    assert.match(error('X[1,401]'), /A\[0\]\[1,401\] is outside A\[0\], which is \(2, 400\) = \(n\[0\], m\)/);
  });
});
