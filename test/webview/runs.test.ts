// The run list, overlays and boundaries side by side, in real Chromium: the host's list of runs, a
// tick that draws another run's curves (read through the charts' tables and legends) and its boundary.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { HostMessage, RunSummary, StatusMessage, TestPoint } from '../../src/protocol';
import { runStyle } from '../../webview/runStyle';
import { analysis, boundary, progressPoints, snapshotReply, summary } from './fixtures';
import { frames, openPanel, startHarness, type Harness, type PanelPage } from './harness';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

async function clean(p: PanelPage): Promise<void> {
  assert.deepEqual(await p.violations(), []);
  assert.deepEqual(p.errors, []);
  await p.page.close();
}

const texts = (p: PanelPage, selector: string): Promise<string[]> =>
  p.page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

const chartTable = async (p: PanelPage, id: string) => ({
  head: await texts(p, `#${id}-table thead th`),
  rows: await p.page
    .locator(`#${id}-table tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim()))),
});

/** The legend's items: their names, dash patterns, markers and line widths. */
const legend = (p: PanelPage, id: string) =>
  p.page
    .locator(`#${id}-legend li`)
    .evaluateAll((lis) =>
      lis.map((li) => [
        (li.textContent ?? '').trim(),
        li.getAttribute('data-dash'),
        li.getAttribute('data-marker'),
        li.getAttribute('data-width'),
      ]),
    );

const CURRENT = 3;
const status = (
  runId: number,
  stepsRun: number,
  s: StatusMessage['status'],
  o: Partial<StatusMessage> = {},
): StatusMessage => ({
  type: 'status',
  runId,
  status: s,
  stale: false,
  stepsRun,
  totalSteps: 2000,
  ...o,
});
/** Run 1 stopped early (its worker ended), run 2 done (worker alive), run 3 the current one. */
const runs = (o: Partial<RunSummary> = {}): HostMessage => ({
  type: 'runs',
  current: CURRENT,
  runs: [
    summary(3, 'learning_rate 1 → 0.5', { status: 'running', stepsRun: 1500, live: true }),
    summary(2, 'no change', {
      live: true,
      final: { cost: 0.05123, accuracy: 1 },
      message: 'Trained all 2000 steps',
      ...o,
    }),
    summary(1, 'first run', { status: 'stopped', stepsRun: 800 }),
  ],
});

/** Run 2's whole record as the host replays it once ticked: its cost twice the current run's. */
function replayOf2(): HostMessage[] {
  const points = progressPoints(0, 2000).map((p) => ({ ...p, cost: 2 * p.cost }));
  const test: TestPoint[] = [{ step: 0, cost: 1.4 }];
  return [
    { type: 'progress', runId: 2, points, testPoints: test },
    { type: 'boundary', runId: 2, boundary: boundary(2000) },
    status(2, 2000, 'done', { final: { cost: 0.05123, accuracy: 1 } }),
  ];
}

/** The panel with run 3 playing at step 1500. */
async function playing(p: PanelPage): Promise<void> {
  await p.send(analysis(true), runs(), status(CURRENT, 1500, 'running'));
  await p.send({
    type: 'progress',
    runId: CURRENT,
    points: progressPoints(0, 1500),
    testPoints: [{ step: 0, cost: 0.7 }],
  });
  await p.send({ type: 'boundary', runId: CURRENT, boundary: boundary(1500) });
}

describe('runs in the panel', () => {
  test('the run list shows each run with its label, where it is or how it ended, and a box to draw it', async () => {
    const p = await openPanel(h);
    await playing(p);
    const rows = await p.page
      .locator('#runs-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())));
    assert.deepEqual(rows, [
      ['', '#3 learning_rate 1 → 0.5 the current run', 'running at step 1499 / 1999', '', '', ''],
      ['', '#2 no change', 'done (2000 steps)', '0.05123', '100.0%', ''],
      ['', '#1 first run', 'stopped at step 799 / 1999', '', '', ''],
    ]);
    assert.deepEqual(await texts(p, '#runs-table thead th:not([hidden])'), [
      'drawn',
      'run',
      'status',
      'final J',
      'accuracy',
    ]);
    const current = p.page.locator(`#run-toggle-${CURRENT}`);
    assert.equal(await current.isChecked(), true);
    assert.equal(await current.isDisabled(), true, 'the current run is always drawn');
    assert.equal(await p.page.locator('#run-toggle-2').isChecked(), false);
    // The box is labelled for a screen reader, and the label text ticks it too.
    assert.equal(
      await p.page.locator('#run-toggle-2').getAttribute('aria-label'),
      'Draw #2 no change beside the current run',
    );
    await p.page.locator('label[for="run-toggle-1"]').click();
    await p.page.locator('#run-toggle-2').focus();
    await p.page.keyboard.press('Space');
    const sent = (await p.posted()).filter((m) => m.type === 'overlay');
    assert.deepEqual(sent, [
      { type: 'overlay', runId: 1, shown: true },
      { type: 'overlay', runId: 2, shown: true },
    ]);
    // The rows are updated in place: the box keeps the focus while the run goes on.
    await p.send(status(CURRENT, 1600, 'running'));
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'run-toggle-2');
    await clean(p);
  });

  test('ticking a run overlays its cost, accuracy and gradient norms: tables and legends name it', async () => {
    const p = await openPanel(h);
    await playing(p);
    await p.page.locator('#run-toggle-2').check();
    await p.send(...replayOf2());
    const loss = await chartTable(p, 'loss');
    const cur = '#3 learning_rate 1 → 0.5';
    assert.deepEqual(loss.head, [
      'step',
      `training cost J · ${cur}`,
      `test cost · ${cur}`,
      `accuracy · ${cur}`,
      'training cost J · #2 no change',
      'test cost · #2 no change',
      'accuracy · #2 no change',
    ]);
    // Step 0 of both runs: J_0 = 0.69 for run 3, twice that for run 2; the test points; the same accuracy.
    assert.deepEqual(loss.rows[0], ['0', '0.69', '0.7', '0.5', '1.38', '1.4', '0.5']);
    // Rows past run 3's last step read run 2 alone; every row of run 2 is twice run 3's where both ran.
    assert.equal(loss.rows.at(-1)?.[0], '1999');
    assert.deepEqual(loss.rows.at(-1)?.slice(1, 4), ['', '', '']);
    for (const r of loss.rows.filter((x) => x[1] !== '')) {
      // Both shown to 3 significant digits: equal to within their rounding.
      assert.ok(Math.abs(Number(r[4]) - 2 * Number(r[1])) <= 0.02 * Number(r[4]), `step ${r[0]}: ${r[1]} and ${r[4]}`);
    }
    // The legend names every series; run 2 differs by its dash pattern and marker, not by colour alone,
    // and the test cost from the training cost by its width.
    const style = runStyle(2);
    const dash = style.dash.join(' ');
    assert.deepEqual(await legend(p, 'loss'), [
      [`training cost J · ${cur}`, '', '', '1.5'],
      [`test cost · ${cur}`, '', '', '3.5'],
      [`accuracy · ${cur}`, '4 3', '', '1'],
      ['training cost J · #2 no change', dash, style.marker, '1.5'],
      ['test cost · #2 no change', dash, style.marker, '3.5'],
      ['accuracy · #2 no change', dash, style.marker, '1'],
    ]);
    const grad = await chartTable(p, 'gradnorms');
    assert.deepEqual(grad.head, [
      'step',
      `||dW[1]|| · ${cur}`,
      `||dW[2]|| · ${cur}`,
      '||dW[1]|| · #2 no change',
      '||dW[2]|| · #2 no change',
    ]);
    assert.deepEqual(grad.rows[0], ['0', '0.01', '0.3', '0.01', '0.3']);
    for (const id of ['runs', 'loss', 'gradnorms']) await p.screenshot(`runs-overlaid-${id}`, `#${id}`);
    // Unticked: its series go, and the current run's names lose the suffix.
    await p.page.locator('#run-toggle-2').uncheck();
    await frames(p.page); // the charts are redrawn on the next frame
    assert.deepEqual((await chartTable(p, 'loss')).head, ['step', 'training cost J', 'test cost', 'accuracy']);
    assert.deepEqual((await p.posted()).filter((m) => m.type === 'overlay').at(-1), {
      type: 'overlay',
      runId: 2,
      shown: false,
    });
    await clean(p);
  });

  test("a compare: file's variants are drawn from the start, without a tick", async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), runs({ overlaid: true }), status(CURRENT, 10, 'running'));
    await p.send(...replayOf2());
    assert.equal(await p.page.locator('#run-toggle-2').isChecked(), true);
    assert.ok((await chartTable(p, 'loss')).head.includes('training cost J · #2 no change'));
    await clean(p);
  });

  test('boundaries side by side: the latest ones while the run trains, then all at the step picked', async () => {
    const p = await openPanel(h);
    await playing(p);
    assert.match(await p.page.locator('#compare').innerText(), /Tick runs/);
    await p.page.locator('#run-toggle-2').check();
    await p.page.locator('#run-toggle-1').check();
    await p.send(...replayOf2(), { type: 'boundary', runId: 1, boundary: boundary(800) }, status(1, 800, 'stopped'));
    const maps = () =>
      p.page
        .locator('#compare figure')
        .evaluateAll((fs) =>
          fs.map((f) => [
            f.getAttribute('data-run'),
            f.getAttribute('data-step'),
            f.querySelector('figcaption')?.textContent ?? '',
          ]),
        );
    assert.deepEqual(await maps(), [
      ['3', '1500', '#3 learning_rate 1 → 0.5θ_1500'],
      ['1', '800', '#1 first runθ_800'],
      ['2', '2000', '#2 no changeθ_2000'],
    ]);
    assert.equal(
      await p.page.locator('#compare-step').textContent(),
      'While the current run trains, each run shows its latest prediction.',
    );
    assert.deepEqual(
      (await p.posted()).filter((m) => m.type === 'requestBoundary'),
      [],
      'nothing asked while the step moves',
    );
    // The student picks step 0: the current run's snapshot comes, then run 2 (worker alive) is asked for step 0.
    await p.send({ type: 'snapshotSteps', runId: CURRENT, steps: [0, 1499] }, status(CURRENT, 1500, 'paused'));
    await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 1499, undefined, undefined, CURRENT));
    await p.page.locator('#timeline-slider').focus();
    await p.page.keyboard.press('Home');
    await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 0, undefined, undefined, CURRENT));
    const asked = (await p.posted()).filter((m) => m.type === 'requestBoundary');
    assert.deepEqual(
      asked.map((m) => [m.runId, m.step]),
      [[2, 0]],
      'run 1 has no worker left: not asked',
    );
    await p.send({ type: 'boundary', runId: 2, inReplyTo: asked[0].requestId, boundary: boundary(0) });
    assert.deepEqual(await maps(), [
      ['3', '0', '#3 learning_rate 1 → 0.5θ_0'],
      ['1', '800', '#1 first runθ_800 (not θ_0: only its last boundary is kept)'],
      ['2', '0', '#2 no changeθ_0'],
    ]);
    assert.equal(
      await p.page.locator('#compare-step').textContent(),
      'Each run’s prediction with θ_0, as on the current run’s map.',
    );
    const painted = await p.page.locator('#compare canvas.compare-map').evaluateAll((cs) =>
      cs.map((c) => {
        const d = (c as HTMLCanvasElement)
          .getContext('2d')!
          .getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
        const colours = new Set<number>();
        for (let k = 0; k < d.length; k += 4) colours.add((d[k] << 16) | (d[k + 1] << 8) | d[k + 2]);
        return colours.size;
      }),
    );
    assert.ok(
      painted.every((n) => n > 50),
      `colours per map: ${painted.join(', ')}`,
    );
    await p.screenshot('runs-boundaries', '#compare');
    await clean(p);
  });
});
