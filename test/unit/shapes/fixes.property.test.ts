// Property: on example specs mutated the ways students change them (units, input, layout, loss,
// activations, matrices written or transposed), every quick fix removes its own diagnostic.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { applyEdits } from '../../../src/core/spec/edits';
import { parseSpec } from '../../../src/core/spec/index';
import { XOR } from '../spec/helpers';
import { analyzed, applyFix, EXAMPLES, stillThere } from './fixTools';

const BASES = [
  XOR,
  XOR.replace('layout: columns', 'layout: rows')
    .replace('X: [[0, 0, 1, 1],\n        [0, 1, 0, 1]]', 'X: [[0, 0], [0, 1], [1, 0], [1, 1]]')
    .replace('Y: [[0, 1, 1, 0]]', 'Y: [[0], [1], [1], [0]]'),
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.nnspec'))
    .sort()
    .map((f) => readFileSync(join(EXAMPLES, f), 'utf8')),
];

type Mutation = (text: string) => string;

/** Replaces the YAML node at `path` (found by the parser) with `to`; the text unchanged when there is none. */
function replaceNode(text: string, path: string, to: (source: string) => string): string {
  const r = parseSpec(text).ranges.get(path);
  if (!r) return text;
  const lines = text.split('\n');
  const source =
    r.line === r.endLine
      ? lines[r.line - 1].slice(r.column - 1, r.endColumn - 1)
      : [
          lines[r.line - 1].slice(r.column - 1),
          ...lines.slice(r.line, r.endLine - 1),
          lines[r.endLine - 1].slice(0, r.endColumn - 1),
        ].join('\n');
  return applyEdits(text, [{ range: r, text: to(source) }]);
}

const flow = (m: number[][]) => `[${m.map((row) => `[${row.join(', ')}]`).join(', ')}]`;

const matrix = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([r, c]) =>
    fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  );

const layerIndex = fc.integer({ min: 0, max: 2 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(layerIndex, fc.integer({ min: 1, max: 5 })).map(
    ([i, n]): Mutation =>
      (t) =>
        replaceNode(t, `network.layers.${i}.units`, () => String(n)),
  ),
  fc.integer({ min: 1, max: 5 }).map(
    (n): Mutation =>
      (t) =>
        replaceNode(t, 'network.input', () => String(n)),
  ),
  fc.constant<Mutation>((t) => t.replace(/^ {2}input: \d+\n/m, '')),
  fc.constantFrom('columns', 'rows').map(
    (l): Mutation =>
      (t) =>
        replaceNode(t, 'layout', () => l),
  ),
  fc.constant<Mutation>((t) => t.replace(/^layout: \w+\n/m, '')),
  fc.constantFrom('binary_cross_entropy', 'cross_entropy', 'mse').map(
    (l): Mutation =>
      (t) =>
        replaceNode(t, 'loss', () => l),
  ),
  fc.tuple(layerIndex, fc.constantFrom('sigmoid', 'tanh', 'relu', 'linear', 'softmax')).map(
    ([i, a]): Mutation =>
      (t) =>
        replaceNode(t, `network.layers.${i}.activation`, () => a),
  ),
  fc.tuple(layerIndex, fc.constantFrom('W', 'b'), matrix).map(
    ([i, key, m]): Mutation =>
      (t) =>
        replaceNode(t, `network.layers.${i}.activation`, (a) => `${a}\n      ${key}: ${flow(m)}`),
  ),
  fc.tuple(fc.constantFrom('X', 'Y'), matrix).map(
    ([key, m]): Mutation =>
      (t) =>
        replaceNode(t, `data.inline.${key}`, () => flow(m)),
  ),
  fc
    .constantFrom('data.inline.X', 'data.inline.Y', 'network.layers.0.W', 'network.layers.1.W', 'network.layers.0.b')
    .map(
      (path): Mutation =>
        (t) =>
          replaceNode(t, path, (source) => {
            const m = parse(source) as unknown;
            if (!Array.isArray(m) || !m.every((row) => Array.isArray(row))) return source;
            const rows = m as unknown[][];
            return flow(rows[0].map((_, j) => rows.map((row) => row[j] as number)));
          }),
    ),
);

describe('quick fixes on mutated example specs', () => {
  test('every quick fix removes its own diagnostic', () => {
    let applied = 0;
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(mutation, { minLength: 1, maxLength: 3 }), (base, mutations) => {
        const text = mutations.reduce((t, m) => m(t), base);
        const before = analyzed(text);
        assert.ok(!before.diagnostics.some((d) => d.code === 'internal-error'), JSON.stringify(before.diagnostics));
        for (const d of before.diagnostics) {
          for (const fix of d.fixes ?? []) {
            applied++;
            const left = stillThere(d, before, analyzed(applyFix(text, fix)));
            assert.equal(left, undefined, `'${fix.title}' left ${d.code} '${d.message}' in:\n${text}`);
          }
        }
      }),
      { seed: 20261209, numRuns: 250 },
    );
    // The mutations must reach the shape checks often enough for the property to mean something.
    assert.ok(applied >= 150, `only ${applied} fixes were tried`);
  });
});
