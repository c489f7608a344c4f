// The command line's own words in Korean: a run that diverges (the trainer's message, `nnspec train --lang ko`
// in the terminal and in --json, whose diagnostics are in the chosen language too), the usage, argument mistakes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { render } from '../../../src/core/messages/message';
import { EXAMPLES, runThenEnglish as run, specFile } from '../cli/helpers';
import { divergedTrainer } from '../engine/fixtures';

/** Linear regression at α = 50: J overflows within a few hundred steps. */
const DIVERGING = `name: too fast
seed: 1
data:
  generate:
    kind: linear
    samples: 50
network:
  input: 2
  layers:
    - units: 1
      activation: linear
loss: mse
training:
  iterations: 2000
  learning_rate: 50
`;

describe('a diverged run in Korean', () => {
  test('the trainer keeps the message it rendered in English, which reads in Korean too', () => {
    const trainer = divergedTrainer();
    const d = trainer.divergence!;
    assert.equal(render('en', d.l10n), d.message);
    assert.match(
      render('ko', d.l10n),
      new RegExp(
        `^스텝 ${d.step}에서 학습이 발산했습니다: 비용이 (Infinity|NaN)이\\(가\\) 되었습니다\\. ` +
          '학습률\\(α = 10\\)이 너무 큰 것 같습니다\\. 1 이하로 줄여 보세요\\.$',
      ),
    );
  });

  test('nnspec train --lang ko says it in Korean, in the terminal and in --json; English unchanged', () => {
    const file = specFile(DIVERGING);
    const ko = run(['--lang', 'ko', 'train', file]);
    assert.equal(ko.code, 1);
    assert.match(
      ko.err,
      /^스텝 \d+에서 학습이 발산했습니다: .*학습률\(α = 50\)이 너무 큰 것 같습니다\. 5 이하로 줄여 보세요\.$/m,
    );
    const en = run(['train', file]);
    assert.match(en.err, /^Training diverged at step \d+: .*\(α = 50\) is probably too large; try 5 or smaller\.$/m);
    const diverged = (argv: string[]) =>
      (JSON.parse(run([...argv, 'train', file, '--json']).out) as { diverged: { step: number; message: string } })
        .diverged;
    const [jsonKo, jsonEn] = [diverged(['--lang', 'ko']), diverged([])];
    assert.deepEqual(Object.keys(jsonEn), ['step', 'message']);
    assert.equal(jsonKo.step, jsonEn.step);
    assert.match(jsonEn.message, /^Training diverged at step \d+/);
    assert.match(jsonKo.message, /^스텝 \d+에서 학습이 발산했습니다/);
  });
});

describe("the usage and the command line's own mistakes in Korean", () => {
  const broken = join(EXAMPLES, 'broken-shapes.nnspec');
  const hangul = /[가-힣]/;

  test('--help in Korean: every command with its description in Korean, the synopses as typed', () => {
    const [ko, en] = [run(['--lang', 'ko', '--help']).out, run(['--help']).out];
    const synopses = (s: string) => [...s.matchAll(/^ {2}(nnspec \w+ +[^가-힣\n]*?)(?= {2,}|$)/gm)].map((m) => m[1]);
    assert.deepEqual(synopses(ko), synopses(en));
    assert.equal(synopses(en).length, 7);
    assert.match(en, /^ {2}nnspec check {2}FILE \[--json\] {12}diagnostics; exit 1 when there is an error$/m);
    const usage = (s: string) => s.split('\n').filter((l) => l.startsWith('  '));
    const [koLines, enLines] = [usage(ko), usage(en)];
    assert.equal(koLines.length, enLines.length);
    // Only the lines with a description differ; the others are a synopsis alone.
    const translated = koLines.filter((l, i) => l !== enLines[i]);
    assert.equal(translated.length, 6, translated.join('\n'));
    for (const line of translated) assert.match(line, hangul, line);
    assert.deepEqual(
      koLines.filter((l, i) => l === enLines[i]).map((l) => l.trim().split(' ')[1]),
      ['train', 'export', 'diff'],
    );
  });

  test('a train that cannot run, an export refused and a usage mistake, in Korean', () => {
    const train = run(['--lang', 'ko', 'train', broken]);
    assert.match(train.err, /broken-shapes\.nnspec: 학습하지 않음: 오류 1개, 경고 0개\.$/);
    const to = run(['--lang', 'ko', 'export', broken, '--to', 'numpi']);
    assert.equal(to.code, 2);
    assert.match(to.err, /--to는 numpy 또는 pytorch여야 합니다\('numpi'이\(가\) 아님\)\. 'numpy'을\(를\) 뜻했나요\?/);
    const n = run(['--lang', 'ko', 'train', broken, '--iterations', 'x']);
    assert.match(n.err, /--iterations은\(는\) 1부터 10,000,000까지인 정수여야 합니다/);
  });

  test("an option parseArgs cannot take is named in Korean; in English as Node's parseArgs says it", () => {
    const ko = (argv: string[]) => run(['--lang', 'ko', ...argv]).err.split('\n')[0];
    assert.match(ko(['check', 'x', '--foo']), /^nnspec: 알 수 없는 옵션 '--foo'\./);
    assert.equal(ko(['train', 'x', '--steps']), "nnspec: 옵션 '--steps'에 값이 없습니다: --steps <값>처럼 쓰세요.");
    assert.equal(ko(['check', 'x', '--json=1']), "nnspec: 옵션 '--json'은(는) 값을 받지 않습니다.");
    assert.match(ko(['train', 'x', '--steps', '-1']), /^nnspec: 옵션 '--steps'의 값이 '-'로 시작해 모호합니다\.$/);
    const en = run(['check', 'x', '--foo']);
    assert.equal(en.code, 2);
    assert.match(en.err, /^nnspec: Unknown option '--foo'\. To specify a positional argument starting with a '-'/);
    assert.match(run(['train', 'x', '--steps']).err, /^nnspec: Option '--steps <value>' argument missing\n/);
  });

  test('an export refused for too many generated points says why in Korean', () => {
    const flower = readFileSync(join(EXAMPLES, 'planar-flower.nnspec'), 'utf8');
    const file = specFile(flower.replace('samples: 400', 'samples: 30000'));
    const r = run(['--lang', 'ko', 'export', file, '--to', 'numpy']);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /: 내보내지 않음: 내보내기는 생성된 점을 스크립트 안에 적는데, 샘플 30000개는 20000개보다 많습니다: /,
    );
  });
});
