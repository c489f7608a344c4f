// Shared by the spec and shapes tests: a valid spec to start from, and where text sits in it.
import assert from 'node:assert/strict';
import type { Diagnostic, Range } from '../../../src/core/spec/types';

/** The course's 2-4-1 tanh/sigmoid network and its loss, as both fixtures write them. */
const NETWORK_2_4_1 = `network:
  input: 2
  layers:
    - units: 4
      activation: tanh
    - units: 1
      activation: sigmoid
loss: binary_cross_entropy
`;

export const XOR = `name: XOR with one hidden layer
seed: 7
layout: columns
data:
  inline:
    X: [[0, 0, 1, 1],
        [0, 1, 0, 1]]
    Y: [[0, 1, 1, 0]]
${NETWORK_2_4_1}training:
  iterations: 1000
  learning_rate: 1.2
`;

/** The course's planar flower network, 2-4-1 tanh/sigmoid, on generated data. */
export function flowerSpec(layout: 'columns' | 'rows' = 'columns', samples = 400): string {
  return `layout: ${layout}
data: {generate: {kind: flower, samples: ${samples}}}
${NETWORK_2_4_1}training: {iterations: 10, learning_rate: 1.2}
`;
}

/** The range of the `occurrence`-th appearance of `needle` in `text`, counted by hand from the characters. */
export function locate(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' (occurrence ${occurrence}) is not in the text`);
  }
  const position = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  };
  const s = position(at);
  const e = position(at + needle.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** The range of `needle` inside the first occurrence of `context` (one line), e.g. the 4 of 'units: 4'. */
export function within(text: string, context: string, needle: string): Range {
  const outer = locate(text, context);
  const inner = context.indexOf(needle);
  assert.ok(inner >= 0 && !context.includes('\n'), `'${needle}' is not inside '${context}'`);
  return { ...outer, column: outer.column + inner, endColumn: outer.column + inner + needle.length };
}

/** The one diagnostic with this code (fails when there is none or several). */
export function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(
    found.length,
    1,
    `expected one '${code}', got: ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`,
  );
  return found[0];
}

/** Replace exactly one occurrence of `from` (it must be there). */
export function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `'${from}' is not in the text`);
  return text.replace(from, to);
}
