// A trace compared with nnspec's run, in words: the report and the editor's summary read in Korean,
// with the numbers, entries, formula and the trace's place as written; English is unchanged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparedText, diffReportLines, diffSummary } from '../../../src/core/diff/text';
import type { DiffResult } from '../../../src/core/diff/types';
import { msg } from '../../../src/core/messages/message';

const compared = { steps: 1, matrices: 12, entries: 100, costs: 1, parameters: 0, finalCost: false };
const differ: DiffResult = {
  status: 'differ',
  first: {
    step: 1,
    matrix: 'Z[2]',
    kind: 'Z',
    layer: 2,
    row: 1,
    column: 3,
    entry: 'Z[2][1,3]',
    yours: 7,
    nnspec: 0.25,
    relativeDifference: 0.964,
    formula: msg('text.verbatim', { text: 'Z[2] = W[2] A[1] + b[2]' }),
    at: 'steps[1].layers[1].Z[0][2]',
  },
  compared,
};

test('the first difference: English as before, Korean with the same numbers and notation', () => {
  assert.deepEqual(diffReportLines('t.json', differ), [
    'First difference: step 1, Z[2][1,3] (row 1, column 3)',
    '  yours   7',
    '  nnspec  0.25   (relative difference 0.96)',
    '  Z[2] = W[2] A[1] + b[2]',
    '  It is steps[1].layers[1].Z[0][2] in t.json. Everything compared before it agrees: ' +
      '12 matrices of 1 step (100 numbers), 1 cost.',
  ]);
  assert.deepEqual(diffReportLines('t.json', differ, 'ko'), [
    '첫 차이: 스텝 1, Z[2][1,3] (1행, 3열)',
    '  내 값   7',
    '  nnspec  0.25   (상대 차이 0.96)',
    '  Z[2] = W[2] A[1] + b[2]',
    '  t.json의 steps[1].layers[1].Z[0][2]에 있습니다. 그 전에 비교한 것은 모두 일치합니다: ' +
      '스텝 1개의 행렬 12개(숫자 100개), 비용 1개.',
  ]);
  assert.equal(
    diffSummary('t.json', differ, 'ko'),
    '트레이스가 스텝 1, Z[2]의 원소 Z[2][1,3] (1행, 3열)에서 처음 달라집니다: 내 값 7, nnspec 0.25. Z[2] = W[2] A[1] + b[2]',
  );
});

test('agreement, nothing compared, and a trace that cannot be compared, in both languages', () => {
  const agree: DiffResult = { status: 'agree', compared: { ...compared, parameters: 4, finalCost: true } };
  assert.match(diffSummary('t.json', agree), /^t\.json agrees with nnspec \(relative differences at most .*\): /);
  assert.match(diffSummary('t.json', agree), /, 1 cost, 4 final parameters, finalCost\.$/);
  assert.match(
    diffSummary('t.json', agree, 'ko'),
    /^t\.json은\(는\) nnspec과 일치합니다.*최종 파라미터 4개, finalCost\.$/,
  );
  const none = { ...compared, matrices: 0, costs: 0 };
  assert.equal(comparedText(none), 'nothing');
  assert.equal(comparedText(none, 'ko'), '비교한 것 없음');
  const problems = ['steps must be a list.', 'a second problem.'].map((text) => msg('text.verbatim', { text }));
  const invalid: DiffResult = { status: 'invalid', problems };
  assert.equal(diffSummary('t.json', invalid), 't.json cannot be compared: steps must be a list. (and 1 more problem)');
  assert.equal(
    diffSummary('t.json', invalid, 'ko'),
    't.json을(를) 비교할 수 없습니다: steps must be a list. (문제 1개 더)',
  );
  assert.deepEqual(diffReportLines('t.json', invalid, 'ko'), [
    't.json을(를) 비교할 수 없습니다:',
    '  steps must be a list.',
    '  a second problem.',
  ]);
});
