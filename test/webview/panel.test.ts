// The training panel in real Chromium under the real CSP, fed a recorded host message stream.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analysis, boundary, MISMATCH_MESSAGE, progressPoints, snapshot, stream, XOR_X, XOR_Y } from './fixtures';
import { openPanel, startHarness, type Harness, type PanelPage } from './harness';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

/** Every test ends by checking that nothing broke the CSP or threw. */
async function clean(p: PanelPage): Promise<void> {
  assert.deepEqual(await p.violations(), []);
  assert.deepEqual(p.errors, []);
  await p.page.close();
}

const cellTexts = (p: PanelPage, selector: string): Promise<string[]> =>
  p.page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

describe('training panel', () => {
  test('posts ready on load and shows every section with a heading', async () => {
    const p = await openPanel(h);
    // The speed goes first, so the run the host starts on `ready` is already paced to be watched.
    assert.deepEqual(await p.posted(), [{ type: 'speed', stepsPerFrame: 50 }, { type: 'ready' }]);
    assert.equal(await p.page.locator('#ctl-speed-value').textContent(), '50 steps/frame');
    // The uri the host wrote on #app is kept in the webview state, for the panel serializer.
    assert.deepEqual(await p.page.evaluate(() => JSON.parse(sessionStorage.getItem('vscodeState') ?? 'null')), {
      uri: 'file:///work/examples/xor.nnspec',
    });
    for (const id of [
      'controls',
      'network',
      'shapes',
      'forward',
      'backprop',
      'timeline',
      'loss',
      'boundary',
      'gradnorms',
      'gradcheck',
    ]) {
      assert.equal(await p.page.locator(`#${id} > h2`).count(), 1, id);
    }
    await clean(p);
  });

  test('shapes table prints every matrix and the equations with live shapes', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true));
    const cells = await cellTexts(p, '#shapes td');
    for (const want of [
      'W[1] (4, 2)',
      'b[1] (4, 1)',
      'Z[1] (4, 4)',
      'dW[1] (4, 2)',
      'W[2] (1, 4)',
      'dA[1] (4, 4)',
      '(n[1], n[0])',
      'Z[1] = W[1] A[0] + b[1]',
      '(4, 2)(2, m) + (4, 1) -> (4, m)',
      'dW[1] = (1/m) dZ[1] A[0]ᵀ',
      '(4, m)(m, 2) -> (4, 2)',
      'dZ[2] = A[2] - Y',
    ]) {
      assert.ok(cells.includes(want), `missing cell ${want}`);
    }
    assert.equal(await p.page.locator('#shapes .axis.mismatch').count(), 0);
    const headings = await p.page.locator('#shapes h3').allTextContents();
    assert.deepEqual(headings, [
      'Layer 1: n[1] = 4 tanh units, 12 parameters',
      'Layer 2: n[2] = 1 sigmoid unit, 5 parameters',
    ]);
    await clean(p);
  });

  test('a mismatch is drawn in the error colour and diagnostics are listed when training cannot start', async () => {
    const p = await openPanel(h);
    await p.send(analysis(false));
    // The core names the field ('W') in layer 2's mismatch, and says what the file has.
    assert.match(MISMATCH_MESSAGE, /^W\[2\] must be \(1, 4\).*but is \(1, 3\)/);
    const bad = p.page.locator('#shapes td.has-mismatch');
    assert.equal(await bad.count(), 1);
    assert.equal((await bad.textContent())?.trim(), 'W[2] (1, 4)');
    const axis = p.page.locator('#shapes td.has-mismatch .axis.mismatch');
    assert.equal(await axis.textContent(), '4'); // axis 1 of W[2] is n[1] = 4
    assert.deepEqual(await cellTexts(p, '#shapes td.file-shape'), ['the file has (1, 3)']);
    assert.equal(await p.page.locator('#shapes tr:has(td.has-mismatch) td.file-shape').count(), 1);
    // --vscode-errorForeground of the dark theme is #f85149.
    assert.equal(await axis.evaluate((e) => getComputedStyle(e).color), 'rgb(248, 81, 73)');
    assert.notEqual(
      await p.page
        .locator('#shapes td:has-text("W[1] (4, 2)") .axis')
        .first()
        .evaluate((e) => getComputedStyle(e).color),
      'rgb(248, 81, 73)',
    );
    const diag = (await p.page.locator('#diagnostics li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.deepEqual(diag, [`error 14:10 ${MISMATCH_MESSAGE}`]); // the line of 'W: [[0.1, -0.2, 0.3]]'
    // The errors are brought onto the first screen.
    const box = await p.page.locator('#diagnostics').evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    });
    assert.ok(box.top >= 0 && box.bottom <= box.height, `#diagnostics is off screen: ${JSON.stringify(box)}`);
    assert.equal(await p.page.locator('#ctl-play').isDisabled(), true);
    assert.equal(await p.page.locator('#status').textContent(), 'cannot train: fix the errors listed under Shapes.');
    // What the host says when Play is pressed on a broken spec.
    await p.send({
      type: 'status',
      status: 'idle',
      step: 0,
      totalSteps: 0,
      message: 'Fix the error in the spec before training.',
    });
    assert.equal(
      await p.page.locator('#status').textContent(),
      'cannot train: fix the error in the spec before training.',
    );
    await p.screenshot('mismatch-dark');
    await clean(p);
  });

  test('forward values print small matrices as numbers, to 3 significant digits', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), { type: 'snapshot', snapshot: snapshot(0, XOR_X, XOR_Y) });
    // Z[1] = W[1] X + b[1] by hand: row 1 = 0.5 x1 - 0.25 x2 + 0.1, row 4 = 0.3333 x1 + 0.01 over the XOR columns.
    const z1 = p.page.locator('#forward figure[data-matrix="Z[1]"] table.matrix tr');
    assert.equal(await z1.count(), 4);
    assert.deepEqual(await cellTexts(p, '#forward figure[data-matrix="Z[1]"] table.matrix tr:nth-child(1) td'), [
      '0.1',
      '-0.15',
      '0.6',
      '0.35',
    ]);
    assert.deepEqual(await cellTexts(p, '#forward figure[data-matrix="Z[1]"] table.matrix tr:nth-child(4) td'), [
      '0.01',
      '0.01',
      '0.343',
      '0.343',
    ]);
    // A[0] = X itself.
    assert.deepEqual(await cellTexts(p, '#forward figure[data-matrix="A[0]"] table.matrix tr:nth-child(2) td'), [
      '0',
      '1',
      '0',
      '1',
    ]);
    // Network edge W[1][4, 1] = 0.3333 in its title.
    assert.ok((await p.page.locator('#network line title').allTextContents()).includes('W[1][4, 1] = 0.333'));
    await clean(p);
  });

  test('backprop is laid out from the output back, dZ[2] = A[2] - Y first', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), { type: 'snapshot', snapshot: snapshot(7, XOR_X, XOR_Y) });
    const order = await p.page
      .locator('#backprop figure')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-matrix')));
    assert.deepEqual(order, ['dZ[2]', 'dW[2]', 'db[2]', 'dA[1]', 'dZ[1]', 'dW[1]', 'db[1]']);
    const captions = await p.page.locator('#backprop figcaption .matrix-name').allTextContents();
    assert.equal(captions[0], 'dZ[2] = A[2] - Y');
    assert.equal(captions[4], "dZ[1] = dA[1] * tanh'(Z[1])"); // the core writes g' as the layer's activation
    // dZ[2] = A[2] - Y: for example 1 (y = 0) it is A[2] itself, a probability in (0, 1).
    const dz2 = Number(await p.page.locator('#backprop figure[data-matrix="dZ[2]"] td').first().textContent());
    const a2 = Number(await p.page.locator('#forward figure[data-matrix="A[2]"] td').first().textContent());
    assert.ok(dz2 > 0 && dz2 < 1);
    assert.equal(dz2, a2);
    await clean(p);
  });

  test('many examples are summarised: a sample of columns plus per-unit min, max and mean', async () => {
    const p = await openPanel(h);
    const m = 200;
    const X = [Array.from({ length: m }, (_, k) => k / (m - 1)), Array.from({ length: m }, () => 1)];
    const Y = [Array.from({ length: m }, (_, k) => k % 2)];
    await p.send(analysis(true), { type: 'snapshot', snapshot: snapshot(3, X, Y) });
    const fig = p.page.locator('#forward figure[data-matrix="A[0]"]');
    assert.match((await fig.locator('.note').textContent()) ?? '', /12 of 200 examples/);
    assert.equal(await fig.locator('table.matrix tbody tr:first-child td').count(), 12);
    // Row 1 of X runs 0..1 evenly: min 0, max 1, mean 0.5; row 2 is all ones.
    assert.deepEqual(await cellTexts(p, '#forward figure[data-matrix="A[0]"] table.stats tbody tr:nth-child(1) > *'), [
      '1',
      '0',
      '1',
      '0.5',
    ]);
    assert.deepEqual(await cellTexts(p, '#forward figure[data-matrix="A[0]"] table.stats tbody tr:nth-child(2) > *'), [
      '2',
      '1',
      '1',
      '1',
    ]);
    await clean(p);
  });

  test('the rows layout shows examples as rows and W[l] as (n[l-1], n[l])', async () => {
    const p = await openPanel(h);
    const snap = snapshot(0, XOR_X, XOR_Y);
    const t = (m: { rows: number; cols: number; data: number[] }) => ({
      rows: m.cols,
      cols: m.rows,
      data: Array.from({ length: m.rows * m.cols }, (_, k) => m.data[(k % m.rows) * m.cols + Math.floor(k / m.rows)]),
    });
    const rows = {
      ...snap,
      X: t(snap.X),
      Y: t(snap.Y),
      layers: snap.layers.map((l) => ({
        W: t(l.W),
        b: t(l.b),
        Z: t(l.Z),
        A: t(l.A),
        dA: t(l.dA),
        dZ: t(l.dZ),
        dW: t(l.dW),
        db: t(l.db),
      })),
    };
    await p.send({ ...analysis(true), layout: 'rows', shapes: undefined }, { type: 'snapshot', snapshot: rows });
    // X in rows: one example per row, so example 2 = (0, 1) is the second row.
    assert.deepEqual(await cellTexts(p, '#forward figure[data-matrix="A[0]"] table.matrix tr:nth-child(2) td'), [
      '0',
      '1',
    ]);
    assert.equal(
      (await p.page.locator('#forward figure[data-matrix="Z[1]"] .matrix-shape').textContent())?.trim(),
      '(4, 4)',
    );
    // W[1] is (2, 4) in rows: the edge from input 1 to unit 4 is W[1][1, 4] = 0.3333.
    assert.ok((await p.page.locator('#network line title').allTextContents()).includes('W[1][1, 4] = 0.333'));
    await clean(p);
  });

  test('large matrices become a heatmap with a hover readout', async () => {
    const p = await openPanel(h);
    const rows = 20,
      cols = 30;
    const data = Array.from({ length: rows * cols }, (_, k) => (k % 7) - 3);
    const snap = snapshot(0, XOR_X, XOR_Y);
    snap.layers[0].W = { rows, cols, data };
    await p.send(analysis(true), { type: 'snapshot', snapshot: snap });
    const canvas = p.page.locator('#network').first(); // network still draws the first 16 units
    assert.ok(await canvas.isVisible());
    await p.send({
      type: 'snapshot',
      snapshot: { ...snap, layers: [{ ...snap.layers[0], dW: { rows, cols, data } }, snap.layers[1]] },
    });
    const heat = p.page.locator('#backprop figure[data-matrix="dW[1]"] canvas.heatmap');
    assert.equal(await heat.count(), 1);
    await heat.scrollIntoViewIfNeeded();
    const box = await heat.boundingBox();
    assert.ok(box);
    // Hover the cell in row 2, column 3: k = 1 * 30 + 2 = 32, 32 % 7 - 3 = 1.
    await p.page.mouse.move(box.x + (2.5 / cols) * box.width, box.y + (1.5 / rows) * box.height);
    assert.equal(await heat.getAttribute('title'), 'dW[1][2, 3] = 1');
    // A 300 × 700 matrix is squeezed into at most 480 × 320 pixels.
    const big = { rows: 300, cols: 700, data: Array.from({ length: 300 * 700 }, (_, k) => Math.sin(k)) };
    await p.send({ type: 'snapshot', snapshot: { ...snap, layers: [{ ...snap.layers[0], dW: big }, snap.layers[1]] } });
    const size = await heat.evaluate((c: HTMLCanvasElement) => [c.width, c.height, c.clientWidth, c.clientHeight]);
    assert.deepEqual(size, [700, 300, 480, 300]);
    await clean(p);
  });

  test('loss and gradient-norm charts get every point, thinned to at most 1000 for drawing', async () => {
    const p = await openPanel(h);
    await p.send(...stream());
    type Charts = Record<string, { data: { datasets: { data: { x: number; y: number }[]; label?: string }[] } }>;
    const counts = await p.page.evaluate(() => {
      const charts = (window as unknown as { __nnspecCharts: Charts }).__nnspecCharts;
      return {
        loss: charts.loss.data.datasets.map((d) => d.data.length),
        firstCost: charts.loss.data.datasets[0].data[0],
        grad: charts.gradnorms.data.datasets.map((d) => d.data.length),
        gradLabels: charts.gradnorms.data.datasets.map((d) => d.label),
        firstGrad: charts.gradnorms.data.datasets[0].data[0],
      };
    });
    // 1500 points > 1000: buckets double from 1 to 4 steps (501 buckets of 2 would draw 1002 points),
    // so 375 buckets; falling costs keep each bucket's first (max) and last (min) point: 750.
    // Accuracy 0.5 + t/1000 rises until t = 500 and then stays 1: the 125 buckets over t < 500 keep 2
    // points, the 250 flat ones after keep 1: 250 + 250 = 500.
    assert.deepEqual(counts.loss, [750, 3, 500]);
    assert.deepEqual(counts.grad, [750, 750]);
    assert.deepEqual(counts.gradLabels, ['||dW[1]||', '||dW[2]||']);
    // Gradient norms start on a log scale (drawn as log10): ||dW[1]|| at step 0 is 0.01.
    assert.deepEqual(counts.firstGrad, { x: 0, y: -2 });
    assert.deepEqual(counts.firstCost, { x: 0, y: 0.05 + 0.64 });
    // 1500 steps run: the last is step 1499 of steps 0–1999, as the timeline numbers them.
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'step 1499 / 1999');
    // Last cost: 0.05 + 0.64 e^(-1499/300) = 0.05 + 0.64 · 0.0067604 = 0.054327
    assert.equal(await p.page.locator('#ctl-cost').textContent(), 'cost 0.05433');
    await p.page.locator('#loss-log').check();
    await p.send();
    const logged = await p.page.evaluate(
      () => (window as unknown as { __nnspecCharts: Charts }).__nnspecCharts.loss.data.datasets[0].data[0],
    );
    assert.equal(logged.x, 0);
    assert.ok(Math.abs(logged.y - Math.log10(0.05 + 0.64)) < 1e-12);
    // The tick labels are the costs themselves, not their logarithms.
    const ticks = await p.page.evaluate(() =>
      (
        window as unknown as { __nnspecCharts: Record<string, { scales: { y: { ticks: { label: string }[] } } }> }
      ).__nnspecCharts.loss.scales.y.ticks.map((t) => t.label),
    );
    assert.ok(ticks.includes('0.1'), ticks.join(' '));
    // A short run keeps every point; a restarted run starts the series over.
    await p.send({ type: 'progress', points: progressPoints(0, 30), testPoints: [] });
    const restarted = await p.page.evaluate(() =>
      (
        window as unknown as { __nnspecCharts: Record<string, { data: { datasets: { data: unknown[] }[] } }> }
      ).__nnspecCharts.loss.data.datasets.map((d) => d.data.length),
    );
    assert.deepEqual(restarted, [30, 0, 30]);
    await clean(p);
  });

  test('the decision boundary and hidden-unit maps are painted, with the data points', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), { type: 'boundary', boundary: boundary(10) });
    const stats = await p.page.locator('#boundary-canvas').evaluate((c: HTMLCanvasElement) => {
      const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height).data;
      const colours = new Set<number>();
      for (let k = 0; k < d.length; k += 4) colours.add((d[k] << 16) | (d[k + 1] << 8) | d[k + 2]);
      return { colours: colours.size, width: c.width };
    });
    assert.ok(stats.colours > 50, `only ${stats.colours} colours`);
    assert.equal(await p.page.locator('#boundary canvas.hidden-map').count(), 4);
    await clean(p);
  });

  test('the timeline asks the host for the chosen snapshot, by keyboard', async () => {
    const p = await openPanel(h);
    await p.send(
      analysis(true),
      { type: 'snapshot', snapshot: snapshot(50, XOR_X, XOR_Y) },
      { type: 'snapshotSteps', steps: [0, 10, 20, 50] },
    );
    assert.equal(await p.page.locator('#timeline-shown').textContent(), 'Showing step 50 (4 recorded steps)');
    await p.page.locator('#timeline-slider').focus();
    await p.page.keyboard.press('ArrowLeft');
    await p.page.keyboard.press('Home');
    const requests = (await p.posted()).filter((m) => m.type === 'requestSnapshot');
    assert.deepEqual(requests, [
      { type: 'requestSnapshot', step: 20 },
      { type: 'requestSnapshot', step: 0 },
    ]);
    await p.send({ type: 'snapshot', snapshot: snapshot(0, XOR_X, XOR_Y) });
    assert.equal(await p.page.locator('#timeline-shown').textContent(), 'Showing step 0 (4 recorded steps)');
    // After a reload the chosen step is asked for again.
    await p.page.reload();
    await p.page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
    await p.send({ type: 'snapshotSteps', steps: [0, 10, 20, 50] });
    assert.deepEqual(
      (await p.posted()).filter((m) => m.type === 'requestSnapshot'),
      [{ type: 'requestSnapshot', step: 0 }],
    );
    await clean(p);
  });

  test('controls, timeline and boundary number the steps alike: 0 to totalSteps - 1', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), { type: 'status', status: 'idle', step: 0, totalSteps: 2000 });
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'no step run yet (steps 0–1999)');
    await p.send({ type: 'status', status: 'running', step: 1, totalSteps: 2000 });
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'step 0 / 1999');
    // The run is done: 2000 steps, the last step 1999, the last snapshot 1999, and θ_2000 its result.
    await p.send(
      { type: 'snapshotSteps', steps: [0, 1000, 1999] },
      { type: 'snapshot', snapshot: snapshot(1999, XOR_X, XOR_Y) },
      { type: 'boundary', boundary: boundary(2000) },
      { type: 'status', status: 'done', step: 2000, totalSteps: 2000 },
    );
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'step 1999 / 1999 (all 2000 steps done)');
    assert.equal(await p.page.locator('#timeline-picked').textContent(), 'step 1999');
    assert.equal(
      await p.page.locator('#boundary-step').textContent(),
      'Prediction of θ_2000: the final parameters, after the last step (step 1999).',
    );
    await p.send({ type: 'boundary', boundary: boundary(1999) });
    assert.equal(
      await p.page.locator('#boundary-step').textContent(),
      "Prediction of θ_1999 (step 1999): the parameters after step 1998's update.",
    );
    await clean(p);
  });

  test('the boundary follows the step picked on the timeline, not the live run', async () => {
    const p = await openPanel(h);
    await p.send(...stream()); // boundary of step 1499, timeline at 1499
    assert.equal(await p.page.locator('#boundary-canvas').getAttribute('data-step'), '1499');
    await p.page.locator('#timeline-slider').focus();
    await p.page.keyboard.press('Home');
    assert.deepEqual((await p.posted()).at(-1), { type: 'requestSnapshot', step: 0 });
    // The run goes on and its boundary arrives before the one of step 0: it must not replace the view of step 0.
    await p.send(
      { type: 'boundary', boundary: boundary(1600) },
      { type: 'snapshot', snapshot: snapshot(0, XOR_X, XOR_Y) },
      { type: 'boundary', boundary: boundary(0) },
    );
    await p.send({ type: 'boundary', boundary: boundary(1700) });
    assert.equal(await p.page.locator('#boundary-canvas').getAttribute('data-step'), '0');
    assert.equal(
      await p.page.locator('#boundary-step').textContent(),
      'Prediction of θ_0 (step 0): the initial parameters, before any update.',
    );
    assert.match((await p.page.locator('#backprop .step-caption').textContent()) ?? '', /^Step 0:/);
    // Back to the newest step: the live boundaries show again.
    await p.page.locator('#timeline-latest').click();
    await p.send({ type: 'boundary', boundary: boundary(1800) });
    assert.equal(await p.page.locator('#boundary-canvas').getAttribute('data-step'), '1800');
    await clean(p);
  });

  test('a new run (Reset, Retrain) un-pins the timeline: the panel follows the new run from its start', async () => {
    const p = await openPanel(h);
    const requests = async () =>
      (await p.posted()).filter((m) => m.type === 'requestSnapshot').map((m) => (m as { step: number }).step);
    await p.send(...stream());
    await p.page.locator('#timeline-slider').focus();
    await p.page.keyboard.press('Home');
    await p.send(
      { type: 'snapshot', snapshot: snapshot(0, XOR_X, XOR_Y) },
      { type: 'boundary', boundary: boundary(0) },
    );
    assert.equal(await p.page.locator('#timeline-shown').textContent(), 'Showing step 0 (6 recorded steps)');
    // Reset: the host starts a paused run and sends what it has, in the order its batches go out.
    await p.send(
      { type: 'snapshotSteps', steps: [] },
      { type: 'boundary', boundary: boundary(0) },
      { type: 'status', status: 'idle', step: 0, totalSteps: 2000 },
    );
    assert.match(
      (await p.page.locator('#timeline-shown').textContent()) ?? '',
      /none shown yet$/,
      "the old run's step 0 is still shown",
    );
    assert.equal(
      await p.page.locator('#backprop .step-caption').count(),
      0,
      'the backprop section still shows the old run',
    );
    const asked = (await requests()).length;
    // The new run takes two steps: the timeline follows it and the live boundary shows again.
    await p.send(
      { type: 'progress', points: progressPoints(0, 2), testPoints: [] },
      { type: 'snapshotSteps', steps: [0, 1] },
      { type: 'boundary', boundary: boundary(2) },
      { type: 'status', status: 'paused', step: 2, totalSteps: 2000 },
    );
    assert.deepEqual((await requests()).slice(asked), [1]);
    assert.equal(await p.page.locator('#timeline-picked').textContent(), 'step 1');
    assert.equal(await p.page.locator('#boundary-canvas').getAttribute('data-step'), '2');
    await clean(p);
  });

  test('in a narrow panel wide equations and example samples stay inside their sections', async () => {
    const p = await openPanel(h);
    await p.page.setViewportSize({ width: 480, height: 900 });
    const m = 200;
    const X = [Array.from({ length: m }, (_, k) => k / (m - 1)), Array.from({ length: m }, () => 1)];
    const Y = [Array.from({ length: m }, (_, k) => k % 2)];
    await p.send(analysis(false), { type: 'snapshot', snapshot: snapshot(3, X, Y) });
    for (const id of ['shapes', 'backprop', 'forward']) {
      const [scroll, client] = await p.page.locator(`#${id}`).evaluate((e) => [e.scrollWidth, e.clientWidth]);
      assert.ok(scroll <= client, `#${id} is ${scroll}px wide in ${client}px`);
    }
    // The 12-example sample of dZ[1] is wider than the panel: it scrolls inside its own figure.
    const dz1 = p.page.locator('#backprop figure[data-matrix="dZ[1]"]');
    const fig = await dz1.evaluate((e) => ({
      overflow: getComputedStyle(e).overflowX,
      scroll: e.scrollWidth,
      client: e.clientWidth,
    }));
    assert.ok(fig.scroll > fig.client, `the sample fits anyway (${fig.scroll}px): the check proves nothing`);
    assert.equal(fig.overflow, 'auto');
    await p.screenshot('narrow');
    await clean(p);
  });

  test('the timeline follows the newest step, one request at a time, until an older one is picked', async () => {
    const p = await openPanel(h);
    const requests = async () =>
      (await p.posted()).filter((m) => m.type === 'requestSnapshot').map((m) => (m as { step: number }).step);
    await p.send(analysis(true), { type: 'snapshotSteps', steps: [0] });
    assert.deepEqual(await requests(), [0]);
    await p.send({ type: 'snapshotSteps', steps: [0, 5] }); // the answer for 0 has not come yet
    assert.deepEqual(await requests(), [0]);
    await p.send({ type: 'snapshot', snapshot: snapshot(0, XOR_X, XOR_Y) });
    assert.deepEqual(await requests(), [0, 5]);
    await p.send(
      { type: 'snapshot', snapshot: snapshot(5, XOR_X, XOR_Y) },
      { type: 'snapshotSteps', steps: [0, 5, 9] },
    );
    assert.deepEqual(await requests(), [0, 5, 9]);
    await p.send({ type: 'snapshot', snapshot: snapshot(9, XOR_X, XOR_Y) });
    await p.page.locator('#timeline-slider').focus();
    await p.page.keyboard.press('ArrowLeft');
    await p.send(
      { type: 'snapshot', snapshot: snapshot(5, XOR_X, XOR_Y) },
      { type: 'snapshotSteps', steps: [0, 5, 9, 14] },
    );
    assert.deepEqual(await requests(), [0, 5, 9, 5]);
    assert.equal(await p.page.locator('#timeline-shown').textContent(), 'Showing step 5 (4 recorded steps)');
    await p.page.locator('#timeline-latest').click();
    assert.deepEqual(await requests(), [0, 5, 9, 5, 14]);
    await clean(p);
  });

  test('buttons post control messages and follow the run status', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), { type: 'status', status: 'idle', step: 0, totalSteps: 2000 });
    await p.page.locator('#ctl-play').click();
    await p.send({ type: 'status', status: 'running', step: 10, totalSteps: 2000 });
    assert.equal(await p.page.locator('#ctl-play').getAttribute('aria-label'), 'Pause');
    await p.page.locator('#ctl-play').click();
    await p.page.locator('#ctl-stop').click();
    await p.page.locator('#ctl-step').click();
    await p.page.locator('#ctl-reset').press('Enter'); // keyboard works too
    await p.page.locator('#ctl-speed').focus();
    await p.page.keyboard.press('ArrowLeft'); // the default 50 → 20 steps per frame
    assert.equal(await p.page.locator('#ctl-retrain').isVisible(), false);
    await p.send({ type: 'status', status: 'stale', step: 10, totalSteps: 2000 });
    await p.page.locator('#ctl-retrain').click();
    await p.send({
      type: 'status',
      status: 'diverged',
      step: 12,
      totalSteps: 2000,
      message: 'cost became NaN at step 12',
    });
    assert.equal(await p.page.locator('#status').textContent(), 'diverged: cost became NaN at step 12');
    assert.equal(await p.page.locator('#status').getAttribute('aria-live'), 'polite');
    const sent = (await p.posted()).slice(2); // after the speed and ready
    assert.deepEqual(sent, [
      { type: 'control', action: 'play' },
      { type: 'control', action: 'pause' },
      { type: 'control', action: 'stop' },
      { type: 'control', action: 'step' },
      { type: 'control', action: 'reset' },
      { type: 'speed', stepsPerFrame: 20 },
      { type: 'retrain' },
    ]);
    await clean(p);
  });

  test('gradient check: the button asks the host and results are coloured pass / warn / fail', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true));
    await p.page.locator('#gradcheck-run').click();
    assert.deepEqual((await p.posted()).at(-1), { type: 'gradcheck' });
    await p.send({
      type: 'gradcheck',
      rows: [
        { layer: 1, param: 'W', relativeError: 2e-9, maxAbsDiff: 1e-11 },
        { layer: 1, param: 'b', relativeError: 3e-8, maxAbsDiff: 2e-11 },
        { layer: 2, param: 'W', relativeError: 5e-6, maxAbsDiff: 1e-8 },
        { layer: 2, param: 'b', relativeError: 0.02, maxAbsDiff: 1e-3 },
      ],
    });
    const rows = await p.page
      .locator('#gradcheck-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
    assert.deepEqual(
      rows.map((r) => [r[0], r[1], r[3]]),
      [
        ['dW[1]', '2.00e-9', 'pass'],
        ['db[1]', '3.00e-8', 'pass'],
        ['dW[2]', '5.00e-6', 'warn'],
        ['db[2]', '0.02', 'fail'],
      ],
    );
    const colours = await p.page
      .locator('#gradcheck-table td.verdict')
      .evaluateAll((tds) => tds.map((td) => getComputedStyle(td).color));
    // Dark theme: testing-iconPassed #73c991, editorWarning #cca700, errorForeground #f85149.
    assert.deepEqual(colours, ['rgb(115, 201, 145)', 'rgb(115, 201, 145)', 'rgb(204, 167, 0)', 'rgb(248, 81, 73)']);
    await clean(p);
  });

  test('messages that fail the protocol check are ignored', async () => {
    const p = await openPanel(h);
    await p.send({ type: 'bogus' }, { type: 'snapshot', snapshot: null }, { type: 'status', status: 'running' });
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'step –');
    await p.send({ type: 'error', message: 'The training worker stopped: out of memory' });
    assert.equal(await p.page.locator('#error').textContent(), 'The training worker stopped: out of memory');
    await clean(p);
  });

  test('a theme switch repaints the charts and canvases in the new colours', async () => {
    const p = await openPanel(h, 'vscode-dark');
    await p.send(...stream());
    const corner = () =>
      p.page
        .locator('#boundary-canvas')
        .evaluate((c: HTMLCanvasElement) =>
          Array.from((c.getContext('2d') as CanvasRenderingContext2D).getImageData(1, 1, 1, 1).data),
        );
    const chartColor = () =>
      p.page.evaluate(
        () =>
          (window as unknown as { __nnspecCharts: Record<string, { options: { color: string } }> }).__nnspecCharts.loss
            .options.color,
      );
    const before = await corner();
    assert.equal(await chartColor(), 'rgb(204, 204, 204)'); // dark editor foreground #cccccc
    await p.page.evaluate(() => {
      document.body.className = 'vscode-light';
    });
    await p.send();
    assert.equal(await chartColor(), 'rgb(59, 59, 59)'); // light editor foreground #3b3b3b
    assert.notDeepEqual(await corner(), before);
    await clean(p);
  });

  for (const theme of ['vscode-dark', 'vscode-light', 'vscode-high-contrast'] as const) {
    test(`a whole run renders under the CSP in ${theme}`, async () => {
      const p = await openPanel(h, theme);
      await p.send(...stream(), {
        type: 'gradcheck',
        rows: [
          { layer: 1, param: 'W', relativeError: 2e-9, maxAbsDiff: 1e-11 },
          { layer: 2, param: 'b', relativeError: 0.02, maxAbsDiff: 1e-3 },
        ],
      });
      // Text is drawn in the theme's editor foreground, on its background.
      const [fg, bg] = await p.page.evaluate(() => [
        getComputedStyle(document.body).color,
        getComputedStyle(document.body).backgroundColor,
      ]);
      assert.notEqual(fg, bg);
      assert.equal(
        await p.page.locator('#loss-canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0),
        true,
      );
      const name = theme.replace('vscode-', '');
      await p.screenshot(name);
      for (const id of ['controls', 'forward', 'backprop', 'boundary']) await p.screenshot(`${name}-${id}`, `#${id}`);
      await clean(p);
    });
  }
});
