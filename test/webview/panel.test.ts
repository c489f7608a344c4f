// The training panel in real Chromium under the real CSP, fed a recorded host message stream.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  analysis,
  kept,
  live,
  MISMATCH_MESSAGE,
  progress,
  RUN,
  snapshot,
  snapshotReply,
  status,
  stream,
  XOR_X,
  XOR_Y,
} from './fixtures';
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

/** Shows the snapshot of `step` as the host would: kept steps sent, the panel asks, the host replies. */
async function show(p: PanelPage, step: number, X = XOR_X, Y = XOR_Y): Promise<void> {
  await p.send(status(step + 1, 'paused'), kept([step]));
  const asked = (await p.snapshotRequests()).at(-1);
  assert.ok(asked && asked.step === step, `the panel asked for ${JSON.stringify(asked)}, not step ${step}`);
  await p.send(snapshotReply(asked.requestId, step, X, Y));
}

/** The steps of the panel's snapshot requests. */
const requestedSteps = async (p: PanelPage) => (await p.snapshotRequests()).map((r) => r.step);

/** A chart's text alternative: its header and its rows, as a person reads them. */
const chartTable = async (p: PanelPage, id: string) => ({
  head: await cellTexts(p, `#${id}-table thead th`),
  rows: await p.page
    .locator(`#${id}-table tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim()))),
});

/**
 * Pixels of the loss chart's right-hand axis drawn in the editor's foreground (the dark theme's
 * #cccccc): its tick labels and title, in the canvas's rightmost 40 px above the step axis.
 */
const rightAxisInk = (p: PanelPage) =>
  p.page.locator('#loss-canvas').evaluate((c: HTMLCanvasElement) => {
    const k = c.width / c.getBoundingClientRect().width;
    const x = c.width - Math.round(40 * k);
    const h = Math.round(c.height * 0.75);
    const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(x, 0, c.width - x, h).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] === 255 && d[i] === 204 && d[i + 1] === 204) ink++;
    return ink;
  });

describe('training panel', () => {
  test('reports how many host messages it has painted, the ignored ones not counted', async () => {
    const p = await openPanel(h);
    assert.deepEqual(await p.drawnReports(), []);
    await p.send(analysis(true), status(1, 'running'), { type: 'no such message' }, progress(0, 1));
    // Three messages the panel took in; one report per painted frame, the last one counting all three.
    const reports = await p.drawnReports();
    assert.equal(reports.at(-1), 3, `reports ${JSON.stringify(reports)}`);
    assert.ok(
      reports.every((n, i) => i === 0 || n > reports[i - 1]),
      `reports only when there is news: ${JSON.stringify(reports)}`,
    );
    await p.send(kept([0]));
    assert.equal((await p.drawnReports()).at(-1), 4);
    await clean(p);
  });

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

  test('the first screen needs no file; the matrices and charts come from a script fetched after load', async () => {
    // An image that takes 500 ms delays the load event (not the first paint), as a slow resource would
    // (the route and init script act only on pages opened with `slow` in their query).
    await h.context.route('**/slow.png', (r) => setTimeout(() => void r.fulfill({ status: 204 }), 500));
    await h.context.addInitScript(() => {
      if (location.search.includes('slow')) new Image().src = '/slow.png';
    });
    const p = await openPanel(h, 'vscode-dark', 'en', 'slow');
    const timing = await p.page.evaluate(() => ({
      loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      files: performance
        .getEntriesByType('resource')
        .map((e) => ({ file: e.name.split('/').pop(), start: e.startTime }))
        .filter((f) => f.file !== 'favicon.ico'), // the browser's own request, at times listed
    }));
    // VS Code shows a webview's page at its load event, which waits for every file the page fetches:
    // the page itself fetches none (themes.css and slow.png are the harness's and this test's).
    assert.deepEqual(timing.files.map((f) => f.file).sort(), ['later.js', 'slow.png', 'themes.css']);
    const later = timing.files.find((f) => f.file === 'later.js')!;
    assert.ok(later.start >= timing.loaded, JSON.stringify(timing));
    await clean(p);
  });

  test('when the second script cannot load, the shapes still show and the host is told', async () => {
    const page = await h.context.newPage();
    await page.route('**/webview/later.js', (r) => r.abort());
    await page.goto(h.url);
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'drawFailed'),
    );
    const failures = await page.evaluate(() =>
      (window as unknown as { __posted: { type: string; part?: string }[] }).__posted.filter(
        (m) => m.type === 'drawFailed',
      ),
    );
    assert.deepEqual(
      failures.map((f) => f.part),
      ['later.js'],
    );
    await page.evaluate((m) => window.postMessage(m, '*'), analysis(true));
    await page.locator('#shapes td.shape-cell').first().waitFor();
    assert.ok((await page.locator('#shapes td.shape-cell').count()) > 0);
    await page.close();
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
      'Where the sizes come from',
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
    const diag = (await p.page.locator('#diagnostics > li > .diag-head').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    assert.deepEqual(diag, [`error 14:10 ${MISMATCH_MESSAGE}`]); // the line of 'W: [[0.1, -0.2, 0.3]]'
    // The errors are brought onto the first screen.
    const box = await p.page.locator('#diagnostics').evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    });
    assert.ok(box.top >= 0 && box.bottom <= box.height, `#diagnostics is off screen: ${JSON.stringify(box)}`);
    assert.equal(await p.page.locator('#ctl-play').isDisabled(), true);
    assert.equal(await p.page.locator('#status').textContent(), 'cannot train: fix the error listed under Shapes.');
    await p.screenshot('mismatch-dark');
    await clean(p);
  });

  test('forward values print small matrices as numbers, to 3 significant digits', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true));
    await show(p, 0);
    // Z[1] = W[1] X + b[1] by hand: row 1 = 0.5 x1 - 0.25 x2 + 0.1, row 4 = 0.3333 x1 + 0.01 over the XOR columns.
    const z1 = p.page.locator('#forward figure[data-matrix="Z[1]"] table.matrix tbody tr');
    assert.equal(await z1.count(), 4);
    // Labelled as the course numbers them: rows are the units j of layer 1, columns the examples i.
    assert.deepEqual(await cellTexts(p, '#forward figure[data-matrix="Z[1]"] table.matrix thead th'), [
      'j\\i',
      '1',
      '2',
      '3',
      '4',
    ]);
    assert.equal(
      await p.page.locator('#forward figure[data-matrix="Z[1]"] .matrix-axes').textContent(),
      'rows: units j of layer 1 · columns: examples i',
    );
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
    // A[0] = X itself, its rows the inputs k as W[1]'s columns are.
    assert.equal(
      await p.page.locator('#forward figure[data-matrix="A[0]"] .matrix-axes').textContent(),
      'rows: inputs k · columns: examples i',
    );
    assert.equal(
      await p.page.locator('#forward figure[data-matrix="A[0]"] table.matrix thead th').first().textContent(),
      'k\\i',
    );
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

  test('the network restyles its edges in place for another step and for a selected weight', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true));
    await show(p, 0);
    const edge = p.page.locator('#network line', { has: p.page.locator('title', { hasText: /^W\[1\]\[4, 1\]/ }) });
    assert.equal(await edge.getAttribute('class'), 'edge pos');
    await edge.evaluate((e) => ((e as unknown as { kept: boolean }).kept = true));
    // Step 1 with W[1] negated: the same line, now negative, with the step's value in its title.
    await p.send(status(2, 'paused'), kept([1]));
    const asked = (await p.snapshotRequests()).at(-1)!;
    const s = snapshot(1, XOR_X, XOR_Y);
    const W = s.layers[0].W;
    s.layers[0].W = { ...W, data: W.data.map((v) => -v) };
    await p.send({ type: 'snapshot', runId: RUN, inReplyTo: asked.requestId, snapshot: s });
    assert.equal(await edge.locator('title').textContent(), 'W[1][4, 1] = -0.333');
    assert.equal(await edge.getAttribute('class'), 'edge neg');
    assert.equal(await edge.evaluate((e) => (e as unknown as { kept?: boolean }).kept), true);
    assert.equal(await p.page.locator('#network line').count(), 2 * 4 + 4 * 1);
    assert.match((await p.page.locator('#network .note').textContent())!, /\b1\b/);
    // Selecting that weight (0-based in messages) marks its line and the two units it joins.
    await p.send({ type: 'selectEntry', entry: { matrix: 'W', layer: 1, row: 3, col: 0 } });
    assert.equal(await edge.getAttribute('class'), 'edge neg selected');
    assert.equal(await p.page.locator('#network circle.selected').count(), 2);
    await clean(p);
  });

  test('backprop is laid out from the output back, dZ[2] = A[2] - Y first', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true));
    await show(p, 7);
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

  test('many examples are all shown, scrolling, with per-unit min, max and mean over the batch', async () => {
    const p = await openPanel(h);
    const m = 200;
    const X = [Array.from({ length: m }, (_, k) => k / (m - 1)), Array.from({ length: m }, () => 1)];
    const Y = [Array.from({ length: m }, (_, k) => k % 2)];
    await p.send(analysis(true));
    await show(p, 3, X, Y);
    const fig = p.page.locator('#forward figure[data-matrix="A[0]"]');
    assert.equal(await p.page.locator('#forward-examples-note').textContent(), 'all 200 examples');
    const grid = fig.locator('.matrix-grid');
    assert.equal(await grid.getAttribute('aria-colcount'), '200');
    const [scroll, client] = await grid.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    assert.ok(scroll > client, `${scroll}px in ${client}px: nothing to scroll`);
    // The statistics are computed when their disclosure opens, not with every snapshot.
    const stats = fig.locator('details.matrix-stats');
    assert.equal(await stats.locator('table').count(), 0);
    await stats.locator('summary').click();
    await stats.locator('table.stats').waitFor();
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
    // Open, they follow the next snapshot shown.
    await show(p, 4, [X[0], X[1].map(() => 2)], Y);
    assert.deepEqual(await cellTexts(p, '#forward figure[data-matrix="A[0]"] table.stats tbody tr:nth-child(2) > *'), [
      '2',
      '2',
      '2',
      '2',
    ]);
    await clean(p);
  });

  test('the rows layout shows examples as rows and W[l] as (n[l-1], n[l])', async () => {
    const p = await openPanel(h);
    const snap = snapshot(0, XOR_X, XOR_Y);
    const t = (m: { rows: number; cols: number; data: ArrayLike<number> }) => ({
      rows: m.cols,
      cols: m.rows,
      data: Float64Array.from(
        { length: m.rows * m.cols },
        (_, k) => m.data[(k % m.rows) * m.cols + Math.floor(k / m.rows)],
      ),
    });
    const rows = {
      ...snap,
      exampleAxis: 0 as const,
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
    await p.send({ ...analysis(true), exampleAxis: 0, shapes: undefined }, status(1, 'paused'), kept([0]));
    const asked = (await p.snapshotRequests()).at(-1)!;
    await p.send({ type: 'snapshot', runId: RUN, inReplyTo: asked.requestId, snapshot: rows });
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

  test('a large matrix is a canvas of its numbers with a hover readout; a 300 × 700 one scrolls', async () => {
    const p = await openPanel(h);
    const rows = 20,
      cols = 30;
    const data = Float64Array.from({ length: rows * cols }, (_, k) => (k % 7) - 3);
    const snap = snapshot(0, XOR_X, XOR_Y);
    snap.layers[0].W = { rows, cols, data };
    const reply = async (snapshot: typeof snap, step: number) => {
      await p.send(status(step + 1, 'paused'), kept([step]));
      const asked = (await p.snapshotRequests()).at(-1)!;
      await p.send({ type: 'snapshot', runId: RUN, inReplyTo: asked.requestId, snapshot: { ...snapshot, step } });
    };
    await p.send(analysis(true));
    await reply(snap, 0);
    const canvas = p.page.locator('#network').first(); // network still draws the first 16 units
    assert.ok(await canvas.isVisible());
    await reply({ ...snap, layers: [{ ...snap.layers[0], dW: { rows, cols, data } }, snap.layers[1]] }, 1);
    const grid = p.page.locator('#backprop figure[data-matrix="dW[1]"] .matrix-grid');
    assert.equal(await grid.count(), 1);
    await grid.scrollIntoViewIfNeeded();
    const box = (await grid.boundingBox())!;
    // Hovering an entry names it with its value: entry (r, c) is k = (r - 1) * 30 + c - 1, value k % 7 - 3.
    await p.page.mouse.move(box.x + 160, box.y + 70);
    const readout = (await p.page.locator('#matrix-readout').textContent()) ?? '';
    const [, r, c] = /^dW\[1\] row (\d+) column (\d+): /.exec(readout)!.map(Number);
    assert.equal(
      readout,
      `dW[1] row ${r} column ${c}: ${(((r - 1) * 30 + c - 1) % 7) - 3}, unit ${r} of layer 1, input ${c}`,
    );
    // A 300 × 700 matrix keeps readable cells and scrolls inside its frame.
    const big = { rows: 300, cols: 700, data: Float64Array.from({ length: 300 * 700 }, (_, k) => Math.sin(k)) };
    await reply({ ...snap, layers: [{ ...snap.layers[0], dW: big }, snap.layers[1]] }, 2);
    assert.deepEqual(
      [await grid.getAttribute('aria-rowcount'), await grid.getAttribute('aria-colcount')],
      ['300', '700'],
    );
    const size = await grid.evaluate((e) => [e.scrollWidth > e.clientWidth * 20, e.scrollHeight > e.clientHeight * 10]);
    assert.deepEqual(size, [true, true]);
    await clean(p);
  });

  test('loss and gradient-norm charts draw every series there is, each readable as a table', async () => {
    const p = await openPanel(h);
    await p.send(...stream());
    const loss = await chartTable(p, 'loss');
    assert.deepEqual(loss.head, ['step', 'training cost J', 'test cost', 'accuracy']);
    // The first row is step 0: J_0 = 0.05 + 0.64, the test cost 0.7, accuracy 0.5; the last is step 1499.
    assert.deepEqual(loss.rows[0], ['0', '0.69', '0.7', '0.5']);
    assert.equal(loss.rows.at(-1)?.[0], '1499');
    assert.ok(loss.rows.length <= 50 && loss.rows.length > 10, `${loss.rows.length} rows`);
    const grad = await chartTable(p, 'gradnorms');
    assert.deepEqual(grad.head, ['step', '||dW[1]||', '||dW[2]||']);
    assert.deepEqual(grad.rows[0], ['0', '0.01', '0.3']);
    // The legend shows what is drawn, and the chart reads as one image to a screen reader.
    assert.equal(await p.page.locator('#loss-canvas').getAttribute('role'), 'img');
    assert.equal(
      await p.page.locator('#loss-canvas').getAttribute('aria-label'),
      'Cost and accuracy over training steps',
    );
    // The accuracy has its axis (0 to 1) on the right.
    assert.ok((await rightAxisInk(p)) > 30, `${await rightAxisInk(p)} pixels of an accuracy axis`);
    // 1500 steps run: the last is step 1499 of steps 0–1999, as the timeline numbers them.
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'step 1499 / 1999');
    // Last cost: 0.05 + 0.64 e^(-1499/300) = 0.05 + 0.64 · 0.0067604 = 0.054327
    assert.equal(await p.page.locator('#ctl-cost').textContent(), 'cost 0.05433');
    // The log scale keeps the values (the table shows costs, not their logarithms).
    await p.page.locator('#loss-log').check();
    await p.send();
    assert.deepEqual((await chartTable(p, 'loss')).rows[0], ['0', '0.69', '0.7', '0.5']);
    await clean(p);
  });

  test('a run without a test set or accuracy has no such series', async () => {
    const p = await openPanel(h);
    const noExtras = progress(0, 20);
    noExtras.points = noExtras.points.map(({ step, cost, gradNorms }) => ({ step, cost, gradNorms }));
    await p.send(analysis(true), status(20, 'paused'), noExtras);
    assert.deepEqual((await chartTable(p, 'loss')).head, ['step', 'training cost J']);
    // Nor an accuracy axis: the right-hand edge of the chart has no labels.
    assert.equal(await rightAxisInk(p), 0);
    // And what a screen reader hears says so: the chart shows the cost alone.
    assert.equal(await p.page.locator('#loss-canvas').getAttribute('aria-label'), 'Cost over training steps');
    assert.equal(await p.page.locator('#loss-table caption').textContent(), 'Cost over training steps');
    await clean(p);
  });

  test('a new run starts the series over', async () => {
    const p = await openPanel(h);
    await p.send(...stream());
    await p.send({ ...status(30, 'paused'), runId: RUN + 1 }, progress(0, 30, [], RUN + 1));
    const loss = await chartTable(p, 'loss');
    assert.equal(loss.rows.length, 30);
    assert.equal(loss.rows.at(-1)?.[0], '29');
    await clean(p);
  });

  test('the decision boundary and hidden-unit maps are painted, with the data points', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), status(10), live(10));
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

  test('a section that throws while drawing is reported once; the others, the status line first, still draw', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), status(5));
    // From now on the boundary's canvas cannot be painted: its section throws at each draw.
    await p.page.evaluate(() => {
      CanvasRenderingContext2D.prototype.putImageData = () => {
        throw new Error('no pixels for this test');
      };
    });
    await p.send(live(10), progress(0, 10), status(10));
    await p.send(live(20), progress(10, 20), status(2000, 'done', { totalSteps: 2000 }));
    assert.equal(await p.page.locator('#status').getAttribute('data-status'), 'done');
    assert.equal((await chartTable(p, 'loss')).rows.length, 20, 'the loss chart still draws');
    const failures = (await p.posted()).filter((m) => m.type === 'drawFailed');
    assert.equal(failures.length, 1, JSON.stringify(failures).slice(0, 400));
    assert.equal(failures[0].part, 'boundary');
    assert.match(failures[0].message, /no pixels for this test/);
    assert.ok(
      p.errors.some((e) => e.includes('the boundary section could not be drawn')),
      p.errors.join('\n'),
    );
    await p.page.close();
  });

  test('the timeline asks the host for the chosen snapshot, by keyboard, and again after a reload', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), status(51, 'paused'), kept([0, 10, 20, 50]));
    const first = (await p.snapshotRequests()).at(-1)!;
    assert.deepEqual(first, { type: 'requestSnapshot', requestId: first.requestId, runId: RUN, step: 50 });
    await p.send(snapshotReply(first.requestId, 50));
    assert.equal(await p.page.locator('#timeline-shown').textContent(), 'Showing step 50 (4 recorded steps)');
    await p.page.locator('#timeline-slider').focus();
    await p.page.keyboard.press('ArrowLeft');
    const to20 = (await p.snapshotRequests()).at(-1)!;
    assert.equal(to20.step, 20);
    await p.page.keyboard.press('Home'); // while 20 is on its way: asked for once the reply is in
    assert.deepEqual(await requestedSteps(p), [50, 20]);
    await p.send(snapshotReply(to20.requestId, 20));
    const to0 = (await p.snapshotRequests()).at(-1)!;
    assert.deepEqual(await requestedSteps(p), [50, 20, 0]);
    await p.send(snapshotReply(to0.requestId, 0));
    assert.equal(await p.page.locator('#timeline-shown').textContent(), 'Showing step 0 (4 recorded steps)');
    // After a reload the chosen step is asked for again.
    await p.page.reload();
    await p.page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
    await p.send(analysis(true), status(51, 'paused'), kept([0, 10, 20, 50]));
    assert.deepEqual(await requestedSteps(p), [0]);
    await clean(p);
  });

  test('controls, timeline and boundary number the steps alike: 0 to totalSteps - 1', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), status(0, 'idle'));
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'no step run yet (steps 0–1999)');
    await p.send(status(1));
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'step 0 / 1999');
    // The run is done: 2000 steps, the last step 1999, the last snapshot 1999, and θ_2000 its result.
    await p.send(kept([0, 1000, 1999]), live(2000), status(2000, 'done'));
    const asked = (await p.snapshotRequests()).at(-1)!;
    await p.send(snapshotReply(asked.requestId, 1999));
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'step 1999 / 1999 (all 2000 steps done)');
    assert.equal(await p.page.locator('#timeline-picked').textContent(), 'step 1999');
    assert.equal(
      await p.page.locator('#boundary-step').textContent(),
      'Prediction of θ_2000: the final parameters, after the last step (step 1999).',
    );
    await p.send(live(1999));
    assert.equal(
      await p.page.locator('#boundary-step').textContent(),
      "Prediction of θ_1999 (step 1999): the parameters after step 1998's update.",
    );
    await clean(p);
  });

  test('the boundary follows the step picked on the timeline, not the live run', async () => {
    const p = await openPanel(h);
    await p.send(...stream()); // live boundary of step 1499, timeline at 1499
    await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 1499));
    assert.equal(await p.page.locator('#boundary-canvas').getAttribute('data-step'), '1499');
    await p.page.locator('#timeline-slider').focus();
    await p.page.keyboard.press('Home');
    const asked = (await p.snapshotRequests()).at(-1)!;
    assert.equal(asked.step, 0);
    // The run goes on and its boundary arrives before the reply for step 0: it must not replace the view of step 0.
    await p.send(live(1600), snapshotReply(asked.requestId, 0), live(1700));
    assert.equal(await p.page.locator('#boundary-canvas').getAttribute('data-step'), '0');
    assert.equal(
      await p.page.locator('#boundary-step').textContent(),
      'Prediction of θ_0 (step 0): the initial parameters, before any update.',
    );
    assert.match((await p.page.locator('#backprop .step-caption').textContent()) ?? '', /^Step 0:/);
    // Back to the newest step: the live boundaries show again.
    await p.page.locator('#timeline-latest').click();
    await p.send(live(1800));
    assert.equal(await p.page.locator('#boundary-canvas').getAttribute('data-step'), '1800');
    await clean(p);
  });

  test('a new run (Reset, Retrain) un-pins the timeline: the panel follows the new run from its start', async () => {
    const p = await openPanel(h);
    await p.send(...stream());
    await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 1499));
    await p.page.locator('#timeline-slider').focus();
    await p.page.keyboard.press('Home');
    await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 0));
    assert.equal(await p.page.locator('#timeline-shown').textContent(), 'Showing step 0 (6 recorded steps)');
    // Reset: the host starts run 2, paused, and sends what it has.
    const next = RUN + 1;
    await p.send(kept([], next), live(0, next), { ...status(0, 'idle'), runId: next });
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
    const asked = (await p.snapshotRequests()).length;
    // The new run takes two steps: the timeline follows it and the live boundary shows again.
    await p.send(progress(0, 2, [], next), kept([0, 1], next), live(2, next), { ...status(2, 'paused'), runId: next });
    const latest = (await p.snapshotRequests()).slice(asked);
    assert.deepEqual(
      latest.map((r) => [r.runId, r.step]),
      [[next, 1]],
    );
    assert.equal(await p.page.locator('#timeline-picked').textContent(), 'step 1');
    assert.equal(await p.page.locator('#boundary-canvas').getAttribute('data-step'), '2');
    // A late message of the old run changes nothing.
    await p.send(progress(1500, 1600), live(1600));
    assert.equal(await p.page.locator('#boundary-canvas').getAttribute('data-step'), '2');
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'step 1 / 1999');
    await clean(p);
  });

  test('in a narrow panel wide equations and example samples stay inside their sections', async () => {
    const p = await openPanel(h);
    await p.page.setViewportSize({ width: 480, height: 900 });
    const m = 200;
    const X = [Array.from({ length: m }, (_, k) => k / (m - 1)), Array.from({ length: m }, () => 1)];
    const Y = [Array.from({ length: m }, (_, k) => k % 2)];
    await p.send(analysis(false));
    await show(p, 3, X, Y);
    for (const id of ['shapes', 'backprop', 'forward']) {
      const [scroll, client] = await p.page.locator(`#${id}`).evaluate((e) => [e.scrollWidth, e.clientWidth]);
      assert.ok(scroll <= client, `#${id} is ${scroll}px wide in ${client}px`);
    }
    // The 200 examples of dZ[1] are wider than the panel: they scroll inside the matrix's own frame.
    const dz1 = p.page.locator('#backprop figure[data-matrix="dZ[1]"] .matrix-grid');
    const fig = await dz1.evaluate((e) => ({
      overflow: getComputedStyle(e).overflowX,
      scroll: e.scrollWidth,
      client: e.clientWidth,
    }));
    assert.ok(fig.scroll > fig.client, `the matrix fits anyway (${fig.scroll}px): the check proves nothing`);
    assert.equal(fig.overflow, 'auto');
    await p.screenshot('narrow');
    await clean(p);
  });

  test('the timeline follows the newest step, one request at a time, until an older one is picked', async () => {
    const p = await openPanel(h);
    const reply = async (step: number) => p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, step));
    await p.send(analysis(true), status(1), kept([0]));
    assert.deepEqual(await requestedSteps(p), [0]);
    await p.send(kept([0, 5])); // the answer for 0 has not come yet
    assert.deepEqual(await requestedSteps(p), [0]);
    await reply(0);
    assert.deepEqual(await requestedSteps(p), [0, 5]);
    await reply(5);
    await p.send(kept([0, 5, 9]));
    assert.deepEqual(await requestedSteps(p), [0, 5, 9]);
    await reply(9);
    await p.page.locator('#timeline-slider').focus();
    await p.page.keyboard.press('ArrowLeft');
    await reply(5);
    await p.send(kept([0, 5, 9, 14]));
    assert.deepEqual(await requestedSteps(p), [0, 5, 9, 5]);
    assert.equal(await p.page.locator('#timeline-shown').textContent(), 'Showing step 5 (4 recorded steps)');
    await p.page.locator('#timeline-latest').click();
    assert.deepEqual(await requestedSteps(p), [0, 5, 9, 5, 14]);
    await clean(p);
  });

  test('a snapshot request the host cannot answer is not asked again, and shows no error', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), status(3, 'paused'), kept([2]));
    const asked = (await p.snapshotRequests()).at(-1)!;
    await p.send({ type: 'error', runId: RUN, inReplyTo: asked.requestId, message: 'No snapshot of step 2 is kept.' });
    await p.send(status(3, 'paused'));
    assert.deepEqual(await requestedSteps(p), [2]);
    assert.equal(await p.page.locator('#error').isVisible(), false);
    await clean(p);
  });

  test('buttons post control messages and follow the run status', async () => {
    const p = await openPanel(h);
    await p.send(analysis(true), status(0, 'idle'));
    await p.page.locator('#ctl-play').click();
    await p.send(status(10));
    assert.equal(await p.page.locator('#ctl-play').getAttribute('aria-label'), 'Pause');
    await p.page.locator('#ctl-play').click();
    await p.page.locator('#ctl-stop').click();
    await p.page.locator('#ctl-step').click();
    await p.page.locator('#ctl-reset').press('Enter'); // keyboard works too
    await p.page.locator('#ctl-speed').focus();
    await p.page.keyboard.press('ArrowLeft'); // the default 50 → 20 steps per frame
    assert.equal(await p.page.locator('#ctl-retrain').isVisible(), false);
    await p.send(status(10, 'paused', { stale: true, message: 'The spec changed since this run started.' }));
    assert.equal(await p.page.locator('#status').textContent(), 'stale: The spec changed since this run started.');
    await p.page.locator('#ctl-retrain').click();
    await p.send(status(12, 'diverged', { message: 'cost became NaN at step 12' }));
    assert.equal(await p.page.locator('#status').textContent(), 'diverged: cost became NaN at step 12');
    assert.equal(await p.page.locator('#status').getAttribute('aria-live'), 'polite');
    const sent = (await p.posted()).slice(2).filter((m) => m.type !== 'requestSnapshot'); // after the speed and ready
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
    const asked = (await p.posted()).at(-1);
    assert.ok(asked?.type === 'requestGradcheck', JSON.stringify(asked));
    // The button is disabled at the next paint (the panel redraws once a frame): one check at a time.
    await p.page.locator('#gradcheck-run:disabled').waitFor({ timeout: 5_000 });
    await p.send({
      type: 'gradcheck',
      runId: RUN,
      inReplyTo: asked.requestId,
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
    assert.equal(await p.page.locator('#gradcheck-run').isDisabled(), false);
    await clean(p);
  });

  test('messages that fail the protocol check are ignored', async () => {
    const p = await openPanel(h);
    const invalid: Record<string, unknown>[] = [
      { type: 'bogus' },
      { type: 'snapshot', snapshot: null },
      { type: 'status', status: 'running' },
      { type: 'status', status: 'running', step: 10, totalSteps: 100 }, // no run id: not a status any more
    ];
    await p.send(...invalid);
    assert.equal(await p.page.locator('#ctl-step-count').textContent(), 'step –');
    await p.send({ type: 'error', message: 'The training worker stopped: out of memory' });
    assert.equal(await p.page.locator('#error').textContent(), 'The training worker stopped: out of memory');
    await clean(p);
  });

  test('a theme switch repaints the charts and canvases in the new colours', async () => {
    const p = await openPanel(h, 'vscode-dark');
    await p.send(...stream());
    const corner = (selector: string, x = 1, y = 1) =>
      p.page
        .locator(selector)
        .evaluate(
          (c: HTMLCanvasElement, [px, py]) =>
            Array.from((c.getContext('2d') as CanvasRenderingContext2D).getImageData(px, py, 1, 1).data),
          [x, y],
        );
    const before = await corner('#boundary-canvas');
    // Somewhere in the loss chart's axis labels: the editor foreground #cccccc is drawn.
    const inks = () =>
      p.page.locator('#loss-canvas').evaluate((c: HTMLCanvasElement) => {
        const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height).data;
        const seen = new Set<string>();
        for (let k = 0; k < d.length; k += 4) if (d[k + 3] === 255) seen.add(`${d[k]},${d[k + 1]},${d[k + 2]}`);
        return [...seen];
      });
    assert.ok((await inks()).includes('204,204,204'), 'dark labels in #cccccc');
    await p.page.evaluate(() => {
      document.body.className = 'vscode-light';
    });
    await p.send();
    const light = await inks();
    assert.ok(light.includes('59,59,59'), 'light labels in #3b3b3b');
    assert.ok(!light.includes('204,204,204'), 'no dark-theme label left');
    assert.notDeepEqual(await corner('#boundary-canvas'), before);
    await clean(p);
  });

  for (const theme of ['vscode-dark', 'vscode-light', 'vscode-high-contrast'] as const) {
    test(`a whole run renders under the CSP in ${theme}`, async () => {
      const p = await openPanel(h, theme);
      await p.send(...stream(), {
        type: 'gradcheck',
        runId: RUN,
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
      await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 1499));
      const name = theme.replace('vscode-', '');
      await p.screenshot(name);
      for (const id of ['controls', 'forward', 'backprop', 'boundary']) await p.screenshot(`${name}-${id}`, `#${id}`);
      await clean(p);
    });
  }
});
