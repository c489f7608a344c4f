// The run list's labels, the Compare command's keys and refusals, and the Node side's jobs read in Korean
// for a Korean editor, keys and values as written; in English they are what they were, byte for byte.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { addCompare } from '../../../src/core/experiments/addCompare';
import { changeSummary, describeChanges } from '../../../src/core/experiments/specChanges';
import { localizeDiagnostic } from '../../../src/core/messages/localize';
import { msg, render } from '../../../src/core/messages/message';
import { parseSpec } from '../../../src/core/spec';
import { failedAnalysis } from '../../../src/node/analysisProtocol';
import { compareKeys } from '../../../src/node/compareChoices';
import { diffJob } from '../../../src/node/diffJob';
import { explainJob } from '../../../src/node/explainJob';
import { exportJob } from '../../../src/node/exportJob';
import { fileRunLabel, RunHistory, type RunTrainer } from '../../../src/node/runHistory';
import { RunRecord } from '../../../src/node/runRecord';

const hangul = /[가-힣]/;
const examples = join(__dirname, '..', '..', '..', 'examples');
const xor = readFileSync(join(examples, 'xor.nnspec'), 'utf8');
const spec = (lr: number, extra = '') => `name: x\ntraining:\n  learning_rate: ${lr}\n  iterations: 10\n${extra}`;

/** A worker of finished runs that remembers why it was retired. */
class DoneWorker implements RunTrainer {
  alive = true;
  retiredWith?: string;
  private readonly records = new Map<number, RunRecord>();
  constructor(runIds: number[]) {
    for (const id of runIds) {
      const r = new RunRecord(id);
      r.add({ type: 'status', runId: id, status: 'running', stepsRun: 4, totalSteps: 10 });
      this.records.set(id, r);
    }
  }
  recordOf = (runId: number) => this.records.get(runId);
  stopRuns() {}
  retire(message: string) {
    this.retiredWith = message;
    this.alive = false;
  }
  forget() {}
  dispose() {
    this.alive = false;
  }
}

describe('the run list in the panel’s language', () => {
  test('first run, no change, the file: + compare, and what changed: in Korean, keys and values untouched', () => {
    const h = new RunHistory<DoneWorker>('ko');
    const first = new DoneWorker([1]);
    h.add(first, spec(1.2), [{ runId: 1 }]);
    h.add(new DoneWorker([2]), spec(0.5), [{ runId: 2 }]);
    h.add(new DoneWorker([3]), spec(0.5), [{ runId: 3 }]);
    const compare = '\ncompare:\n  - name: lr 0.1\n    set: { training.learning_rate: 0.1 }\n';
    h.add(new DoneWorker([4, 5]), spec(0.5, compare), [{ runId: 4 }, { runId: 5, variant: 'lr 0.1' }]);
    assert.deepEqual(
      h.summaries().map((r) => r.label),
      ['lr 0.1', '파일: + compare', '변경 없음', 'learning_rate 1.2 → 0.5', '첫 실행'],
    );
    assert.equal(first.retiredWith, '새 실행이 시작되어 멈췄습니다.');
    assert.equal(fileRunLabel(undefined, true, 'ko'), '파일');
  });

  test('English is unchanged: the default and an explicit en read the same', () => {
    for (const h of [new RunHistory<DoneWorker>(), new RunHistory<DoneWorker>('en')]) {
      h.add(new DoneWorker([1]), spec(1.2), [{ runId: 1 }]);
      h.add(new DoneWorker([2]), spec(1.2), [{ runId: 2 }]);
      assert.deepEqual(
        h.summaries().map((r) => r.label),
        ['no change', 'first run'],
      );
    }
    assert.equal(fileRunLabel('seed 3 → 4', true, 'en'), 'the file: seed 3 → 4');
  });

  test('the change labels: edited, compare edited, empty, and how many more', () => {
    assert.deepEqual(describeChanges(xor, `${xor}\n  bad: [`, 'ko'), ['편집됨']);
    assert.deepEqual(describeChanges(xor, `${xor}\n  bad: [`), ['edited']);
    const withCompare = (lr: number) => `${xor}\ncompare:\n  - name: a\n    set: { training.learning_rate: ${lr} }\n`;
    assert.deepEqual(describeChanges(withCompare(1), withCompare(2), 'ko'), ['compare 편집됨']);
    assert.deepEqual(describeChanges(withCompare(1), withCompare(2)), ['compare edited']);
    const emptied = xor.replace(/learning_rate: \S+/, 'learning_rate:');
    assert.deepEqual(describeChanges(xor, emptied, 'ko'), ['learning_rate 1 → 빈 값']);
    assert.deepEqual(describeChanges(xor, emptied), ['learning_rate 1 → empty']);
    const after = xor.replace('learning_rate: 1', 'learning_rate: 2').replace('units: 4', 'units: 5');
    assert.equal(changeSummary(xor, after, 'ko', 1), 'layers.1.units 4 → 5 외 1개');
    assert.equal(changeSummary(xor, after, 'en', 1), 'layers.1.units 4 → 5 and 1 more');
  });
});

