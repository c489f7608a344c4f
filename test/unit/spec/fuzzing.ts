// The fuzzer's parts: a seeded random source, specs to start from, the edits it makes, and the
// properties every analysis must have (ranges inside the text as VS Code counts lines, fixes that
// remove their diagnostic, messages free of raw control characters, no internal error).
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../../src/core/analyze';
import type { DataIO } from '../../../src/core/data';
import type { Diagnostic, Fix, Range } from '../../../src/core/spec/types';
import { memoryIO } from '../data/spec-fixture';
import { flowerSpec, XOR } from './helpers';

/** mulberry32: small, fast and the same on every machine. */
export class Rng {
  constructor(private state: number) {}

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

export const HOUSES_CSV = 'size,bedrooms,price\n2104,3,399.9\n1600,3,329.9\n2400,3,369\n1416,2,232\n';
export const IO: DataIO = memoryIO({ 'houses.csv': HOUSES_CSV });

const CSV_SPEC = `name: houses
data:
  csv:
    path: houses.csv
    features: [size, bedrooms]
    target: price
  normalize: standard
network:
  layers:
    - units: 3
      activation: relu
    - units: 1
      activation: linear
loss: mse
training:
  epochs: 20
  batch_size: 2
  learning_rate: 0.01
  optimizer: adam
  regularization:
    l2: 0.1
`;

const ROWS_SPEC = `layout: rows
seed: 3
data:
  inline:
    X: [[0, 0], [0, 1], [1, 0], [1, 1]]
    Y: [[0], [1], [1], [0]]
network:
  init: xavier
  layers:
    - units: 2
      activation: leaky_relu
      alpha: 0.1
      W: [[0.1, -0.2], [0.3, 0.4]]
      b: [[0, 0]]
    - units: 1
      activation: sigmoid
loss: binary_cross_entropy
training:
  iterations: 50
  learning_rate: 0.5
  optimizer: momentum
`;

const SPIRAL_SPEC = `data:
  generate: {kind: spiral, samples: 90, classes: 3, noise: 0.2}
  test_split: 0.2
network:
  layers:
    - {units: 8, activation: relu}
    - {units: 3, activation: softmax}
loss: cross_entropy
training: {iterations: 20, learning_rate: 1}
`;

export const BASES = [XOR, flowerSpec('columns', 60), flowerSpec('rows', 40), CSV_SPEC, ROWS_SPEC, SPIRAL_SPEC];

const FLOWER = flowerSpec('columns', 400);

/** The texts of issue 13's reproductions, each run as a case of its own. */
export const REPRODUCTIONS = [
  FLOWER.replace('iterations: 10', 'iterations: 1000000000000'),
  FLOWER.replace('iterations: 10', 'epochs: 1e308'),
  ...['2000', '100000', '1e6', '1e9'].map((u) => FLOWER.replace('units: 4', `units: ${u}`)),
  FLOWER.replace('samples: 400', 'samples: 1000000'),
  ...['20000', '1000000'].map((k) =>
    FLOWER.replace('kind: flower, samples: 400', `kind: spiral, samples: 90000, classes: ${k}`),
  ),
  ...['/etc/shadow', '../../etc/passwd', '/dev/zero'].map((p) => CSV_SPEC.replace('houses.csv', p)),
  XOR.replace('seed: 7', 'seed\u00a0: 7').replace('iterations: 1000', 'iterations: 1000\u3000'),
  `${'k'.repeat(30_000)}:\n${'  - 1\n'.repeat(2000)}${XOR}`,
  `${XOR}"": 1\n"": 2\n? |\n\n: 3\n? |\n\n: 4\n`,
  `\ufeff${XOR}`,
  XOR.replace(/\n/g, '\r'),
  XOR.replace(/\n/g, '\r\n'),
  XOR.replace('seed: 7', '"\u001b[31mseed\u001b[0m": 7'),
  XOR.replace('seed: 7', 'seed: 4294967296'),
  `${XOR}x: ${'- '.repeat(120_000)}1\n`,
];

/** Pieces an edit inserts: YAML syntax, keys, values, numbers past every limit, odd characters of every kind. */
export const PIECES = [
  ...['\n', '  ', '\t', ':', ': ', '- ', '[', ']', '{', '}', ',', '&a ', '*a', '#', '"', "'", '---\n', '? ', '|', '>'],
  ...['units: ', 'activation: ', 'seed: ', 'epochs: ', 'classes: ', 'samples: ', 'path: ', 'W: ', 'b: '],
  ...['0', '-1', '1e9', '1e12', '1e308', '4294967296', '.nan', '.inf', '-0', '0x10', 'relu', 'full', 'null', '~'],
  ...['[[1, 2], [3]]', '[1, 2, 3]', '[[0.1]]', '!!str ', '../../etc/passwd', '/dev/zero'],
  ...['\r', '\r\n', '\ufeff', '\u00a0', '\u3000', '\u2009', '\u200b', '\u2028', '\u202f', '\u0085'],
  ...['\u0000', '\u001b[31m', '\u007f', '\u009b', '\u202e', 'é', '😀', '\ud800'],
  ...['- '.repeat(250), '['.repeat(220), 'k'.repeat(3000), `${'a: '.repeat(5)}1`],
];

/** Values a key may be given: every type, every limit. */
const VALUES = [
  '0',
  '1',
  '-3',
  '2.5',
  '1e6',
  '1e12',
  '1e308',
  '4294967296',
  'full',
  'relu',
  'yes',
  '[]',
  '{}',
  '',
  '"\u00a0"',
];

/** The text as an editor holds it: a leading BOM is not part of the document. */
export function editorText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offsets where each line starts under VS Code's rules ("\r\n", "\r" and "\n" end a line), and each line's length. */
function editorLines(text: string): { starts: number[]; lengths: number[] } {
  const starts = [0];
  const lengths: number[] = [];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lengths.push(m.index - starts[starts.length - 1]);
    starts.push(m.index + m[0].length);
  }
  lengths.push(text.length - starts[starts.length - 1]);
  return { starts, lengths };
}

