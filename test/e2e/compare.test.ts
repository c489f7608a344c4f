// Learning by comparison, as a student does it: train the circles example, change its learning rate
// in the editor, press Retrain in the panel, tick the first run in the list of runs, and find both
// runs' curves overlaid (the chart's table and legend name them) and their boundaries side by side.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { stage, withWorkbench, type Workbench } from './harness';

const FILE = 'circles-relu.nnspec';

/** Waits until the panel says the run is done. */
async function done(wb: Workbench): Promise<void> {
  await wb.webview().locator('#status[data-status="done"]').waitFor({ timeout: 120_000 });
}

test('a student edits the learning rate, retrains, and sees both runs overlaid', { timeout: 300_000 }, async (t) => {
  const text = readFileSync(join(__dirname, '..', '..', 'examples', FILE), 'utf8');
  const lr = (parse(text) as { training: { learning_rate: number } }).training.learning_rate;
  const line = text.split('\n').findIndex((l) => /^\s*learning_rate:/.test(l)) + 1;
  const newLr = lr * 5;
  const first = '#1 first run';
  const second = `#2 learning_rate ${lr} → ${newLr}`;

  await withWorkbench(t, async (wb) => {
    const view = wb.webview();
    await wb.openFile(FILE);
    await wb.runCommand('nnspec: Train Network');
    await done(wb);

    await stage(t, wb, 'the edited spec retrains from the panel, and the list shows both runs', async (st) => {
      // Go to the learning rate's line, select its text and type the new one, as a student would.
      await wb.page.locator('.monaco-editor .view-lines').first().click();
      await wb.page.keyboard.press('Control+G');
      await wb.page.locator('.quick-input-widget input.input').waitFor({ state: 'visible' });
      await wb.page.keyboard.type(String(line));
      await wb.page.keyboard.press('Enter');
      await wb.page.keyboard.press('End');
      await wb.page.keyboard.press('Shift+Home');
      await wb.page.keyboard.type(`learning_rate: ${newLr}`);
      const retrain = view.locator('#ctl-retrain');
      await retrain.waitFor({ state: 'visible', timeout: 30_000 });
      await retrain.click();
      await view.locator('#runs-table tbody tr').nth(1).waitFor({ timeout: 30_000 });
      await done(wb);
      const names = await view.locator('#runs-table .run-name').allInnerTexts();
      st.diagnostic(`runs: ${JSON.stringify(names)}`);
      assert.deepEqual(
        names.map((n) => n.trim()),
        [second, first],
      );
    });

    await stage(t, wb, 'ticking the first run overlays its curves on the new one’s', async (st) => {
      await view.locator('#runs').scrollIntoViewIfNeeded();
      await view.locator('#run-toggle-1').check();
      const legend = view.locator('#loss-legend li', { hasText: `training cost J · ${first}` });
      await legend.waitFor({ timeout: 30_000 });
      const items = (await view.locator('#loss-legend li').allInnerTexts()).map((s) => s.trim());
      st.diagnostic(`legend: ${JSON.stringify(items)}`);
      for (const run of [first, second]) {
        for (const series of ['training cost J', 'test cost', 'accuracy'])
          assert.ok(items.includes(`${series} · ${run}`), `no "${series} · ${run}" in the legend`);
      }
      // The table says the same: both runs' costs at step 0, from one seed and one initialisation.
      const head = (await view.locator('#loss-table thead th').allTextContents()).map((s) => s.trim());
      const row0 = await view
        .locator('#loss-table tbody tr')
        .first()
        .evaluate((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim()));
      const at = (name: string) => row0[head.indexOf(name)];
      assert.equal(row0[0], '0');
      assert.equal(at(`training cost J · ${first}`), at(`training cost J · ${second}`), 'J_0 is the same for both');
      const gradHead = await view.locator('#gradnorms-table thead th').allTextContents();
      assert.ok(gradHead.map((s) => s.trim()).includes(`||dW[1]|| · ${first}`), JSON.stringify(gradHead));
    });

    await stage(t, wb, 'the two decision boundaries stand side by side at the same step', async () => {
      const maps = view.locator('#compare figure');
      await view.locator('#compare figure[data-run]').nth(1).waitFor({ timeout: 30_000 });
      assert.equal(await maps.count(), 2);
      const steps = await maps.evaluateAll((fs) => fs.map((f) => f.getAttribute('data-step')));
      assert.equal(steps[0], steps[1], `steps ${steps.join(', ')}`);
      await view.locator('#compare').scrollIntoViewIfNeeded();
    });

    t.diagnostic(`screenshot: ${await wb.screenshot('e2e-compare')}`);
    // The example file itself stays as it was: the edit is reverted in its editor, never saved.
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    await wb.runCommand('File: Revert File');
  });
});
