// The four compare-*.nnspec examples, trained here with the engine and shown in real Chromium as the
// host would send them: each shows the lesson its first line promises, read from the run list and the
// charts' tables (and screenshots in test-results/ to look at).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { compareStream } from './realRuns';
import { openPanel, startHarness, type Harness, type PanelPage } from './harness';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

/** The run list as rows: (the box), name, status, final J, accuracy, test J. */
const runRows = (p: PanelPage) =>
  p.page
    .locator('#runs-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td:not([hidden])')).map((c) => (c.textContent ?? '').trim())),
    );

/** A chart's table as columns by header: header → the column's numbers (blank cells as NaN). */
async function columns(p: PanelPage, id: string): Promise<Map<string, number[]>> {
  const head = await p.page.locator(`#${id}-table thead th`).allTextContents();
  const rows = await p.page
    .locator(`#${id}-table tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())));
  return new Map(head.map((name, j) => [name.trim(), rows.map((r) => (r[j] === '' ? NaN : Number(r[j])))]));
}

async function shown(file: string, shot: string): Promise<{ p: PanelPage; names: string[] }> {
  const p = await openPanel(h);
  const { messages, names } = compareStream(file);
  await p.send(...messages);
  for (const id of ['runs', 'loss', 'gradnorms', 'compare']) await p.screenshot(`${shot}-${id}`, `#${id}`);
  assert.deepEqual(await p.violations(), []);
  assert.deepEqual(p.errors, []);
  // Every variant is drawn from the start, and every run's final boundary is at the same step.
  assert.equal(await p.page.locator('#runs-table input:checked').count(), names.length);
  const steps = await p.page.locator('#compare figure').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-step')));
  assert.equal(steps.length, names.length);
  assert.equal(new Set(steps).size, 1, `boundaries at steps ${steps.join(', ')}`);
  return { p, names };
}

describe('the compare examples in the panel', () => {
  test('compare-init: zero initialisation stays at J = ln 2 and 50%; He learns the rings', async () => {
    const { p, names } = await shown('compare-init.nnspec', 'compare-init');
    const rows = await runRows(p);
    assert.deepEqual(
      rows.map((r) => r[1]),
      [`${names[2]} variant of #1`, `${names[1]} variant of #1`, `${names[0]} the current run`],
    );
    assert.deepEqual(rows[1].slice(3, 5), ['0.6931', '50.0%'], 'zero init');
    assert.equal(rows[2][4], '100.0%', 'He initialisation');
    const cost = (await columns(p, 'loss')).get(`training cost J · ${names[1]}`)!;
    assert.ok(
      cost.length > 10 && cost.every((c) => Math.abs(c - Math.log(2)) < 1e-3),
      `zero init J: ${cost.join(' ')}`,
    );
    await p.page.close();
  });

  test('compare-learning-rate: J climbs at α = 2.5 while α = 1 falls to the bottom', async () => {
    const { p, names } = await shown('compare-learning-rate.nnspec', 'compare-learning-rate');
    const loss = await columns(p, 'loss');
    const file = loss.get(`training cost J · ${names[0]}`)!;
    const high = loss.get(`training cost J · ${names[2]}`)!;
    assert.ok(file.at(-1)! < 0.01 * file[0], `α = 1: ${file[0]} → ${file.at(-1)}`);
    assert.ok(high.at(-1)! > 1e6 * high[0], `α = 2.5: ${high[0]} → ${high.at(-1)}`);
    // J spans 36 decades: as the example's first line says, the log scale shows all three runs.
    await p.page.locator('#loss-log').check();
    await p.send();
    await p.screenshot('compare-learning-rate-loss-log', '#loss');
    await p.page.close();
  });

  test('compare-deep-activations: the sigmoid net’s ||dW[1]|| is orders below ||dW[5]||, the ReLU net’s is not', async () => {
    const { p, names } = await shown('compare-deep-activations.nnspec', 'compare-deep-activations');
    const g = await columns(p, 'gradnorms');
    const ratio = (name: string) => g.get(`||dW[5]|| · ${name}`)![0] / g.get(`||dW[1]|| · ${name}`)![0];
    assert.ok(ratio(names[0]) > 1e3, `sigmoid: ||dW[5]|| / ||dW[1]|| = ${ratio(names[0])} at step 0`);
    assert.ok(ratio(names[1]) < 1e2, `relu: ||dW[5]|| / ||dW[1]|| = ${ratio(names[1])} at step 0`);
    const rows = await runRows(p);
    assert.deepEqual(
      rows.map((r) => r[4]),
      ['100.0%', '53.5%'],
    );
    await p.page.close();
  });

  test('compare-l2: the test cost is high without L2 and far lower with it', async () => {
    const { p } = await shown('compare-l2.nnspec', 'compare-l2');
    // Columns: drawn, run, status, final J, accuracy, test J; newest (l2 1) first.
    const testJ = (await runRows(p)).map((r) => Number(r[5]));
    assert.ok(testJ[2] > 3 * testJ[0], `test J without L2 ${testJ[2]}, with λ = 1 ${testJ[0]}`);
    assert.ok(testJ[1] < testJ[2], 'λ = 0.1 also beats no regularisation on the test set');
    await p.page.close();
  });
});
