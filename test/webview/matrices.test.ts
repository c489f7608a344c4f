// The panel's matrices at every size, in real Chromium: a 1 × 1 table, the spiral's 32 × 300 dZ[1]
// and a 784 × 256 W[1] on canvases; each entry read by hover and by keyboard, labels and numbers
// painted where they fit, a selection kept across steps and marked in the linked matrices, and the
// student's choice of examples.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator } from 'playwright-core';
import { MESSAGE_BYTES, SNAPSHOT_BYTES } from '../../src/core/messageBudget';
import type { SnapshotDTO } from '../../src/protocol';
import { fmt } from '../../webview/format';
import { analysis, kept, snapshotReply, status, stream } from './fixtures';
import { frames, openPanel, startHarness, type Harness, type PanelPage } from './harness';
import { cellBox, coloursIn, heard, placeOf, readoutAt } from './matrixProbe';
import { exampleRun, mnistSizedRun, realSnapshot, type RealRun } from './realRun';
import { median } from '../stats';

let h: Harness;
let spiral: RealRun;
let mnist: RealRun;
before(async () => {
  h = await startHarness();
  spiral = exampleRun('spiral-softmax.nnspec', 2);
  mnist = mnistSizedRun(2);
});
after(async () => {
  await h?.close();
});

async function clean(p: PanelPage): Promise<void> {
  assert.deepEqual(await p.violations(), []);
  assert.deepEqual(p.errors, []);
  await p.page.close();
}

/** Shows step `step` of a real run as the host would: kept steps, the panel's request, the reply. */
async function showStep(p: PanelPage, run: RealRun, step: number): Promise<void> {
  await p.send(status(step + 1, 'paused'), kept([step]));
  const asked = (await p.snapshotRequests()).at(-1)!;
  assert.equal(asked.step, step);
  await p.send(realSnapshot(run, step, asked.requestId));
  await frames(p.page);
}

async function openRun(run: RealRun, theme?: Parameters<typeof openPanel>[1]): Promise<PanelPage> {
  const p = await openPanel(h, theme);
  await p.send(run.analysis);
  await showStep(p, run, 0);
  return p;
}

const cellTexts = (p: PanelPage, selector: string): Promise<string[]> =>
  p.page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

/** Entry (row r, column c), 1-based, of a snapshot's matrix. */
const at = (m: { cols: number; data: ArrayLike<number> }, r: number, c: number) => m.data[(r - 1) * m.cols + (c - 1)];

const grid = (p: PanelPage, section: string, name: string) =>
  p.page.locator(`#${section} figure[data-matrix="${name}"] .matrix-grid`);
const canvas = (p: PanelPage, section: string, name: string) =>
  p.page.locator(`#${section} figure[data-matrix="${name}"] canvas`);

/** Row 1's and column 1's labels are painted in the gutters beside entry (1, 1), found by hovering. */
async function labelled(p: PanelPage, paint: Locator, box: { x: number; y: number }): Promise<void> {
  assert.equal(placeOf(await readoutAt(p.page, box.x + 40, box.y + 26)), 'row 1 column 1');
  const first = await cellBox(p.page, box.x + 40, box.y + 26, 40);
  const columnLabel = { left: first.left, right: first.right, top: box.y + 2, bottom: first.top - 2 };
  const rowLabel = { left: box.x + 2, right: first.left - 2, top: first.top, bottom: first.bottom };
  assert.ok((await coloursIn(paint, columnLabel, 0)) > 4, 'no column label');
  assert.ok((await coloursIn(paint, rowLabel, 0)) > 4, 'no row label');
}

/** The spiral's dZ[1] entry as the panel names it (columns layout: rows are units, columns examples). */
const dz1Name = (s: SnapshotDTO, r: number, c: number) =>
  `dZ[1] row ${r} column ${c}: ${fmt(at(s.layers[0].dZ, r, c))}, unit ${r} of layer 1, example ${c}`;

