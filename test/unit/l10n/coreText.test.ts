// The core's own text in Korean: explanations (same formulas and numbers as in English), entry errors,
// data-file and CSV problems, --set problems, run wording, and the shape table lined up by display width.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadDataset } from '../../../src/core/data';
import { displayWidth, padEndTo } from '../../../src/core/displayWidth';
import { explain, explainContext, type Explanation } from '../../../src/core/explain';
import { entryProblem } from '../../../src/core/explain/entry';
import { explanationText, explanationWords } from '../../../src/core/explain/text';
import { localizeDiagnostic } from '../../../src/core/messages/localize';
import { finishedSummary, progressLine, runStateText, stepsText, stoppedSummary } from '../../../src/core/runText';
import { parseSetArgument } from '../../../src/core/spec/overrides';
import { Trainer } from '../../../src/core/training/trainer';
import { makeSpec as dataSpec, memoryIO, rangesFor } from '../data/spec-fixture';
import { makeSpec, randomData } from '../engine/fixtures';
import { runThenEnglish as run } from '../cli/helpers';

const hangul = /[가-힣]/;
/** Every number written in a text, sorted: what a translation must keep. */
const numbersIn = (s: string) => [...s.matchAll(/\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => m[0]).sort();
/** Every entry or matrix written in course notation, sorted: W[1]₂,ₖ, A[0], dZ[2]₁,ᵢ, X₁,₅. */
const notationIn = (s: string) =>
  [...s.matchAll(/(?<![A-Za-z])(?:d?[WbZA]\+?\[\d\][₀-₉ᵢₖ]*(?:,[₀-₉ᵢₖ]+)?|[XY][₀-₉ᵢₖ]+(?:,[₀-₉ᵢₖ]+)?)/g)]
    .map((m) => m[0])
    .sort();

describe('explanations in Korean', () => {
  // 12 examples, so sums over the batch are cut to the largest terms ("… and N more").
  const spec = makeSpec({
    layers: [
      { units: 3, activation: 'relu' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'binary_cross_entropy',
    initScale: 1,
    seed: 3,
  });
  const snapshot = new Trainer(spec, randomData(2, 1, 12, 'binary_cross_entropy', 4)).next(true)!.snapshot!;
  const of = (name: string, lang: 'en' | 'ko'): Explanation => {
    const r = explain(snapshot, explainContext(spec), name, lang);
    if (!r.ok) throw new Error(r.error);
    return r.explanation;
  };
  const ENTRIES = ['Z[1][2,3]', 'A[1][1,1]', 'dZ[1][1,2]', 'dZ[2][1,1]', 'dA[1][1,1]', 'dW[1][1,2]', 'db[2][1]'];

  for (const name of [...ENTRIES, 'W[1][1,1]', 'W+[2][1,2]', 'X[1,5]', 'Y[1,4]', 'J']) {
    test(`${name}: the same formulas, values and numbers, with the words in Korean`, () => {
      const [en, ko] = [of(name, 'en'), of(name, 'ko')];
      assert.deepEqual(
        ko.lines.map((l) => [l.lhs, notationIn(l.formula), numbersIn(l.formula)]),
        en.lines.map((l) => [l.lhs, notationIn(l.formula), numbersIn(l.formula)]),
      );
      assert.equal(ko.value, en.value);
      assert.deepEqual(
        ko.lines.map((l) => l.value),
        en.lines.map((l) => l.value),
      );
      assert.deepEqual(ko.operands, en.operands);
      assert.deepEqual(ko.links, en.links);
      assert.deepEqual(
        ko.terms.map((t) => [t.label, t.value]),
        en.terms.map((t) => [t.label, t.value]),
      );
      assert.ok(ko.notes.length > 0 && ko.notes.length === en.notes.length);
      for (const n of ko.notes) assert.match(n, hangul, n);
      for (const n of en.notes) assert.doesNotMatch(n, hangul, n);
      const [enText, koText] = [explanationText(en, 'f.nnspec', 'en'), explanationText(ko, 'f.nnspec', 'ko')];
      assert.deepEqual(numbersIn(koText), numbersIn(enText));
      assert.deepEqual(notationIn(koText), notationIn(enText));
    });
  }

  test('a sum cut short says "… and N more" in Korean, with the same sum', () => {
    const [en, ko] = [of('dW[1][1,2]', 'en'), of('dW[1][1,2]', 'ko')];
    assert.ok(en.truncated);
    assert.match(en.substituted, /… and 6 more \(sum -?[\d.e-]+\)/);
    const sum = /\(sum (-?[\d.e-]+)\)/.exec(en.substituted)![1];
    assert.ok(ko.substituted.includes(`… 그 밖에 6개 (합 ${sum})`), ko.substituted);
    const words = explanationWords(ko, 'ko');
    assert.equal(words.caption, '항 12개 중 가장 큰 6개');
    assert.match(words.more!, /^… 그 밖에 6개, 합 /);
    assert.equal(explanationWords(en, 'en').caption, 'The 6 largest of 12 terms');
  });

  test('relu′ reads its two cases in Korean and keeps the notation', () => {
    const ko = of('dZ[1][1,2]', 'ko');
    assert.match(ko.notes.join(' '), /relu'\(z\)는 z > 0이면 1, 아니면 0입니다/);
  });

  test('an entry that is not there is refused in Korean, naming it in notation', () => {
    const r = explain(snapshot, explainContext(spec), 'Z[3][1,1]', 'ko');
    assert.ok(!r.ok);
    assert.equal(r.error, 'Z[3]은(는) 없습니다: 네트워크가 층 2개이므로 l은 1–2입니다.');
    const dims = { sizes: [2, 3, 1], m: 12, layout: 'columns' as const };
    assert.match(entryProblem('Q[1][1,1]', dims, 'ko')!, /^'Q\[1\]\[1,1\]'의 'Q'은\(는\) 알 수 없는 행렬입니다/);
    assert.match(entryProblem('Z[1][9,1]', dims)!, /^Z\[1\]\[9,1\] is outside Z\[1\]/);
  });

  test('nnspec explain --lang ko prints the Korean explanation; without it, English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnspec-l10n-'));
    try {
      const file = join(dir, 'xor.nnspec');
      writeFileSync(file, XOR);
      const ko = run(['--lang', 'ko', 'explain', file, '--step', '1', '--entry', 'dW[1][1,1]']);
      assert.equal(ko.code, 0, ko.err);
      assert.match(ko.out, /의 스텝 1에서 dW\[1\]\[1,1\]: /);
      assert.match(ko.out, /dW\[1\]₁,₁ = \(1\/m\) Σᵢ A\[0\]ᵢ,₁ dZ\[1\]ᵢ,₁/, 'layout: rows, as in English');
      assert.match(ko.out, /i는 스텝 1 배치의 예제 m = 4개를 돕니다/);
      const en = run(['explain', file, '--step', '1', '--entry', 'dW[1][1,1]']);
      assert.doesNotMatch(en.out, hangul);
      assert.deepEqual(numbersIn(ko.out.replace(file, '')), numbersIn(en.out.replace(file, '')));
      const bad = run(['--lang', 'ko', 'explain', file, '--step', '0', '--entry', 'dW[0][1,1]']);
      assert.match(bad.err, /dW\[0\]은\(는\) 없습니다/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const XOR = `name: xor
data:
  inline:
    X: [[0, 0], [0, 1], [1, 0], [1, 1]]
    Y: [[0], [1], [1], [0]]
layout: rows
network:
  input: 2
  layers:
    - units: 3
      activation: tanh
    - units: 1
      activation: sigmoid
loss: binary_cross_entropy
training:
  iterations: 5
  learning_rate: 0.5
`;

describe('data problems in Korean', () => {
  const ranges = rangesFor(['data.csv.path', 'data.csv.features', 'data.csv.features.0', 'data.csv.target']);
  const load = (files: Record<string, string>, features: string[]) =>
    loadDataset(
      dataSpec({ kind: 'csv', path: 'd.csv', features, target: ['y'], oneHot: false }),
      ranges,
      memoryIO(files),
    ).diagnostics;

  test('a cell that is not a number: the file, line and column kept, the words in Korean', () => {
    const [d] = load({ 'd.csv': 'a,y\n1,0\nx,1\n' }, ['a']);
    assert.equal(d.code, 'data-csv-not-number');
    assert.equal(d.message, "'d.csv' line 3, column 'a': 'x' is not a number.");
    assert.equal(localizeDiagnostic(d, 'ko').message, "'d.csv' 3번째 줄, 열 'a': 'x'은(는) 숫자가 아닙니다.");
  });

  test('an unknown column with its fix, and a missing file, in Korean', () => {
    const [d] = load({ 'd.csv': 'size,y\n1,0\n' }, ['sise']);
    const ko = localizeDiagnostic(d, 'ko');
    assert.equal(ko.message, "'d.csv'에 'sise'라는 열이 없습니다. 'size'을(를) 뜻했나요?");
    assert.equal(ko.fixes![0].title, "'size'(으)로 변경");
    assert.equal(ko.fixes![0].text, 'size');
    const [gone] = load({}, ['a']);
    assert.match(gone.message, /^Cannot read data\.csv\.path 'd\.csv': no such file next to the spec/);
    assert.match(
      localizeDiagnostic(gone, 'ko').message,
      /^data\.csv\.path 'd\.csv'을\(를\) 읽을 수 없습니다: 스펙 옆에/,
    );
  });
});

describe('--set problems in Korean', () => {
  test('a PATH and VALUE that cannot be set, from the core and through nnspec --lang ko', () => {
    assert.match(parseSetArgument('training.learning_rate', 'ko') as string, /^--set은 PATH=VALUE 형식으로/);
    assert.match(parseSetArgument('name=[1', 'ko') as string, /^--set name=\[1: VALUE가 올바른 YAML이 아닙니다/);
    const dir = mkdtempSync(join(tmpdir(), 'nnspec-l10n-'));
    try {
      const file = join(dir, 'xor.nnspec');
      writeFileSync(file, XOR);
      const ko = run(['--lang', 'ko', 'shapes', file, '--set', 'network.layers.3.units=2']);
      assert.equal(ko.code, 2);
      assert.match(
        ko.err,
        /층 3은\(는\) 없습니다: 파일의 층은 층 2개\(network\.layers\.1부터 network\.layers\.2까지\)입니다/,
      );
      const typo = run(['--lang', 'ko', 'shapes', file, '--set', 'training.lerning_rate=0.1']);
      assert.match(typo.err, /training에 알 수 없는 키 'lerning_rate'가 있습니다\. training\.learning_rate을\(를\)/);
      const en = run(['shapes', file, '--set', 'network.layers.3.units=2']);
      assert.match(en.err, /There is no layer 3: the file has 2 layers, network\.layers\.1 to network\.layers\.2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('run wording in Korean', () => {
  test('steps, progress and summaries keep their numbers', () => {
    assert.equal(stepsText(0, 10, 'ko'), '아직 실행한 스텝 없음 (스텝 0–9)');
    assert.equal(stepsText(10, 10, 'ko'), '스텝 9 / 9 (스텝 10개 모두 완료)');
    assert.equal(stepsText(10, 10), 'step 9 / 9 (all 10 steps done)');
    assert.equal(progressLine(3, 10, { cost: 0.5, accuracy: 0.75 }, 'ko'), '스텝 2 / 9 · J 0.5 · 정확도 75.0%');
    assert.equal(stoppedSummary(3, 10, 'ko'), '스텝 10개 중 3개를 실행하고 멈췄습니다.');
    const where = { status: 'paused' as const, stale: true, stepsRun: 1200, totalSteps: 10000 };
    assert.equal(runStateText(where), 'paused at step 1199 / 9999, stale');
    assert.equal(runStateText(where, 'ko'), '일시 정지됨, 스텝 1199 / 9999, 지난 결과');
    assert.equal(runStateText({ ...where, status: 'done', stale: false, stepsRun: 1 }, 'ko'), '완료 (10000스텝)');
    const e = { cost: 0.25, accuracy: 1, testCost: 0.5, testAccuracy: 0.5 };
    const en = finishedSummary(10, e);
    assert.match(en, /^Trained all 10 steps \(0–9\); with the final parameters J = 0\.25, training accuracy 100\.0%/);
    const ko = finishedSummary(10, e, 'ko');
    assert.match(ko, hangul);
    assert.deepEqual(numbersIn(ko), numbersIn(en));
  });
});

describe('the shape table in a terminal', () => {
  /** Independent of displayWidth: Hangul syllables count two columns, anything else one. */
  const width = (s: string) => [...s].reduce((n, c) => n + (/[가-힣]/.test(c) ? 2 : 1), 0);

  test('displayWidth counts wide characters twice and combining marks not at all', () => {
    for (const s of ['층', 'layer', '활성화 함수', 'Z[l], A[l]', '파라미터', 'W[1]₂,ₖ'])
      assert.equal(displayWidth(s), width(s), s);
    assert.equal(displayWidth('활성화 함수'), 11);
    assert.equal(displayWidth('ｘ漢'), 4);
    assert.equal(displayWidth('v̂'), 1);
    assert.equal(padEndTo('층', 4), '층  ');
    assert.equal(padEndTo('layers', 4), 'layers');
  });

  test('nnspec shapes --lang ko: every column starts at the same terminal column in every row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnspec-l10n-'));
    try {
      const file = join(dir, 'xor.nnspec');
      writeFileSync(file, XOR);
      for (const lang of ['ko', 'en']) {
        const r = run(['--lang', lang, 'shapes', file]);
        assert.equal(r.code, 0, r.err);
        const table = r.out.split('\n').slice(1, 4); // the heading row and the two layers
        assert.equal(table.length, 3);
        const starts = (line: string) => {
          const out: number[] = [];
          for (const m of line.matchAll(/(?:^|\s{2,})(\S(?:\S| (?! ))*)/g))
            out.push(width(line.slice(0, m.index + m[0].length - m[1].length)));
          return out;
        };
        assert.equal(starts(table[0]).length, 7, table[0]);
        for (const row of table.slice(1)) assert.deepEqual(starts(row), starts(table[0]), `${lang}: ${row}`);
        if (lang === 'ko') assert.match(table[0], /^층 {2}유닛/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