describe('nnspec: Compare… in Korean', () => {
  test('each refusal has its Korean beside the English message, which is unchanged', () => {
    const refused = (path: string, values: string[], text = xor) => {
      const r = addCompare(text, path, values);
      assert.ok(!r.ok);
      assert.equal(render('en', r.l10n), r.message);
      return { en: r.message, ko: render('ko', r.l10n) };
    };
    const cases = [
      refused('training.learning_rate', [' ']),
      refused('training.learning_rate', ['[1,']),
      refused('seed', ['1'], `${xor}\n  bad: [`),
      refused('seed', ['1'], `${xor}compare: 3\n`),
      refused(
        'seed',
        Array.from({ length: 11 }, (_, i) => String(i)),
      ),
      refused('training.learnig_rate', ['1']),
    ];
    assert.deepEqual(
      cases.map((c) => c.en),
      [
        'Give at least one value for training.learning_rate to compare.',
        "'[1,' is not a value nnspec can read: it is not valid YAML.",
        'Fix the YAML errors in this file first: variants are added to a file nnspec can read.',
        'compare must be a list before variants can be added to it.',
        'A file trains at most 10 variants; it has 0 and 11 would be added.',
        "Unknown key 'learnig_rate' in training. Did you mean training.learning_rate?",
      ],
    );
    for (const c of cases) assert.match(c.ko, hangul, c.ko);
    assert.equal(cases[0].ko, 'training.learning_rate에 비교할 값을 하나 이상 적으세요.');
    assert.match(cases[4].ko, /최대 10개.*이미 0개.*11개/);
  });

  test('the keys it offers are named in Korean; their paths stay as written', () => {
    const s = parseSpec(xor).spec;
    const en = compareKeys(s);
    const ko = compareKeys(s, 'ko');
    assert.deepEqual(
      en.map((k) => k.label),
      ['Learning rate', 'Initialisation', 'Activation of layer 1', 'Units of layer 1', 'L2 regularisation λ'],
    );
    assert.deepEqual(
      ko.map((k) => k.label),
      ['학습률', '가중치 초기화', '층 1의 활성화 함수', '층 1의 유닛 수', 'L2 정규화 λ'],
    );
    assert.deepEqual(
      ko.map((k) => k.path),
      en.map((k) => k.path),
    );
  });
});

describe('the Node side’s refusals in Korean', () => {
  const broken = xor.replace('activation: tanh', 'activation: tahn');

  test('explain: a spec that cannot train says so, with its first error, in Korean', () => {
    const req = { type: 'explain' as const, text: broken, baseDir: examples, entry: 'J', where: 'x' };
    const en = explainJob(req);
    const ko = explainJob({ ...req, lang: 'ko' });
    assert.equal(
      en.type === 'error' && en.message.split(':')[0],
      'The spec cannot be trained, so nothing was explained',
    );
    assert.match(en.type === 'error' ? en.message : '', /tahn/);
    assert.ok(ko.type === 'error');
    assert.match(ko.message, /^스펙을 학습할 수 없어 설명하지 못했습니다: /);
    assert.match(ko.message.slice(ko.message.indexOf(': ')), hangul, 'the first error in Korean too');
    assert.match(ko.message, /tahn/, 'the value as written');
  });

  test('diff and export: the same refusal in the request’s language', () => {
    const diff = { type: 'diff' as const, text: broken, baseDir: examples, tracePath: '/nowhere.json' };
    const en = diffJob(diff);
    assert.match(en.type === 'error' ? en.message : '', /^The spec cannot be trained, so nothing was compared: /);
    const ko = diffJob({ ...diff, lang: 'ko' });
    assert.match(ko.type === 'error' ? ko.message : '', /^스펙을 학습할 수 없어 비교하지 못했습니다: /);
    const exp = { type: 'export' as const, text: broken, baseDir: examples, to: 'numpy' as const };
    const expEn = exportJob({ ...exp, sourceName: 'x.nnspec', scriptPath: '/tmp/x.py' });
    assert.match(
      expEn.type === 'error' ? expEn.message : '',
      /^The spec cannot be trained, so it cannot be exported: /,
    );
    const expKo = exportJob({ ...exp, sourceName: 'x.nnspec', scriptPath: '/tmp/x.py', lang: 'ko' });
    assert.match(expKo.type === 'error' ? expKo.message : '', /^스펙을 학습할 수 없어 내보낼 수 없습니다: /);
  });

  test('a failed analysis is one error in English that the editor shows in Korean', () => {
    const a = failedAnalysis(msg('analysis.tookLonger', { limit: msg('analysis.seconds', { n: 60 }) }));
    const d = a.diagnostics[0];
    assert.equal(d.message, 'nnspec could not check this spec: it took longer than 60 seconds, so it was stopped.');
    assert.equal(
      localizeDiagnostic(d, 'ko').message,
      'nnspec이 이 스펙을 검사하지 못했습니다: 60초보다 오래 걸려서 멈췄습니다.',
    );
    const internal = failedAnalysis(msg('analysis.internalError', { error: 'x is undefined' })).diagnostics[0];
    assert.match(localizeDiagnostic(internal, 'ko').message, /내부 오류\(x is undefined\)/);
  });
});