describe('matrices at every size', () => {
  test('a 1 × 1 matrix: its value on hover and on keyboard focus, with its accessible name', async () => {
    const p = await openPanel(h);
    await p.send(...stream());
    await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 1499));
    const td = p.page.locator('#backprop figure[data-matrix="db[2]"] table.matrix tbody td');
    assert.equal(await td.count(), 1);
    const value = (await td.textContent()) ?? '';
    const name = `db[2] row 1 column 1: ${value}, unit 1 of layer 2`;
    await td.hover();
    assert.equal(await p.page.locator('#matrix-readout').textContent(), name);
    assert.equal(await p.page.locator('#matrix-readout').isVisible(), true);
    // By keyboard: Tab from the matrix before it lands on the entry, which is named for a screen reader.
    await p.page.locator('#backprop figure[data-matrix="dW[2]"] td[tabindex="0"]').focus();
    await p.page.keyboard.press('Tab');
    assert.equal(await p.page.evaluate(() => document.activeElement?.getAttribute('aria-label')), name);
    assert.equal(await p.page.getByRole('cell', { name, exact: true }).count(), 1);
    // Arrow keys stay on the only entry.
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('ArrowDown');
    assert.equal(await p.page.evaluate(() => document.activeElement?.getAttribute('aria-label')), name);
    await clean(p);
  });

  test('the spiral’s 32 × 300 dZ[1]: labelled, numbers in cells, every entry by hover and by keyboard', async () => {
    const p = await openRun(spiral);
    const s = spiral.snapshots[0];
    const g = grid(p, 'backprop', 'dZ[1]');
    assert.equal(await g.getAttribute('aria-rowcount'), '32');
    assert.equal(await g.getAttribute('aria-colcount'), '300');
    assert.equal(
      await p.page
        .locator('#backprop figure[data-matrix="dZ[1]"] .matrix-axes')
        .evaluate((e) => e.firstChild?.textContent),
      'rows: units j of layer 1 · columns: examples i',
    );
    // It is wide enough to read: at least 10 columns of numbers, and it scrolls for the others.
    const size = await g.evaluate((e) => ({
      w: e.clientWidth,
      sw: e.scrollWidth,
      h: e.clientHeight,
      sh: e.scrollHeight,
    }));
    assert.ok(size.w > 600 && size.sw > size.w * 10, JSON.stringify(size));
    // Hover: the readout names the entry under the pointer, with its value.
    await g.scrollIntoViewIfNeeded();
    // A grid out of the window is painted (and its canvas sized to the viewport) once it scrolls in.
    await frames(p.page);
    const box = (await g.boundingBox())!;
    const text = await readoutAt(p.page, box.x + 200, box.y + 70);
    const [, r, c] = /row (\d+) column (\d+)/.exec(text)!.map(Number);
    assert.equal(text, dz1Name(s, r, c));
    assert.equal(placeOf(await readoutAt(p.page, box.x + 200 + 62 * 2, box.y + 70)), `row ${r} column ${c + 2}`);
    // The entry's box, found by hovering: a number is painted inside it, and its labels in the gutters.
    const cell = await cellBox(p.page, box.x + 200, box.y + 70);
    assert.ok(cell.right - cell.left > 40 && cell.bottom - cell.top > 12, JSON.stringify(cell));
    const paint = canvas(p, 'backprop', 'dZ[1]');
    assert.ok((await coloursIn(paint, cell)) > 4, 'no number painted in the cell');
    await labelled(p, paint, box);
    // Keyboard: focus starts on the first entry; arrows, End, Ctrl+End and PageDown move it, each named.
    await g.focus();
    assert.deepEqual(await heard(g), { role: 'gridcell', name: dz1Name(s, 1, 1) });
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('ArrowDown');
    assert.equal((await heard(g)).name, dz1Name(s, 2, 3));
    assert.equal(placeOf((await p.page.locator('#matrix-readout').textContent()) ?? ''), 'row 2 column 3');
    await p.page.keyboard.press('End');
    assert.equal((await heard(g)).name, dz1Name(s, 2, 300));
    await p.page.keyboard.press('Control+End');
    assert.equal((await heard(g)).name, dz1Name(s, 32, 300));
    // The cursor is scrolled into view at the far end, and back.
    const scrolled = () => g.evaluate((e) => [e.scrollLeft + e.clientWidth === e.scrollWidth, e.scrollTop > 0]);
    assert.deepEqual(await scrolled(), [true, true]);
    await p.page.keyboard.press('Control+Home');
    assert.deepEqual(await g.evaluate((e) => [e.scrollLeft, e.scrollTop]), [0, 0]);
    await p.page.keyboard.press('PageDown');
    assert.match((await heard(g)).name, /^dZ\[1\] row (1[0-9]) column 1: /);
    // The readout stays beside its entry when the page scrolls, and goes once the entry leaves the window.
    await g.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await p.page.keyboard.press('ArrowDown');
    const readout = p.page.locator('#matrix-readout');
    const top = () => readout.evaluate((e) => e.getBoundingClientRect().top);
    // The grid scrolled to reveal the cursor under a pointer left resting on it: the cursor's readout stays.
    assert.equal(await readout.isVisible(), true, 'the keyboard cursor has no readout');
    const before = await top();
    const moved = await p.page.evaluate(() => {
      const from = window.scrollY;
      window.scrollBy(0, 100);
      return window.scrollY - from;
    });
    await frames(p.page);
    assert.ok(moved > 0, 'the page did not scroll');
    assert.ok(Math.abs(before - moved - (await top())) <= 1, `${before} - ${moved} is not ${await top()}`);
    assert.equal(await readout.isVisible(), true);
    await g.evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().bottom + 50));
    await frames(p.page);
    assert.equal(await readout.isVisible(), false, 'a readout left over another matrix');
    await clean(p);
  });

  test('the readout hides while the grid’s own scroll takes its entry out of view, and comes back', async () => {
    const p = await openRun(spiral);
    const g = grid(p, 'backprop', 'dZ[1]');
    const readout = p.page.locator('#matrix-readout');
    await g.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await p.page.mouse.move(0, 0);
    await g.focus();
    assert.equal(placeOf((await readout.textContent()) ?? ''), 'row 1 column 1');
    assert.equal(await readout.isVisible(), true);
    const scrollGrid = async (left: number, top: number) => {
      await g.evaluate((e, [x, y]) => e.scrollTo(x, y), [left, top] as const);
      await frames(p.page);
    };
    // Scrolled right (as by the scrollbar or a wheel), entry (1, 1) is under the row labels: no readout.
    await scrollGrid(600, 0);
    assert.equal(await readout.isVisible(), false, 'a readout beside a clipped entry');
    // It follows a page scroll while hidden, and comes back with its entry.
    await p.page.evaluate(() => window.scrollBy(0, 40));
    await frames(p.page);
    assert.equal(await readout.isVisible(), false);
    await scrollGrid(0, 0);
    assert.equal(await readout.isVisible(), true);
    const cell = await readout.evaluate((e) => e.getBoundingClientRect().top);
    const gridTop = await g.evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(cell > gridTop, `the readout (top ${cell}) is not beside row 1 (grid top ${gridTop})`);
    // Scrolled down, row 1 is under the column labels.
    await scrollGrid(0, 100);
    assert.equal(await readout.isVisible(), false, 'a readout beside an entry under the column labels');
    // A keyboard move scrolls the grid to the cursor, whose readout shows.
    await p.page.keyboard.press('End');
    await frames(p.page);
    assert.equal(placeOf((await readout.textContent()) ?? ''), 'row 1 column 300');
    assert.equal(await readout.isVisible(), true, 'the keyboard cursor has no readout');
    await clean(p);
  });

  test('the 784 × 256 W[1]: every entry by keyboard; zoomed out, labels but no numbers', async () => {
    const p = await openRun(mnist);
    const W = mnist.snapshots[0].layers[0].W;
    assert.deepEqual([W.rows, W.cols], [784, 256]);
    const g = grid(p, 'forward', 'W[1]');
    assert.equal(await g.getAttribute('aria-rowcount'), '784');
    assert.equal(
      await p.page
        .locator('#forward figure[data-matrix="W[1]"] .matrix-axes')
        .evaluate((e) => e.firstChild?.textContent),
      'rows: inputs k · columns: units j of layer 1',
    );
    const name = (r: number, c: number) =>
      `W[1] row ${r} column ${c}: ${fmt(at(W, r, c))}, input ${r}, unit ${c} of layer 1`;
    await g.focus();
    await p.page.keyboard.press('Control+End');
    assert.deepEqual(await heard(g), { role: 'gridcell', name: name(784, 256) });
    await p.page.keyboard.press('ArrowUp');
    await p.page.keyboard.press('ArrowLeft');
    assert.equal((await heard(g)).name, name(783, 255));
    await p.page.keyboard.press('Control+Home');
    const box = (await g.boundingBox())!;
    const paint = canvas(p, 'forward', 'W[1]');
    const numbers = await cellBox(p.page, box.x + 150, box.y + 60);
    assert.ok((await coloursIn(paint, numbers)) > 4, 'numbers at the default zoom');
    // One level out the cells are 24 px wide: too narrow for most of these numbers, so none is drawn.
    await p.page.locator('#forward figure[data-matrix="W[1]"] button[aria-label="Zoom out of W[1]"]').click();
    await frames(p.page);
    const small = await cellBox(p.page, box.x + 150, box.y + 60, 40);
    assert.ok(small.right - small.left < 30, JSON.stringify(small));
    assert.ok((await coloursIn(paint, small)) <= 2, 'a number squeezed into a small cell');
    await labelled(p, paint, box);
    assert.match(await readoutAt(p.page, box.x + 150, box.y + 60), /^W\[1\] row \d+ column \d+: /);
    // What is in view is said in words, too.
    assert.match(
      (await p.page.locator('#forward figure[data-matrix="W[1]"] .matrix-place').textContent()) ?? '',
      /^ · in view: rows 1–\d\d of 784, columns 1–\d\d of 256$/,
    );
    await clean(p);
  });

  test('a 784-256-10 step sampled to fit a message: the whole shapes, the entries by their own indices', async () => {
    const sampled = mnistSizedRun(1, MESSAGE_BYTES);
    const W = sampled.snapshots[0].layers[0].W;
    const whole = mnist.snapshots[0].layers[0].W;
    assert.ok(W.of && W.rows < 784 && W.cols < 256, 'the budget samples W[1]');
    const p = await openRun(sampled);
    const caption = (await p.page.locator('#forward figure[data-matrix="W[1]"] .matrix-shape').textContent()) ?? '';
    assert.equal(
      caption,
      ` (784, 256) · too big to send whole: evenly spaced ${W.rows} of 784 rows × ${W.cols} of 256 columns`,
    );
    // The last entry sent, named and valued as the whole matrix's own.
    const [r, c] = [W.of.rowIndex.at(-1)! + 1, W.of.colIndex.at(-1)! + 1];
    assert.ok(r < 784 || c < 256);
    const g = grid(p, 'forward', 'W[1]');
    assert.equal(await g.getAttribute('aria-rowcount'), String(W.rows));
    await g.focus();
    await p.page.keyboard.press('Control+End');
    const value = fmt(at(whole, r, c));
    assert.deepEqual(await heard(g), {
      role: 'gridcell',
      name: `W[1] row ${r} column ${c}: ${value}, input ${r}, unit ${c} of layer 1`,
    });
    await p.page.keyboard.press('Enter');
    await frames(p.page);
    const details = (await p.page.locator('#entry').textContent()) ?? '';
    assert.match(details, new RegExp(`W\\[1\\]\\[${r},${c}\\] = ${value.replace('.', '\\.')}`));
    // Its sums cannot be worked out from a sample: the panel says so and where to get them.
    assert.match(details, /too big to send whole/);
    assert.ok(details.includes(`nnspec explain mnist-sized.nnspec --step 0 --entry W[1][${r},${c}]`), details);
    assert.match(
      (await p.page.locator('#network .note').textContent()) ?? '',
      /edges whose weight was not sent stay grey/,
    );
    await clean(p);
  });

  test('before a step has come, its matrices are laid out blank at the shapes it comes in, then filled in', async () => {
    const run = mnistSizedRun(1, SNAPSHOT_BYTES); // sampled as the worker samples a reply
    const W = run.snapshots[0].layers[0].W;
    assert.ok(W.of, 'the budget samples W[1]');
    const p = await openPanel(h);
    await p.send(run.analysis);
    await frames(p.page);
    const caption = () => p.page.locator('#forward .step-caption').textContent();
    assert.match((await caption()) ?? '', /^No step has run yet: /);
    const note = () => p.page.locator('#forward p.note').first().textContent();
    assert.match((await note()) ?? '', /^Once a step has run, each entry is coloured/);
    const shape = p.page.locator('#forward figure[data-matrix="W[1]"] .matrix-shape');
    const blankShape = await shape.textContent();
    assert.equal(
      blankShape,
      ` (784, 256) · too big to send whole: evenly spaced ${W.rows} of 784 rows × ${W.cols} of 256 columns`,
    );
    const g = grid(p, 'forward', 'W[1]');
    assert.equal(await g.getAttribute('aria-rowcount'), String(W.rows));
    assert.equal(await g.getAttribute('aria-colcount'), String(W.cols));
    // No values: the cells are the card's colour and the lines between them, an entry says so, and
    // picking it selects nothing.
    await g.scrollIntoViewIfNeeded();
    await frames(p.page);
    const box = (await g.boundingBox())!;
    const cells = { left: box.x + 60, top: box.y + 30, right: box.x + 200, bottom: box.y + 120 };
    assert.ok((await coloursIn(canvas(p, 'forward', 'W[1]'), cells)) <= 2, 'shades before any value came');
    await p.screenshot('blank-step', '#forward');
    await g.focus();
    assert.deepEqual(await heard(g), {
      role: 'gridcell',
      name: 'W[1] row 1 column 1: no value yet, input 1, unit 1 of layer 1',
    });
    await p.page.keyboard.press('Enter');
    await frames(p.page);
    assert.doesNotMatch((await p.page.locator('#entry').textContent()) ?? '', /W\[1\]\[1,1\]/);
    // Step 0 comes: the same grid takes its values, at the same shape.
    await g.evaluate((e) => e.setAttribute('data-probe', 'blank'));
    await showStep(p, run, 0);
    assert.match((await caption()) ?? '', /^Step 0, cost J = /);
    assert.match((await note()) ?? '', /^Blue: negative, red: positive/);
    assert.equal(await g.getAttribute('data-probe'), 'blank', 'the grid was built again');
    assert.equal(await shape.textContent(), blankShape);
    assert.ok((await coloursIn(canvas(p, 'forward', 'W[1]'), cells)) > 3, 'no shades once the values came');
    assert.equal((await heard(g)).name, `W[1] row 1 column 1: ${fmt(W.data[0])}, input 1, unit 1 of layer 1`);
    await clean(p);
  });

  test('zoomed out to 24 px cells, the numbers that fit are still drawn: the spiral’s one-hot Y', async () => {
    const p = await openRun(spiral);
    const y = grid(p, 'forward', 'Y');
    assert.equal(await y.getAttribute('aria-colcount'), '300');
    await p.page.locator('#forward figure[data-matrix="Y"] button[aria-label="Zoom out of Y"]').click();
    await y.scrollIntoViewIfNeeded();
    await frames(p.page);
    const box = (await y.boundingBox())!;
    const paint = canvas(p, 'forward', 'Y');
    // Each entry is 0 or 1: one character, painted in its cell (a blank cell has one or two colours).
    for (const dx of [0, 24, 48]) {
      const cell = await cellBox(p.page, box.x + 100 + dx, box.y + 26, 40);
      assert.ok(cell.right - cell.left < 30, JSON.stringify(cell));
      assert.ok((await coloursIn(paint, cell, 1)) > 4, `no number in the 24 px cell ${JSON.stringify(cell)}`);
    }
    await p.screenshot('matrix-y-zoomed-out', '#forward figure[data-matrix="Y"]');
    await clean(p);
  });

  test('a selected entry is kept across steps and marked in the linked matrices', async () => {
    const p = await openRun(spiral);
    const g = grid(p, 'backprop', 'dZ[1]');
    await g.focus();
    for (let k = 0; k < 4; k++) await p.page.keyboard.press('ArrowRight'); // example 5
    for (let k = 0; k < 2; k++) await p.page.keyboard.press('ArrowDown'); // unit 3
    await p.page.keyboard.press('Enter');
    await frames(p.page);
    const [s0, s1] = spiral.snapshots;
    assert.equal(
      (await p.page.locator('#entry-title').textContent())?.replace(/\s+Clear$/, ''),
      `dZ[1][3,5] = ${fmt(at(s0.layers[0].dZ, 3, 5))} at step 0 — unit 3 of layer 1, example 5`,
    );
    assert.equal((await heard(g)).name, `${dz1Name(s0, 3, 5)}, selected`);
    const links = (await p.page.locator('#entry-links').textContent()) ?? '';
    for (const want of [
      'W[1] row 3',
      'b[1] entry [3,1]',
      'A[0] column 5',
      'Z[1] entry [3,5]',
      'A[1] entry [3,5]',
      'W[2] column 3',
      'Y column 5',
      'dW[1] row 3',
    ])
      assert.ok(links.includes(want), `${want} is not in: ${links}`);
    // The next step: the same entry, its new value, still selected and still linked.
    await showStep(p, spiral, 1);
    const title = (await p.page.locator('#entry-title').textContent()) ?? '';
    assert.ok(title.startsWith(`dZ[1][3,5] = ${fmt(at(s1.layers[0].dZ, 3, 5))} at step 1 — `), title);
    assert.equal((await heard(g)).name, `${dz1Name(s1, 3, 5)}, selected`);
    const w = grid(p, 'forward', 'W[1]');
    await w.focus();
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('ArrowDown');
    assert.match((await heard(w)).name, /^W\[1\] row 3 column 1: .*, linked to dZ\[1\]\[3,5\]$/);
    await p.page.keyboard.press('ArrowDown');
    assert.doesNotMatch((await heard(w)).name, /linked/);
    // The band of row 3 is painted over W[1]: its pixels change when the selection is cleared.
    const paint = canvas(p, 'forward', 'W[1]');
    const wBox = (await w.boundingBox())!;
    const row3 = await cellBox(p.page, wBox.x + 60, wBox.y + 16 + 20 * 2 + 10, 40);
    await p.page.mouse.move(0, 0);
    await frames(p.page);
    const marked = await coloursIn(paint, row3, 0);
    await p.page.locator('#entry-clear').click();
    await frames(p.page);
    assert.equal(await p.page.locator('#entry-title').count(), 0);
    assert.notEqual(await coloursIn(paint, row3, 0), marked);
    await clean(p);
  });

  test('a selection in small tables marks the row of W and the column of A it was computed from', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), status(1, 'paused'), kept([0]));
    await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 0));
    await p.page.locator('#forward figure[data-matrix="Z[1]"] tbody tr:nth-child(2) td:nth-child(4)').click();
    await frames(p.page); // the selection is drawn on the next frame
    const marked = (name: string, cls: string) =>
      p.page
        .locator(`#forward figure[data-matrix="${name}"] td.${cls}`)
        .evaluateAll((tds) => tds.map((td) => `${(td as HTMLElement).dataset.row},${(td as HTMLElement).dataset.col}`));
    assert.deepEqual(await marked('Z[1]', 'selected'), ['1,2']);
    assert.deepEqual(await marked('W[1]', 'linked'), ['1,0', '1,1']); // row 2 of W[1]
    assert.deepEqual(await marked('A[0]', 'linked'), ['0,2', '1,2']); // column 3 of A[0] = X
    assert.deepEqual(await marked('A[1]', 'linked-cell'), ['1,2']);
    assert.deepEqual(await marked('b[1]', 'linked-cell'), ['1,0']);
    assert.equal(await p.page.locator('#entry-title code').textContent(), 'Z[1][2,3]');
    // The network marks the entry's unit; a weight's edge, when a weight is selected.
    assert.deepEqual(await p.page.locator('#network circle.selected title').allTextContents(), [
      'layer 1, unit 2 of n[1] = 4',
    ]);
    await p.page.locator('#forward figure[data-matrix="W[2]"] td').nth(2).click();
    await frames(p.page);
    assert.deepEqual(await p.page.locator('#network line.selected title').allTextContents(), ['W[2][1, 3] = 0.4']);
    assert.equal(await p.page.locator('#network circle.selected').count(), 2);
    await p.page.locator('#forward figure[data-matrix="Z[1]"] tbody tr:nth-child(2) td:nth-child(4)').click();
    // A reload keeps the selection.
    await p.page.reload();
    await p.page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
    await p.send(analysis(true), status(1, 'paused'), kept([0]));
    await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 0));
    assert.deepEqual(await marked('Z[1]', 'selected'), ['1,2']);
    assert.deepEqual(await marked('W[1]', 'linked'), ['1,0', '1,1']);
    // Escape on the focused entry clears the selection.
    await p.page.locator('#forward figure[data-matrix="Z[1]"] td.selected').focus();
    await p.page.keyboard.press('Escape');
    await frames(p.page);
    assert.deepEqual(await marked('W[1]', 'linked'), []);
    await clean(p);
  });

  test('the examples shown: one class, the misclassified, the largest loss; kept over a reload', async () => {
    const p = await openRun(spiral);
    const s = spiral.snapshots[0];
    const A2 = s.layers[1].A;
    // Columns layout: example i is column i; its class is the argmax of its column (of Y, or of A[2]).
    const argmax = (M: { rows: number; cols: number; data: ArrayLike<number> }, i: number) =>
      [0, 1, 2].reduce((b, k) => (M.data[k * M.cols + i] > M.data[b * M.cols + i] ? k : b), 0);
    const all = Array.from({ length: 300 }, (_, i) => i);
    const by = p.page.locator('#forward-examples-by');
    const dz = grid(p, 'backprop', 'dZ[1]');
    const header = () => cellTexts(p, '#forward figure[data-matrix="A[2]"] table.matrix thead th');
    // By index: examples 3 to 7, numbered as in the batch.
    await by.selectOption('range');
    await p.page.locator('#forward-examples-from').fill('3');
    await p.page.locator('#forward-examples-from').press('Tab');
    await p.page.locator('#forward-examples-to').fill('7');
    await p.page.locator('#forward-examples-to').press('Tab');
    await frames(p.page);
    assert.deepEqual(await header(), ['j\\i', '3', '4', '5', '6', '7']);
    assert.equal(await dz.getAttribute('aria-colcount'), '5');
    assert.equal(await p.page.locator('#forward-examples-note').textContent(), '5 of 300 examples: a range');
    await by.selectOption('class');
    await p.page.locator('#forward-examples-class').selectOption('2');
    await frames(p.page);
    const class2 = all.filter((i) => argmax(s.Y, i) === 2);
    assert.equal(await dz.getAttribute('aria-colcount'), String(class2.length));
    assert.equal(await p.page.locator('#backprop-examples-by').inputValue(), 'class', 'one choice for both sections');
    assert.equal(
      await p.page.locator('#forward-examples-note').textContent(),
      `${class2.length} of 300 examples: those of class 2`,
    );
    await dz.focus();
    assert.equal((await heard(dz)).name, dz1Name(s, 1, class2[0] + 1));
    await by.selectOption('misclassified');
    await frames(p.page);
    const wrong = all.filter((i) => argmax(A2, i) !== argmax(s.Y, i));
    assert.ok(wrong.length > 0 && wrong.length < 300, `${wrong.length} misclassified: the check proves nothing`);
    assert.equal(await dz.getAttribute('aria-colcount'), String(wrong.length));
    // The largest loss: -log of the probability given to the true class, largest first.
    await by.selectOption('largestLoss');
    await p.page.locator('#forward-examples-count').fill('5');
    await p.page.locator('#forward-examples-count').press('Tab');
    await frames(p.page);
    const loss = (i: number) => -Math.log(A2.data[argmax(s.Y, i) * A2.cols + i]);
    const top = [...all].sort((a, b) => loss(b) - loss(a)).slice(0, 5);
    assert.deepEqual(await header(), ['j\\i', ...top.map((i) => String(i + 1))]);
    assert.match(
      (await p.page.locator('#forward-examples-note').textContent()) ?? '',
      new RegExp(
        `^5 of 300 examples, largest loss first: example ${top[0] + 1} \\(${fmt(loss(top[0])).replace('.', '\\.')}\\)`,
      ),
    );
    // A reload keeps the choice.
    await p.page.reload();
    await p.page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
    await p.send(spiral.analysis);
    await showStep(p, spiral, 0);
    assert.equal(await by.inputValue(), 'largestLoss');
    assert.equal(await p.page.locator('#forward-examples-count').inputValue(), '5');
    assert.deepEqual(await header(), ['j\\i', ...top.map((i) => String(i + 1))]);
    await clean(p);
  });
});

