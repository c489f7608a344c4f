// The runtime checks of the panel's messages: what the host acts on when the webview asks to apply a fix or
// show a place, and what the panel takes as the answer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isHostMessage, isWebviewMessage, MAX_DRAW_FAILURE, MAX_FIRST_SCREEN } from '../../../src/protocol';

const range = { line: 14, column: 10, endLine: 14, endColumn: 28 };
const fix = {
  type: 'applyFix',
  requestId: 3,
  version: 7,
  code: 'shape-mismatch-W',
  range,
  title: "Set layer 1's units to 3",
};

describe('panel → host: applyFix and reveal', () => {
  test('a well-formed fix request and reveal are accepted', () => {
    assert.ok(isWebviewMessage(fix));
    assert.ok(isWebviewMessage({ type: 'reveal', range }));
    assert.ok(isWebviewMessage({ type: 'reveal', range: { line: 3, column: 1, endLine: 3, endColumn: 1 } }));
  });

  test('a fix request without what names the fix, or with a bad one, is refused', () => {
    for (const key of ['requestId', 'version', 'code', 'range', 'title'] as const) {
      const { [key]: _, ...without } = fix;
      assert.equal(isWebviewMessage(without), false, `without ${key}`);
    }
    for (const bad of [
      { version: -1 },
      { version: 1.5 },
      { requestId: '3' },
      { code: '' },
      { title: 'x'.repeat(501) },
      { title: 42 },
      { range: { ...range, line: 0 } },
      { range: { ...range, endLine: 13 } },
      { range: { line: 14, column: 10, endLine: 14, endColumn: 9 } },
      { range: [14, 10, 14, 28] },
    ])
      assert.equal(isWebviewMessage({ ...fix, ...bad }), false, JSON.stringify(bad));
  });

  test('a reveal needs a whole 1-based range', () => {
    assert.equal(isWebviewMessage({ type: 'reveal' }), false);
    assert.equal(isWebviewMessage({ type: 'reveal', range: { line: 1, column: 1, endLine: 1 } }), false);
    assert.equal(isWebviewMessage({ type: 'reveal', range: { ...range, column: Number.NaN } }), false);
  });
});

describe('host → panel: fixResult', () => {
  const result = { type: 'fixResult', inReplyTo: 3, applied: true, message: 'Applied.', version: 8 };
  test('is accepted whole and refused without its version, its request or its outcome', () => {
    assert.ok(isHostMessage(result));
    assert.equal(isHostMessage({ ...result, version: undefined }), false);
    assert.equal(isHostMessage({ ...result, inReplyTo: undefined }), false);
    assert.equal(isHostMessage({ ...result, applied: 'yes' }), false);
    assert.equal(isHostMessage({ ...result, message: undefined }), false);
  });
});

describe('panel → host: drawn', () => {
  test('a count of painted messages is accepted; anything but a whole count is refused', () => {
    assert.ok(isWebviewMessage({ type: 'drawn', received: 0 }));
    assert.ok(isWebviewMessage({ type: 'drawn', received: 1200 }));
    for (const received of [-1, 2.5, '3', undefined, Number.NaN]) {
      assert.equal(isWebviewMessage({ type: 'drawn', received }), false, `received ${String(received)}`);
    }
  });
});

describe('panel → host: drawFailed', () => {
  test('a section and a failure text are accepted; no section, or a text too long or not text, is refused', () => {
    assert.ok(isWebviewMessage({ type: 'drawFailed', part: 'boundary', message: 'TypeError: x is undefined' }));
    assert.ok(isWebviewMessage({ type: 'drawFailed', part: 'loss', message: 'e'.repeat(MAX_DRAW_FAILURE) }));
    for (const bad of [
      { part: '', message: 'e' },
      { part: 'loss', message: 'e'.repeat(MAX_DRAW_FAILURE + 1) },
      { part: 'loss', message: 3 },
      { message: 'e' },
    ]) {
      assert.equal(isWebviewMessage({ type: 'drawFailed', ...bad }), false, JSON.stringify(bad).slice(0, 80));
    }
  });
});

describe('panel → host: firstScreen', () => {
  test('markup up to the size kept is accepted; more, or anything but text, is refused', () => {
    assert.ok(isWebviewMessage({ type: 'firstScreen', html: '<h1 id="title">XOR</h1>' }));
    assert.ok(isWebviewMessage({ type: 'firstScreen', html: 'x'.repeat(MAX_FIRST_SCREEN) }));
    for (const html of ['x'.repeat(MAX_FIRST_SCREEN + 1), 3, null, undefined, ['<p>']])
      assert.equal(isWebviewMessage({ type: 'firstScreen', html }), false, String(html).slice(0, 40));
  });
});

