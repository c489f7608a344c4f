// The decision boundary's caption and legend describe only what is drawn, for each task: a binary
// output (its 0.5 line), 3 classes (the predicted class, a marker per class), a regression (the value).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { kept, live, status, stream } from './fixtures';
import { openPanel, startHarness, type Harness, type PanelPage } from './harness';
import { exampleRun, realSnapshot, type RealRun } from './realRun';

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

async function showRun(run: RealRun): Promise<PanelPage> {
  const p = await openPanel(h);
  await p.send(run.analysis, status(1, 'paused'), kept([0]));
  await p.send(realSnapshot(run, 0, (await p.snapshotRequests()).at(-1)!.requestId));
  return p;
}

const note = (p: PanelPage) => p.page.locator('#boundary-note').textContent();
const legend = (p: PanelPage) => p.page.locator('#boundary-legend li').allTextContents();

describe('decision boundary caption', () => {
  test('binary (one sigmoid output): the 0.5 line, training and test markers', async () => {
    const p = await openPanel(h);
    await p.send(...stream(), live(1499));
    assert.equal(
      await note(p),
      'x from -0.50 to 1.50, y from -0.50 to 1.50. Filled markers: training set; hollow markers: test set; ' +
        'colour: the output a, blue toward 0, red toward 1; dotted line: output = 0.5.',
    );
    assert.deepEqual(
      (await legend(p)).map((t) => t.trim()),
      ['class 0', 'class 1'],
    );
    await clean(p);
  });

  test('3 classes (softmax): the predicted class and a marker per class; no 0.5 line, no test set', async () => {
    const p = await showRun(exampleRun('spiral-softmax.nnspec', 1));
    const text = (await note(p)) ?? '';
    assert.match(text, /Filled markers: training set; colour: the predicted class; dotted lines: where it changes\.$/);
    assert.doesNotMatch(text, /0\.5|test set/);
    assert.deepEqual(
      (await legend(p)).map((t) => t.trim()),
      ['class 0', 'class 1', 'class 2'],
    );
    await clean(p);
  });

  test('regression (linear output): the predicted value and its range; no class, no 0.5 line', async () => {
    const run = exampleRun('house-prices.nnspec', 1);
    const p = await showRun(run);
    const text = (await note(p)) ?? '';
    assert.match(
      text,
      /Filled markers: training set; hollow markers: test set; colour: the predicted value, blue at \S+, red at \S+\.$/,
    );
    assert.doesNotMatch(text, /0\.5|class/);
    assert.equal(await p.page.locator('#boundary-legend').count(), 0);
    await clean(p);
  });
});