/** Milliseconds between successive animation frames while `step` runs before each of `n` frames. */
async function frameTimes(p: PanelPage, selector: string, n: number, dx: number, dy: number): Promise<number[]> {
  return p.page.evaluate(
    async ([sel, count, x, y]) => {
      const g = document.querySelector(sel)!;
      const times: number[] = [];
      let last = performance.now();
      for (let k = 0; k < count; k++) {
        g.scrollTop += y;
        g.scrollLeft += x;
        await new Promise((ok) => requestAnimationFrame(ok));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times;
    },
    [selector, n, dx, dy] as const,
  );
}

describe('matrix timings and screenshots', () => {
  test('rendering and scrolling the 784 × 256 network (times are reported, not asserted)', async (t) => {
    const p = await openPanel(h);
    await p.send(mnist.analysis, status(1, 'paused'), kept([0]));
    const reply = realSnapshot(mnist, 0, (await p.snapshotRequests()).at(-1)!.requestId);
    // The forward section is scrolled to the top of the window, where A[0] and W[1] will be painted.
    await p.page.locator('#forward').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    const render = await p.timeToScreen(reply);
    const idle = await p.page.evaluate(async () => {
      const t0 = performance.now();
      for (let k = 0; k < 3; k++) await new Promise((ok) => requestAnimationFrame(ok));
      return performance.now() - t0;
    });
    // The next step, as the timeline moves on: the same matrices and canvases, updated in place.
    await p.send(status(2, 'paused'), kept([0, 1]));
    const next = (await p.snapshotRequests()).at(-1)!;
    assert.equal(next.step, 1);
    const renderNext = await p.timeToScreen(realSnapshot(mnist, 1, next.requestId));
    const w = '#forward figure[data-matrix="W[1]"] .matrix-grid';
    assert.equal(await p.page.locator(w).getAttribute('aria-rowcount'), '784');
    await p.page.locator(w).scrollIntoViewIfNeeded();
    const numbers = await frameTimes(p, w, 60, 23, 41);
    for (let k = 0; k < 4; k++)
      await p.page.locator('#forward figure[data-matrix="W[1]"] button[aria-label="Zoom out of W[1]"]').click();
    const overview = await frameTimes(p, w, 60, 7, 13);
    const ms = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
    t.diagnostic(`snapshot of the 784-256-10 network to screen: ${render.toFixed(0)} ms`);
    t.diagnostic(`(three idle frames afterwards: ${idle.toFixed(0)} ms)`);
    t.diagnostic(`the next step's snapshot to screen: ${renderNext.toFixed(0)} ms`);
    t.diagnostic(`frames while scrolling W[1] with numbers: ${ms(numbers)}`);
    t.diagnostic(`frames while scrolling W[1] at 3 px cells: ${ms(overview)}`);
    await clean(p);
  });

  for (const theme of ['vscode-dark', 'vscode-light', 'vscode-high-contrast'] as const) {
    test(`screenshots in ${theme}: the spiral's dZ[1] with a selection, and the 784 × 256 W[1]`, async () => {
      const name = theme.replace('vscode-', '');
      const p = await openRun(spiral, theme);
      // A window tall enough for every matrix of a section: those out of the window are not painted.
      await p.page.setViewportSize({ width: 1100, height: 2600 });
      const dz = grid(p, 'backprop', 'dZ[1]');
      await dz.focus();
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter', 'ArrowRight'])
        await p.page.keyboard.press(key);
      await frames(p.page);
      await p.screenshot(`matrix-dz1-${name}`, '#backprop .chain-layer[data-layer="1"]');
      await p.screenshot(`matrix-forward-${name}`, '#forward');
      // What the screenshot shows, checked in this theme: a number inside a cell, and row and column labels.
      await dz.scrollIntoViewIfNeeded(); // the #forward screenshot scrolled it out of the window
      const dzBox = (await dz.boundingBox())!;
      const dzPaint = canvas(p, 'backprop', 'dZ[1]');
      const cell = await cellBox(p.page, dzBox.x + 200, dzBox.y + 130);
      assert.ok((await coloursIn(dzPaint, cell)) > 4, `no number painted in a dZ[1] cell in ${name}`);
      await labelled(p, dzPaint, dzBox);
      await clean(p);
      const one = await openPanel(h, theme);
      await one.send(...stream());
      await one.send(snapshotReply((await one.snapshotRequests()).at(-1)!.requestId, 1499));
      const td = one.page.locator('#backprop figure[data-matrix="db[2]"] table.matrix tbody td');
      assert.match((await td.textContent()) ?? '', /^-?\d/);
      await td.hover();
      await one.screenshot(`matrix-1x1-${name}`, '#backprop figure[data-matrix="db[2]"]');
      await clean(one);
      const q = await openRun(mnist, theme);
      await q.page.setViewportSize({ width: 1100, height: 2600 });
      const w = grid(q, 'forward', 'W[1]');
      await w.scrollIntoViewIfNeeded();
      const box = (await w.boundingBox())!;
      await q.page.mouse.move(box.x + 240, box.y + 90);
      await frames(q.page);
      await q.screenshot(`matrix-w784-${name}`, '#forward figure[data-matrix="W[1]"]');
      const wPaint = canvas(q, 'forward', 'W[1]');
      const wCell = await cellBox(q.page, box.x + 150, box.y + 60);
      assert.ok((await coloursIn(wPaint, wCell)) > 4, `no number painted in a W[1] cell in ${name}`);
      await labelled(q, wPaint, box);
      await q.page.locator('#forward figure[data-matrix="W[1]"] button[aria-label="Zoom out of W[1]"]').click();
      await q.page.locator('#forward figure[data-matrix="W[1]"] button[aria-label="Zoom out of W[1]"]').click();
      await q.page.mouse.move(box.x + 240, box.y + 90);
      await frames(q.page);
      await q.screenshot(`matrix-w784-zoomed-out-${name}`, '#forward figure[data-matrix="W[1]"]');
      await clean(q);
    });
  }
});
