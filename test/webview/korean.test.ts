// The panel in Korean, in real Chromium: a page whose <html lang> is ko (as the host writes it for a
// Korean editor) shows a trained XOR run with its run list, timeline, matrices, loss chart and
// gradient check in Korean, the course notation (W[1], dZ[2], J, θ_t) and the numbers unchanged.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { HostMessage } from '../../src/protocol';
import { fmt } from '../../webview/format';
import { kept, progress, RUN, status, summary } from './fixtures';
import { frames, openPanel, startHarness, type Harness, type PanelPage } from './harness';
import { exampleRun, realSnapshot, type RealRun } from './realRun';

let h: Harness;
let xor: RealRun;
before(async () => {
  h = await startHarness();
  xor = exampleRun('xor.nnspec', 3);
});
after(async () => {
  await h?.close();
});

/** Run 1 the current one, paused after 3 steps; run 2 an earlier one that finished. */
const runs: HostMessage = {
  type: 'runs',
  current: RUN,
  runs: [
    summary(RUN, 'learning_rate 1 → 0.5', { status: 'paused', stepsRun: 3, live: true }),
    summary(2, 'no change', { final: { cost: 0.05123, accuracy: 1 } }),
  ],
};

/** The XOR run in a Korean panel, at step 2 of the 3 kept. */
async function koreanRun(): Promise<PanelPage> {
  const p = await openPanel(h, 'vscode-dark', 'ko');
  await p.send(xor.analysis, status(3, 'paused'), progress(0, 3), kept([0, 1, 2]), runs);
  const asked = (await p.snapshotRequests()).at(-1)!;
  assert.equal(asked.step, 2);
  await p.send(realSnapshot(xor, 2, asked.requestId));
  await frames(p.page);
  return p;
}

const texts = (p: PanelPage, selector: string): Promise<string[]> =>
  p.page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

/** The English words left in a part of the page, once the run labels and the notation are set aside. */
async function englishIn(p: PanelPage, selector: string): Promise<string[]> {
  const text = await p.page.locator(selector).evaluate((e) => (e as HTMLElement).innerText);
  const words = text.replace(/learning_rate|no change/g, '').match(/[A-Za-z]{3,}/g) ?? [];
  return words;
}

describe('panel in Korean', () => {
  test('the run list, timeline, a matrix, the loss legend and the gradient check read in Korean', async () => {
    const p = await koreanRun();
    assert.equal(await p.page.evaluate(() => document.documentElement.lang), 'ko');

    // The run list: headings, the current run's note, where each run is.
    assert.deepEqual((await texts(p, '#runs-table thead th')).slice(0, 5), [
      '표시',
      '실행',
      '상태',
      '최종 J',
      '정확도',
    ]);
    const current = p.page.locator(`#runs-table tr[data-run="${RUN}"]`);
    assert.equal(await current.locator('.run-note').textContent(), '현재 실행');
    assert.equal(await current.locator('.run-status').textContent(), '일시 정지됨, 스텝 2 / 1999');
    assert.equal(await p.page.locator('#runs-table tr[data-run="2"] .run-status').textContent(), '완료 (2000스텝)');
    assert.equal(
      await p.page.locator('#run-toggle-2').getAttribute('aria-label'),
      '현재 실행 옆에 그리기: #2 no change',
    );
    assert.deepEqual(await englishIn(p, '#runs'), []);

    // The timeline.
    assert.equal(await p.page.locator('#timeline-shown').textContent(), '스텝 2 표시 중 (기록된 스텝 3개)');
    assert.equal(await p.page.locator('#timeline-picked').textContent(), '스텝 2');
    assert.equal(await p.page.locator('#timeline-latest').textContent(), '최신');
    assert.equal(await p.page.locator('#timeline-slider').getAttribute('aria-label'), '스냅샷 스텝');

    // A matrix: its caption, its axes and each entry's accessible name, the notation kept.
    const dW1 = xor.snapshots[2].layers[0].dW;
    const figure = p.page.locator('#backprop figure[data-matrix="dW[1]"]');
    assert.equal(await figure.locator('.matrix-axes').textContent(), '행: 층 1의 유닛 j · 열: 입력 k');
    // The inputs are k in A[0] as in W[1]'s columns.
    assert.equal(
      await p.page.locator('#forward figure[data-matrix="A[0]"] .matrix-axes').textContent(),
      '행: 입력 k · 열: 예제 i',
    );
    const entry = figure.locator('td[data-row="1"][data-col="0"]');
    assert.equal(
      await entry.getAttribute('aria-label'),
      `dW[1] 2행 1열: ${fmt(dW1.data[1 * dW1.cols + 0])}, 층 1의 유닛 2, 입력 1`,
    );
    assert.match((await p.page.locator('#backprop .step-caption').textContent()) ?? '', /^스텝 2: /);
    assert.match((await p.page.locator('#forward .step-caption').textContent()) ?? '', /^스텝 2, 비용 J = /);
    assert.equal(await p.page.locator('#forward .chain-layer[data-layer="1"] h3').textContent(), '층 1');

    // The loss chart: legend, axis of its table, its name.
    assert.deepEqual(await texts(p, '#loss-legend li'), ['학습 비용 J', '정확도']);
    assert.equal(
      await p.page.locator('#loss-legend').getAttribute('aria-label'),
      '범례: 학습 스텝에 따른 비용과 정확도',
    );
    assert.equal(await p.page.locator('#loss-table summary').textContent(), '표로 보기');
    assert.equal((await texts(p, '#loss-table thead th'))[0], '스텝');

    // The gradient check: the button, the table's headings and each verdict.
    const run = p.page.locator('#gradcheck-run');
    assert.equal(await run.textContent(), '그래디언트 검사');
    await run.click();
    const asked = (await p.posted()).at(-1);
    assert.ok(asked?.type === 'requestGradcheck', JSON.stringify(asked));
    assert.equal(await p.page.locator('#gradcheck .placeholder').textContent(), '검사 중…');
    await p.send({
      type: 'gradcheck',
      runId: RUN,
      inReplyTo: asked.requestId,
      rows: [
        { layer: 1, param: 'W', relativeError: 2e-9, maxAbsDiff: 1e-11 },
        { layer: 1, param: 'b', relativeError: 5e-6, maxAbsDiff: 1e-8 },
        { layer: 2, param: 'W', relativeError: 0.02, maxAbsDiff: 1e-3 },
      ],
    });
    assert.deepEqual(await texts(p, '#gradcheck-table thead th'), ['파라미터', '상대 오차', '최대 |차이|', '결과']);
    assert.deepEqual(await texts(p, '#gradcheck-table td.verdict'), ['통과', '경고', '실패']);
    assert.deepEqual(await texts(p, '#gradcheck-table td:first-child'), ['dW[1]', 'db[1]', 'dW[2]']);
    assert.deepEqual(await englishIn(p, '#gradcheck'), []);

    await p.screenshot('korean');
    assert.deepEqual(await p.violations(), []);
    assert.deepEqual(p.errors, []);
    await p.page.close();
  });

  test('without a language the same run reads in English, as before', async () => {
    const p = await openPanel(h);
    await p.send(xor.analysis, status(3, 'paused'), progress(0, 3), kept([0, 1, 2]), runs);
    assert.equal(await p.page.locator('#timeline-latest').textContent(), 'Latest');
    assert.equal(
      await p.page.locator(`#runs-table tr[data-run="${RUN}"] .run-status`).textContent(),
      'paused at step 2 / 1999',
    );
    assert.deepEqual(p.errors, []);
    await p.page.close();
  });
});
