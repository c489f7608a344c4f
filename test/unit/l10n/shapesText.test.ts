// The shape table's prose in Korean: where each size comes from (the panel's Shapes section, the chain's
// tooltips, the hovers), the chain's verdicts (notation only), and `nnspec shapes` / `nnspec check` with
// --lang ko; English unchanged.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { localizeShapes } from '../../../src/core/messages/localize';
import { diskIO } from '../../../src/node/dataFiles';
import { runThenEnglish as run } from '../cli/helpers';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const hangul = /[가-힣]/;

/** What is left of a text once its notation, keys, paths and values are gone: the words a person reads. */
const prose = (s: string) =>
  s
    .replace(/[\w.]*[.[/_][\w.[\]/]*/g, '') // data.csv.features, layers[1].units, n[0], data/houses.csv, test_split
    .replace(/\b(?:spiral|moons|circles|blobs|flower|linear|xor)\b/g, ''); // data.generate's kinds, as written

function example(name: string): Analysis {
  return analyze(readFileSync(join(EXAMPLES, name), 'utf8'), diskIO({ baseDir: EXAMPLES }));
}

/** broken-shapes.nnspec with network.input and an explicit W[1]: n[0] from network.input, a bias that does not fit. */
const BROKEN_INPUT = `name: input and bias
layout: columns
data:
  generate:
    kind: moons
    samples: 40
network:
  input: 3
  layers:
    - units: 2
      activation: tanh
      b: [[0], [0], [0]]
    - units: 1
      activation: sigmoid
loss: binary_cross_entropy
training:
  iterations: 5
  learning_rate: 0.1
`;

describe('the shape table in Korean', () => {
  const analyses = [
    ...readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.nnspec'))
      .map((f) => ({ name: f, a: example(f) })),
    { name: 'input and bias', a: analyze(BROKEN_INPUT, diskIO({ baseDir: EXAMPLES })) },
  ].filter((x) => x.a.shapes?.sources);

  test('every source of every example reads in Korean: no English words, the notation and values kept', () => {
    assert.ok(analyses.length >= 10, `only ${analyses.length} analyses with sources`);
    let checked = 0;
    for (const { name, a } of analyses) {
      const en = a.shapes!.sources!;
      const ko = localizeShapes(a.shapes!, a.diagnostics, 'ko').sources!;
      assert.equal(ko.length, en.length);
      ko.forEach((s, i) => {
        for (const text of [s.text, s.phrase]) {
          assert.match(text, hangul, `${name}: ${text}`);
          assert.doesNotMatch(prose(text), /[A-Za-z]{3,}/, `${name}: ${text}`);
        }
        assert.deepEqual({ ...s, text: '', phrase: '' }, { ...en[i], text: '', phrase: '' }, 'all but the words');
        const lead = /^(?:n\[\d+\]|m)(?: = \d+)?/.exec(en[i].text)![0];
        assert.ok(s.text.startsWith(lead), `${name}: ${s.text} keeps ${lead}`);
        checked++;
      });
    }
    assert.ok(checked >= 40, `only ${checked} sources`);
  });

  test('n[0] set by network.input reads in Korean; English stays as it was', () => {
    const a = analyses.find((x) => x.name === 'input and bias')!.a;
    const n0 = a.shapes!.sources!.find((s) => s.symbol === 'n[0]')!;
    assert.equal(n0.text, 'n[0] = 2 from data.generate: moons makes 2-D points');
    const ko = localizeShapes(a.shapes!, a.diagnostics, 'ko').sources!.find((s) => s.symbol === 'n[0]')!;
    assert.equal(ko.text, 'n[0] = 2 (출처: data.generate: moons의 2차원 점)');
    assert.equal(ko.phrase, '생성된 각 점의 좌표 2개');
    assert.equal(localizeShapes(a.shapes!, a.diagnostics, 'en'), a.shapes, 'English is the table itself');
  });

  test("the chain's verdicts are notation only: the same in every language", () => {
    const failures = analyses.flatMap(({ a }) => (a.shapes!.chain?.steps ?? []).flatMap((s) => s.failure ?? []));
    assert.ok(failures.length >= 2, failures.join('\n'));
    for (const f of failures)
      assert.doesNotMatch(f.replace(/\b[A-Za-z]+\[\d+\]/g, ''), /[A-Za-z]{2,}/, `${f} holds words`);
  });
});

describe('nnspec shapes and check in Korean', () => {
  const broken = join(EXAMPLES, 'broken-shapes.nnspec');

  test('nnspec shapes --lang ko: the heading line, the table and the diagnostic with its places in Korean', () => {
    const ko = run(['--lang', 'ko', 'shapes', broken]);
    assert.equal(ko.code, 1);
    const lines = ko.out.split('\n');
    assert.equal(lines[0], 'A dimension mismatch to fix — 레이아웃 columns, n[0] = 2, m = 4');
    assert.match(lines[1], /^층 {2}유닛 {2}활성화 함수/);
    const [diagnostic, ...places] = ko.err.split('\n');
    assert.match(
      diagnostic,
      /:21:10: 오류 W\[2\]의 형태는 \(1, 4\) = \(n\[2\], n\[1\]\)여야 하는데 .* \[shape-mismatch-W\]$/,
    );
    assert.deepEqual(
      places.map((p) => p.replace(/^.*\.nnspec:/, '')),
      ['17:14: n[1] = 4 (출처: layers[1].units)', '19:14: n[2] = 1 (출처: layers[2].units)'],
    );
  });

  test('without --lang, the same output in English, as before', () => {
    const en = run(['shapes', broken]);
    assert.equal(en.out.split('\n')[0], 'A dimension mismatch to fix — layout columns, n[0] = 2, m = 4');
    assert.match(en.err, /:21:10: error W\[2\] must be \(1, 4\)/);
    assert.match(en.err, /:17:14: n\[1\] = 4 from layers\[1\]\.units/);
    assert.doesNotMatch(en.out + en.err, hangul);
  });

  test('nnspec check --lang ko: the diagnostics, the counts and a file with no problems in Korean', () => {
    const ko = run(['--lang', 'ko', 'check', broken]);
    assert.equal(ko.code, 1);
    assert.match(ko.out, /: 오류 W\[2\]의 형태는/);
    assert.match(ko.out, /\n오류 1개, 경고 0개$/);
    const fine = run(['--lang', 'ko', 'check', join(EXAMPLES, 'xor.nnspec')]);
    assert.equal(fine.code, 0);
    assert.match(fine.out, /xor\.nnspec: 문제가 없습니다\.$/);
    assert.equal(run(['check', broken]).out.split('\n').at(-1), '1 error, 0 warnings');
  });
});
