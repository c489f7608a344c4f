// The editor's diff job (what its worker runs): the spec's text and a trace file, compared as
// `nnspec diff` compares them; what cannot be compared is one clear sentence; the notification's words.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { diffReportLines, diffSummary } from '../../../src/core/diff/text';
import { english } from '../../../src/core/messages/message';
import { stepJson } from '../../../src/core/report';
import { Trainer } from '../../../src/core/training/trainer';
import { diskIO } from '../../../src/node/dataFiles';
import { diffJob } from '../../../src/node/diffJob';
import { TRACE_FILES } from '../../../src/node/textFile';

const examples = join(__dirname, '..', '..', '..', 'examples');
const dir = mkdtempSync(join(tmpdir(), 'nnspec-diffjob-'));
const xor = readFileSync(join(examples, 'xor.nnspec'), 'utf8');

function ownSteps(text: string, steps: number) {
  const a = analyze(text, diskIO({ baseDir: examples }));
  const trainer = new Trainer(a.parse.spec!, a.dataset!, { history: { first: 0, last: 0, thinned: 0 } });
  return Array.from({ length: steps }, () => stepJson(trainer.next(true)!.snapshot!, a.parse.spec!.layout));
}

function job(trace: string, text = xor) {
  const tracePath = join(dir, `t-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(tracePath, trace);
  return diffJob({ type: 'diff', text, baseDir: examples, tracePath });
}

describe('the diff job', () => {
  test("nnspec's own steps agree", () => {
    const r = job(JSON.stringify({ steps: ownSteps(xor, 2) }));
    assert.equal(r.type, 'diff');
    assert.equal(r.type === 'diff' && r.result.status, 'agree');
  });

  test('a changed entry is the first difference, and the summary names step, matrix, entry, numbers, formula', () => {
    const steps = ownSteps(xor, 2);
    steps[1].layers[1].Z[0][2] = 7;
    const r = job(JSON.stringify({ steps }));
    assert.ok(r.type === 'diff' && r.result.status === 'differ', JSON.stringify(r));
    assert.equal(r.result.first.entry, 'Z[2][1,3]');
    const s = diffSummary('t.json', r.result);
    assert.match(
      s,
      /^Your trace first differs at step 1 in Z\[2\], entry Z\[2\]\[1,3\] \(row 1, column 3\): yours 7, nnspec -?\d/,
    );
    assert.match(s, /Z\[2\] = W\[2\] A\[1\] \+ b\[2\]/);
    assert.equal(diffReportLines('t.json', r.result)[0], 'First difference: step 1, Z[2][1,3] (row 1, column 3)');
  });

  test('a changed cost is named as the cost J', () => {
    const steps = ownSteps(xor, 1);
    steps[0].cost *= 2;
    const r = job(JSON.stringify({ steps }));
    assert.ok(r.type === 'diff' && r.result.status === 'differ');
    assert.match(diffSummary('t.json', r.result), /^Your trace first differs at step 0 in the cost J: yours /);
  });

  test('agreement is said with the counts compared', () => {
    const r = job(JSON.stringify({ steps: ownSteps(xor, 2) }));
    assert.ok(r.type === 'diff');
    assert.match(
      diffSummary('t.json', r.result),
      /^t\.json agrees with nnspec .*: 24 matrices of 2 steps \(\d+ numbers\), 2 costs\.$/,
    );
  });

  test('a trace of the wrong form is invalid, with every problem; bad JSON gives its line', () => {
    const r = job('{"steps": 3}');
    assert.ok(r.type === 'diff' && r.result.status === 'invalid');
    assert.match(diffSummary('t.json', r.result), /^t\.json cannot be compared: /);
    const bad = job('{\n "steps": [1,,]}');
    assert.ok(bad.type === 'diff' && bad.result.status === 'invalid');
    assert.match(english(bad.result.problems[0]), /not valid JSON \(line 2/);
  });

  test('a missing file, a folder, and a spec that cannot train are errors, not results', () => {
    const missing = diffJob({ type: 'diff', text: xor, baseDir: examples, tracePath: join(dir, 'none.json') });
    assert.deepEqual(missing, { type: 'error', message: `Cannot read ${join(dir, 'none.json')}: no such file.` });
    const folder = diffJob({ type: 'diff', text: xor, baseDir: examples, tracePath: dir });
    assert.ok(folder.type === 'error' && /it is a (folder|directory)/.test(folder.message), JSON.stringify(folder));
    const broken = job('{}', readFileSync(join(examples, 'broken-shapes.nnspec'), 'utf8'));
    assert.ok(
      broken.type === 'error' && broken.message.startsWith('The spec cannot be trained, so nothing was compared: W[2]'),
    );
  });

  test("in the editor's language: a missing file and a trace's problems read in Korean", () => {
    const tracePath = join(dir, 'none.json');
    const missing = diffJob({ type: 'diff', text: xor, baseDir: examples, tracePath, lang: 'ko' });
    assert.deepEqual(missing, { type: 'error', message: `${tracePath}을(를) 읽을 수 없습니다: 그런 파일이 없습니다.` });
    const r = job('{"steps": 3}');
    assert.ok(r.type === 'diff' && r.result.status === 'invalid');
    assert.deepEqual(diffReportLines('t.json', r.result, 'ko'), [
      't.json을(를) 비교할 수 없습니다:',
      '  steps은(는) 리스트가 아니라 3입니다.',
    ]);
  });

  test("a trace larger than the CLI's limit is refused before it is read", () => {
    const tracePath = join(dir, 'huge.json');
    writeFileSync(tracePath, '');
    truncateSync(tracePath, TRACE_FILES.bytes + 1); // sparse: no disk used
    const r = diffJob({ type: 'diff', text: xor, baseDir: examples, tracePath });
    assert.ok(r.type === 'error' && /trace files are at most/.test(r.message), JSON.stringify(r));
  });
});
