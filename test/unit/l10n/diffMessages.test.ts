// nnspec diff's own sentences in Korean with --lang ko: a hint (the missing 1/m), a trace that cannot be
// read, matrices of the wrong shape, the divergence note and the words of a formula; none of them is
// written in place in src/core/diff (they are catalog ids, complete in both languages).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../../../src/cli';

const root = join(__dirname, '..', '..', '..');
const planar = join(root, 'examples', 'planar-flower.nnspec');
const dir = mkdtempSync(join(tmpdir(), 'nnspec-diff-ko-'));
const hangul = /[가-힣]/;

function cli(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let traces = 0;
/** `nnspec --lang LANG diff FILE TRACE` on a trace written to a file of its own; the trace's path reads as TRACE. */
function diff(lang: 'en' | 'ko', file: string, trace: object | string): { code: number; text: string } {
  const path = join(dir, `trace-${traces++}.json`);
  writeFileSync(path, typeof trace === 'string' ? trace : JSON.stringify(trace));
  const r = cli('--lang', lang, 'diff', file, path);
  return { code: r.code, text: `${r.out}\n${r.err}`.split(path).join('TRACE').trim() };
}

interface Trace {
  steps: { layers: Record<string, number[][]>[] }[];
  parameters: Record<string, number[][]>;
  [key: string]: unknown;
}

function ownTrace(file: string, steps: number, iterations: number): Trace {
  const r = cli('train', file, '--json', '--steps', String(steps), '--iterations', String(iterations));
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as Trace;
}

// Keys of the trace file, course notation and names that are the same in every language.
const AS_WRITTEN =
  /\b(?:TRACE|nnspec|steps|costs|cost|layers|parameters|finalCost|layout|columns|rows|tanh|sigmoid|log|sqrt|Adam|export|FILE|numpy|diff|helper|JSON)\b/g;

/** The lines' words once notation (W[1], steps[0].layers[1].dW, 1/m, --to), keys and quoted text are gone. */
const prose = (s: string) =>
  s
    .replace(/'[^']*'|"[^"]*"/g, '')
    .replace(/--?\w+/g, '')
    .replace(/[\w.]*[.[/_][\w.[\]/]*/g, '')
    .replace(AS_WRITTEN, '');

function assertKorean(text: string): void {
  assert.match(text, hangul);
  for (const line of text.split('\n')) assert.doesNotMatch(prose(line), /[A-Za-z]{3,}/, `English left in: ${line}`);
}

describe('nnspec diff --lang ko', () => {
  const own = ownTrace(planar, 1, 3);
  const clone = (): Trace => JSON.parse(JSON.stringify(own)) as Trace;

  test('the missing 1/m: the hint in Korean, the same numbers and formula as in English', () => {
    const t = clone();
    t.steps[0].layers[1].dW = t.steps[0].layers[1].dW.map((r) => r.map((x) => x * 400));
    const ko = diff('ko', planar, t);
    const en = diff('en', planar, t);
    assert.equal(ko.code, 1);
    assert.match(en.text, /\n {2}Every entry of yours is m = 400 times nnspec's: the 1\/m is missing\.\n/);
    assert.match(ko.text, /\n {2}내 값의 모든 원소가 nnspec 값의 m = 400배입니다: 1\/m이 빠졌습니다\.\n/);
    assert.match(ko.text, /\n {2}dW\[2\] = \(1\/m\) dZ\[2\] A\[1\]ᵀ\n/);
    assertKorean(ko.text);
  });

  test('a trace that cannot be read: every problem in Korean, places and keys as written', () => {
    const unreadable = { steps: [{ cost: 'x', layers: [{ dz: [[1]], A: [[1, 2], [3]] }, 5] }], cost: [1], costs: 3 };
    const ko = diff('ko', planar, unreadable);
    assert.equal(ko.code, 1);
    assert.match(ko.text, /^TRACE을\(를\) 비교할 수 없습니다:/);
    assert.match(ko.text, /steps\[0\]\.cost은\(는\) 숫자가 아니라 문자열 "x"입니다\./);
    assert.match(ko.text, /steps\[0\]\.layers\[0\]: 알 수 없는 키 'dz'입니다\. 'dZ'을\(를\) 쓰려던 건가요\?/);
    assert.match(ko.text, /steps\[0\]\.layers\[0\]\.A: 2행에는 숫자가 1개 있는데 1행에는 2개 있습니다\./);
    assert.match(ko.text, /트레이스: 알 수 없는 키 'cost'입니다\./);
    assert.match(ko.text, /costs은\(는\) 리스트가 아니라 3입니다\./);
    assertKorean(ko.text);
    const empty = diff('ko', planar, ' \n');
    assert.match(empty.text, /파일이 비어 있습니다/);
    assertKorean(empty.text);
    const nothing = diff('ko', planar, { shapes: {} });
    assert.match(nothing.text, /트레이스에 비교할 것이 없습니다/);
    assertKorean(nothing.text);
  });

  test("bad JSON: where it breaks in Korean, JSON.parse's own explanation kept as it is", () => {
    const ko = diff('ko', planar, '{"costs": [1, 2,, 3]}');
    assert.match(ko.text, /올바른 JSON이 아닙니다\(1번째 줄 17번째 글자, ", 3\]}" 부분\)\. \(JSON\.parse: .+\)$/);
    assertKorean(ko.text.replace(/\(JSON\.parse: .+\)$/, ''));
  });

  test('matrices of the wrong shape: transposed and mis-sized, with the batch of the step', () => {
    const t = clone();
    const dW = t.steps[0].layers[0].dW;
    t.steps[0].layers[0].dW = dW[0].map((_, j) => dW.map((r) => r[j]));
    t.steps[0].layers[1].Z = [[1, 2, 3]];
    const ko = diff('ko', planar, t);
    assert.match(
      ko.text,
      /steps\[0\]\.layers\[0\]\.dW은\(는\) \(2, 4\)인데, layout: columns에서 dW\[1\]은\(는\) \(4, 2\) = \(n\[1\], n\[0\]\)입니다\. 전치되어 있습니다/,
    );
    assert.match(ko.text, /스텝 0의 Z\[2\]\(배치의 m = 400\)은\(는\) \(1, 400\) = \(n\[2\], m\)입니다\./);
    assertKorean(ko.text);
  });

  test('a final parameter and finalCost: the words of their formulas in Korean', () => {
    const params = clone();
    params.parameters.b2[0][0] += 0.1;
    const p = diff('ko', planar, params);
    assert.match(p.text, /\n {2}3스텝 후의 b\[2\], 스텝마다 b\[2\] := b\[2\] - α db\[2\]\n/);
    assertKorean(p.text);
    const final = diff('ko', planar, { costs: own.costs, finalCost: 5 }); // compared after the 3 costs given
    assert.match(final.text, /3스텝 후의 파라미터로 학습 예제 m = 400개 전체에 대해/);
    assertKorean(final.text);
  });

  test("nnspec's run diverged: the note in Korean", () => {
    const spec = join(dir, 'diverges.nnspec');
    writeFileSync(
      spec,
      'name: diverges\nlayout: columns\ndata:\n  inline:\n    X: [[3, -3]]\n    Y: [[1, -1]]\nnetwork:\n  input: 1\n' +
        '  layers:\n    - units: 1\n      activation: linear\nloss: mse\ntraining:\n  iterations: 1000\n  learning_rate: 10\n',
    );
    const en = diff('en', spec, { finalCost: 1 });
    assert.match(
      en.text,
      /\nnnspec's run diverged at step \d+; the trace's later steps and final parameters were not compared\.$/,
    );
    const ko = diff('ko', spec, { finalCost: 1 });
    assert.equal(ko.code, 0);
    assert.match(
      ko.text,
      /\nnnspec의 실행이 스텝 \d+에서 발산했습니다\. 트레이스의 이후 스텝과 최종 파라미터는 비교하지 않았습니다\.$/,
    );
    assertKorean(ko.text);
  });
});

test('src/core/diff writes no English in place: every sentence is a catalog message', () => {
  const src = join(root, 'src', 'core', 'diff');
  const found: string[] = [];
  for (const f of readdirSync(src).filter((n) => n.endsWith('.ts'))) {
    const code = readFileSync(join(src, f), 'utf8')
      .replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$|\s\/\/ .*$/gm, '')
      .replace(/^import .*$/gm, '');
    for (const m of code.matchAll(/(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
      // Two words in a row, once the filled-in parts are gone: a sentence a person would read in English.
      if (/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(m[2].replace(/\$\{[^}]*\}/g, ''))) found.push(`${f}: ${m[0]}`);
    }
  }
  assert.deepEqual(found, []);
});
