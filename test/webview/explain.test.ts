// Explaining entries in the panel, in real Chromium: clicking an entry of the flower's step 0 opens its
// explanation (formula, numbers, "… and N more"), an operand link selects and explains that entry,
// and the same walk works from the keyboard alone; the cost J has its explanation too.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { formatNumber } from '../../src/core/explain/render';
import { explainShown } from '../../webview/explainEntry';
import { kept, status } from './fixtures';
import { frames, openPanel, startHarness, type Harness, type PanelPage } from './harness';
import { exampleRun, realSnapshot, type RealRun } from './realRun';

let h: Harness;
/** The course's planar flower, 2-4-1 on 400 examples: dW[1] (4, 2) is drawn as a table. */
let flower: RealRun;
before(async () => {
  h = await startHarness();
  flower = exampleRun('planar-flower.nnspec', 1);
});
after(async () => {
  await h?.close();
});

async function openStep0(): Promise<PanelPage> {
  const p = await openPanel(h);
  await p.send(flower.analysis, status(1, 'paused'), kept([0]));
  const asked = (await p.snapshotRequests()).at(-1)!;
  await p.send(realSnapshot(flower, 0, asked.requestId));
  await frames(p.page);
  return p;
}

async function clean(p: PanelPage): Promise<void> {
  assert.deepEqual(await p.violations(), []);
  assert.deepEqual(p.errors, []);
  await p.page.close();
}

/** The explanation on screen: its entry, its lines' formulas and numbers, its notes. */
function shown(p: PanelPage) {
  return p.page.locator('#entry-explanation .explanation').evaluate((e) => ({
    entry: e.getAttribute('data-entry'),
    formulas: [...e.querySelectorAll('.explain-formula')].map((x) => x.textContent),
    numbers: [...e.querySelectorAll('.explain-numbers')].map((x) => x.textContent),
    more: e.querySelector('.explain-more')?.textContent ?? '',
    links: [...e.querySelectorAll('.entry-link')].map((x) => x.getAttribute('data-entry')),
  }));
}

/** What the core's explain() says of `name` at step 0 (the panel must draw exactly this). */
function expected(name: 'J' | { matrix: 'dW' | 'dZ' | 'Z'; layer: number; row: number; col: number }) {
  const r = explainShown(flower.snapshots[0], flower.analysis.explain!, name);
  assert.ok(r.ok);
  return r.explanation;
}

const dW1 = (p: PanelPage, row: number, col: number) =>
  p.page.locator(`#backprop figure[data-matrix="dW[1]"] td[data-row="${row}"][data-col="${col}"]`);