describe('host → panel: analysis', () => {
  const explain = {
    exampleAxis: 0,
    activations: ['relu', 'sigmoid'],
    alphas: [0.01, 0.01],
    loss: 'binary_cross_entropy',
    optimizer: 'gd',
    learningRate: 0.5,
  };
  const analysis = { type: 'analysis', name: 'xor', diagnostics: [], runnable: true, exampleAxis: 0, explain };
  test('says which axis holds the examples, for the matrices and for explaining them', () => {
    assert.ok(isHostMessage(analysis));
    assert.ok(isHostMessage({ ...analysis, exampleAxis: 1, explain: undefined }));
    for (const axis of [undefined, 2, -1, 'rows', '0']) {
      assert.equal(isHostMessage({ ...analysis, exampleAxis: axis }), false, `exampleAxis ${String(axis)}`);
      assert.equal(isHostMessage({ ...analysis, explain: { ...explain, exampleAxis: axis } }), false);
    }
  });

  test('an explain context carrying a layout in place of the axis is refused', () => {
    const { exampleAxis: _, ...withoutAxis } = explain;
    assert.equal(isHostMessage({ ...analysis, explain: { ...withoutAxis, layout: 'rows' } }), false);
    assert.equal(isHostMessage({ ...analysis, explain: { ...explain, activations: 'relu' } }), false);
  });

  test("the first step's sizes are whole positive counts, n[0] to n[L] and m", () => {
    assert.ok(isHostMessage({ ...analysis, firstStep: { sizes: [2, 4, 1], m: 400 } }));
    const bad = [
      { sizes: [2], m: 4 },
      { sizes: [2, 0, 1], m: 4 },
      { sizes: [2, 1.5], m: 4 },
      { sizes: [2, 1], m: 0 },
      { sizes: '2,1', m: 4 },
      [2, 1],
    ];
    for (const firstStep of bad)
      assert.equal(isHostMessage({ ...analysis, firstStep }), false, JSON.stringify(firstStep));
  });
});

describe('host → panel: points', () => {
  const points = { x: [0.5, -1], y: [2, 0.25], label: [1, 0], test: [false, true] };
  const message = { type: 'points', uri: 'file:///w/flower.nnspec', version: 2, points };
  test('are accepted with a uri and four columns of one length, and refused otherwise', () => {
    assert.ok(isHostMessage(message));
    assert.ok(isHostMessage({ ...message, version: undefined }));
    const bad = [
      { ...message, uri: undefined },
      { ...message, version: 1.5 },
      { ...message, points: undefined },
      { ...message, points: { ...points, y: [2] } },
      { ...message, points: { ...points, test: 'no' } },
      { ...message, points: [points] },
    ];
    for (const m of bad) assert.equal(isHostMessage(m), false, JSON.stringify(m));
  });
});

describe('host → panel: boundary', () => {
  const grid = { step: 4, xMin: 0, xMax: 1, yMin: 0, yMax: 1, resolution: 2, classes: 1 };
  const boundary = { ...grid, output: Float64Array.of(0.1, 0.9, 0.4, 0.6), hidden: [Float64Array.of(1, 0, 0, 1)] };
  test('is accepted with its grids as typed arrays, as the worker makes them, and refused with plain lists', () => {
    assert.ok(isHostMessage({ type: 'boundary', runId: 2, boundary }));
    assert.equal(
      isHostMessage({ type: 'boundary', runId: 2, boundary: { ...boundary, output: [0.1, 0.9, 0.4, 0.6] } }),
      false,
    );
    assert.equal(isHostMessage({ type: 'boundary', boundary }), false);
  });
});

describe('host → panel: snapshot', () => {
  const whole = { rows: 2, cols: 3, data: new Float64Array(6) };
  const sampled = { ...whole, of: { rows: 4, cols: 9, rowIndex: [0, 2], colIndex: [1, 4, 8] } };
  const snapshot = (W: object) => ({ step: 0, cost: 1, exampleAxis: 1, X: whole, Y: whole, layers: [{ W, b: whole }] });
  const message = (W: object) => ({ type: 'snapshot', runId: 1, inReplyTo: 3, snapshot: snapshot(W) });

  test('a sampled matrix is accepted when it says where it sits in the whole one', () => {
    assert.ok(isHostMessage(message(whole)));
    assert.ok(isHostMessage(message(sampled)));
  });

  test('and refused when its indices do not fit it: too few, out of range, or not ascending', () => {
    const bad = (of: object) => isHostMessage(message({ ...whole, of: { ...sampled.of, ...of } }));
    assert.equal(bad({ rowIndex: [0] }), false);
    assert.equal(bad({ colIndex: [1, 4, 9] }), false);
    assert.equal(bad({ colIndex: [4, 1, 8] }), false);
    assert.equal(bad({ rows: -1 }), false);
    assert.equal(bad({ rowIndex: 'all' }), false);
  });
});