function assertInside(lines: { lengths: number[] }, r: Range, what: string): void {
  const fits = (line: number, column: number) =>
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    line >= 1 &&
    line <= lines.lengths.length &&
    column >= 1 &&
    column <= lines.lengths[line - 1] + 1;
  assert.ok(fits(r.line, r.column), `${what}: start ${JSON.stringify(r)} outside the text`);
  assert.ok(fits(r.endLine, r.endColumn), `${what}: end ${JSON.stringify(r)} outside the text`);
  assert.ok(r.endLine > r.line || (r.endLine === r.line && r.endColumn >= r.column), `${what}: end before start`);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Analyses `text` and checks every diagnostic; returns the analysis and how long it took. */
export function analyzeSound(text: string): { analysis: Analysis; ms: number } {
  const t0 = performance.now();
  const analysis = analyze(text, IO);
  const ms = performance.now() - t0;
  const lines = editorLines(editorText(text));
  for (const d of analysis.diagnostics) {
    const what = `${d.code} '${d.message}'`;
    assert.notEqual(d.code, 'internal-error', what);
    assert.ok(!RAW_CONTROL.test(d.message), `${what}: raw control character`);
    assertInside(lines, d.range, what);
    for (const f of d.fixes ?? []) assertInside(lines, f.range, `fix '${f.title}' of ${what}`);
  }
  for (const [path, range] of analysis.parse.ranges) assertInside(lines, range, `range of '${path}'`);
  return { analysis, ms };
}

/** The editor's text with `fix` applied. */
export function applyFix(text: string, fix: Fix): string {
  const { starts } = editorLines(text);
  const offset = (line: number, column: number) => starts[line - 1] + column - 1;
  return (
    text.slice(0, offset(fix.range.line, fix.range.column)) +
    fix.text +
    text.slice(offset(fix.range.endLine, fix.range.endColumn))
  );
}

function sameAs(d: Diagnostic): (e: Diagnostic) => boolean {
  return (e) => e.code === d.code && e.message === d.message;
}

/** Applying each fix leaves fewer diagnostics with that code and message. Returns the time of the slowest analysis. */
export function assertFixesWork(text: string, analysis: Analysis): number {
  let slowest = 0;
  const base = editorText(text);
  for (const d of analysis.diagnostics) {
    for (const fix of d.fixes ?? []) {
      const fixed = applyFix(base, fix);
      const { analysis: after, ms } = analyzeSound(fixed);
      slowest = Math.max(slowest, ms);
      const before = analysis.diagnostics.filter(sameAs(d)).length;
      const left = after.diagnostics.filter(sameAs(d)).length;
      assert.ok(left < before, `the fix '${fix.title}' of ${d.code} '${d.message}' left it in:\n${fixed}`);
    }
  }
  return slowest;
}

function insert(rng: Rng, text: string): string {
  const at = rng.int(text.length + 1);
  return text.slice(0, at) + rng.pick(PIECES) + text.slice(at + rng.int(4));
}

function changeValue(rng: Rng, text: string): string {
  const lines = text.split('\n');
  const i = rng.int(lines.length);
  lines[i] = lines[i].replace(/:\s.*$/, `: ${rng.pick(VALUES)}`);
  return lines.join('\n');
}

function shuffleLines(rng: Rng, text: string): string {
  const lines = text.split('\n');
  return Array.from({ length: rng.int(lines.length * 2) }, () => rng.pick(lines)).join('\n');
}

function lineEndings(rng: Rng, text: string): string {
  const ending = rng.pick(['\r\n', '\r', '\n\r', '\r\r\n']);
  const converted = text.replace(/\n/g, () => (rng.next() < 0.7 ? ending : '\n'));
  return rng.next() < 0.3 ? `\ufeff${converted}` : converted;
}

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyz_019.-: \n\t[]{},#&*!|>\'"?%@`',
  '\r',
  '\u00a0',
  '\u3000',
  '\u001b',
  '\u0000',
  'é',
];

function randomText(rng: Rng): string {
  return Array.from({ length: rng.int(300) }, () => rng.pick(ALPHABET)).join('');
}

/** One case: mostly edits of a valid spec, some line-ending changes, some noise. */
export function makeCase(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.08) return randomText(rng);
  let text = rng.pick(BASES);
  if (roll < 0.18) return shuffleLines(rng, text);
  const edits = 1 + rng.int(4);
  for (let k = 0; k < edits; k++) text = rng.next() < 0.75 ? insert(rng, text) : changeValue(rng, text);
  return roll < 0.35 ? lineEndings(rng, text) : text;
}