describe('explaining an entry', () => {
  test('clicking dW[1][3,2] shows its formula, its numbers, its value and "… and N more"', async () => {
    const p = await openStep0();
    await dW1(p, 2, 1).click();
    await frames(p.page);
    const e = expected({ matrix: 'dW', layer: 1, row: 2, col: 1 });
    const got = await shown(p);
    assert.equal(got.entry, 'dW[1][3,2]');
    assert.deepEqual(
      got.formulas,
      e.lines.map((l) => l.formula),
    );
    assert.deepEqual(
      got.numbers,
      e.lines.map((l) => l.substituted),
    );
    // The value drawn is the snapshot's own entry (3, 2) of dW[1].
    const dw = flower.snapshots[0].layers[0].dW;
    assert.ok(got.numbers[0].endsWith(`= ${formatNumber(dw.data[2 * dw.cols + 1])}`), got.numbers[0]);
    // 400 examples: the largest terms, then the others summed.
    const cut = e.truncated!;
    assert.equal(cut.shown + cut.more, 400);
    assert.match(got.more, new RegExp(`^… and ${cut.more} more, summing to `));
    assert.ok(got.links.some((l) => l!.startsWith('dZ[1][3,')) && got.links.some((l) => l!.startsWith('A[0][2,')));
    await clean(p);
  });

  test('an operand link selects that entry, explains it and marks it in its matrix', async () => {
    const p = await openStep0();
    await dW1(p, 2, 1).click();
    await frames(p.page);
    const target = (await shown(p)).links.find((l) => l!.startsWith('dZ[1][3,'))!;
    await p.page.locator(`#entry-explanation .entry-link[data-entry="${target}"]`).first().click();
    await frames(p.page);
    const got = await shown(p);
    assert.equal(got.entry, target);
    assert.equal(await p.page.locator('#entry-title code').textContent(), target);
    const col = Number(/,(\d+)\]$/.exec(target)![1]) - 1;
    assert.deepEqual(
      got.formulas,
      expected({ matrix: 'dZ', layer: 1, row: 2, col }).lines.map((l) => l.formula),
    );
    // dZ[1] = dA[1] · tanh'(Z[1]) = dA[1] · (1 − A[1]²): its operands are the same entry of dA[1] and A[1].
    assert.ok(got.links.includes(`dA[1][3,${col + 1}]`) && got.links.includes(`A[1][3,${col + 1}]`), String(got.links));
    // The matrices mark it: the grid of dZ[1] says the selected entry, dW[1] no longer has a selected cell.
    assert.equal(await p.page.locator('#backprop figure[data-matrix="dW[1]"] td.selected').count(), 0);
    // Focus moved to the new explanation, so the walk goes on from there.
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'entry-explanation');
    await clean(p);
  });

  test('keyboard only: Enter on an entry explains it; Tab and Enter follow an operand', async () => {
    const p = await openStep0();
    // Tab arrives on dW[1]'s entry (1, 1); the arrows move to (2, 2); Enter selects it.
    await dW1(p, 0, 0).focus();
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('Enter');
    await frames(p.page);
    assert.equal((await shown(p)).entry, 'dW[1][2,2]');
    // Into the explanation: its first link is reached by Tab from the explanation's start.
    await p.page.locator('#entry-explanation').focus();
    await p.page.keyboard.press('Tab');
    const first = await p.page.evaluate(() => document.activeElement?.getAttribute('data-entry'));
    assert.ok(first, 'Tab did not reach an operand link');
    await p.page.keyboard.press('Enter');
    await frames(p.page);
    assert.equal((await shown(p)).entry, first);
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'entry-explanation');
    // And on: Tab, Enter again walks one more step back.
    await p.page.keyboard.press('Tab');
    const second = await p.page.evaluate(() => document.activeElement?.getAttribute('data-entry'));
    assert.ok(second);
    await p.page.keyboard.press('Enter');
    await frames(p.page);
    assert.equal((await shown(p)).entry, second);
    await clean(p);
  });

  test('the editor selects an entry (Show Step in Panel from a trace): it is explained as if clicked', async () => {
    const p = await openStep0();
    await p.send({ type: 'selectEntry', entry: { matrix: 'dW', layer: 1, row: 2, col: 1 } });
    await frames(p.page);
    const got = await shown(p);
    assert.equal(got.entry, 'dW[1][3,2]');
    assert.deepEqual(
      got.formulas,
      expected({ matrix: 'dW', layer: 1, row: 2, col: 1 }).lines.map((l) => l.formula),
    );
    await clean(p);
  });

  test('the cost J: its per-example loss terms and a link to each', async () => {
    const p = await openStep0();
    await p.page.locator('#explain-cost').click();
    await frames(p.page);
    const got = await shown(p);
    const e = expected('J');
    assert.equal(got.entry, 'J');
    assert.deepEqual(
      got.formulas,
      e.lines.map((l) => l.formula),
    );
    assert.match(got.more, /^… and \d+ more, summing to /);
    assert.ok(got.links.some((l) => l!.startsWith('A[2][')));
    await clean(p);
  });

  test('the editor asks for J (a trace whose cost differs): J is explained, in place of a selected entry', async () => {
    const p = await openStep0();
    await dW1(p, 0, 0).click();
    await frames(p.page);
    await p.send({ type: 'selectEntry', entry: 'J' });
    await frames(p.page);
    const got = await shown(p);
    assert.equal(got.entry, 'J');
    assert.deepEqual(
      got.formulas,
      expected('J').lines.map((l) => l.formula),
    );
    assert.equal(await p.page.locator('#backprop figure[data-matrix="dW[1]"] td.selected').count(), 0);
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'entry-explanation');
    await clean(p);
  });
});
