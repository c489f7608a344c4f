// Fuzzing --set overrides and compare: variants through parseSpec: every range inside the text,
// every code of the registry's form, no error from YAML itself when a spec came out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseSpec } from '../../../src/core/spec/index';
import { parseSetArgument, type Override } from '../../../src/core/spec/overrides';
import type { Range } from '../../../src/core/spec/types';
import { XOR } from './helpers';

function assertInside(lines: string[], range: Range, what: string): void {
  const fits = (line: number, column: number) =>
    line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length + 1;
  assert.ok(fits(range.line, range.column), `${what}: start ${JSON.stringify(range)} outside the text`);
  assert.ok(fits(range.endLine, range.endColumn), `${what}: end ${JSON.stringify(range)} outside the text`);
  assert.ok(
    range.endLine > range.line || (range.endLine === range.line && range.endColumn >= range.column),
    `${what}: end before start`,
  );
}

function assertSound(text: string, overrides: Override[] = []): void {
  const r = parseSpec(text, overrides);
  const lines = text.split(/\r\n|\r|\n/); // VS Code's lines, as the parser counts them
  assert.ok(Array.isArray(r.diagnostics));
  for (const d of r.diagnostics) {
    assertInside(lines, d.range, `${d.code} '${d.message}'`);
    assert.match(d.code, /^[a-z]+(-[a-z]+)*(-W|-b)?$/);
    for (const f of d.fixes ?? []) assertInside(lines, f.range, `fix of ${d.code}`);
  }
  for (const [path, range] of r.ranges) assertInside(lines, range, `range of '${path}'`);
  if (r.spec) assert.ok(!r.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('yaml')));
}

/** Pieces a mutation can insert: YAML syntax, keys, values and whitespace of every kind. */
const PIECES = [
  '\n',
  '  ',
  '\t',
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '#',
  '"',
  "'",
  '---\n',
  'units: ',
  'activation: ',
  '0',
  '-1',
  '1e9',
  'relu',
  'null',
  '~',
  '!!str ',
  '? ',
  '|',
  '>',
  '\r\n',
  '\u00a0',
  '\u0000',
];

describe('parseSpec fuzzing with overrides and variants', () => {
  test('YAML-ish mutations of a spec with compare: variants', () => {
    const text0 = `${XOR}compare:
  - name: zero init
    set: { network.init: zeros, network.layers.2.units: 1 }
  - name: lr
    set:
      training.learning_rate: 0.1
      network.layers.1.W: [[1, 2], [3, 4], [5, 6], [7, 8]]
`;
    const pieces = [...PIECES, 'set: ', 'name: ', 'compare', 'network.layers.', 'training.', '.2', '.0', 'W: [[1]]'];
    const mutation = fc.tuple(fc.nat(text0.length), fc.nat(12), fc.constantFrom(...pieces));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = text0;
        for (const [at, cut, piece] of edits) {
          const i = Math.min(at, text.length);
          text = text.slice(0, i) + piece + text.slice(i + Math.min(cut, 3));
        }
        assertSound(text);
      }),
      { numRuns: 150 },
    );
  });

  test('random --set PATH=VALUE, alone and on a spec with compare:', () => {
    const known = ['training.learning_rate', 'network.layers.1.units', 'network.layers.3', 'network.layers.2.W'];
    const paths = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(...known, 'training.regularization.l2', 'seed'),
    );
    const values = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('[[1, 2]]', '{l2: 1}', '', '[', '*a', '&a [1]'),
    );
    const withCompare = `${XOR}compare:\n  - { name: a, set: { network.layers.2.units: 2, seed: 3 } }\n`;
    fc.assert(
      fc.property(fc.array(fc.tuple(paths, values), { minLength: 1, maxLength: 3 }), (pairs) => {
        const overrides = pairs
          .map(([p, v]) => parseSetArgument(`${p}=${v}`))
          .filter((o): o is Override => typeof o !== 'string');
        assertSound(XOR, overrides);
        assertSound(withCompare, overrides);
      }),
      { numRuns: 150 },
    );
  });
});
