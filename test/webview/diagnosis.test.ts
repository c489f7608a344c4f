// The Shapes section of a broken spec in real Chromium: the forward chain with the first step that does
// not fit marked, the fixes as buttons that ask the host, links to the editor, and where each size comes from.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { missing } from '../../src/core/data/files';
import type { AnalysisMessage, ApplyFixMessage, FixResultMessage, WebviewMessage } from '../../src/protocol';
import { MISTAKES } from '../unit/shapes/corpus';
import { analysis } from './fixtures';
import { openPanel, startHarness, type Harness, type PanelPage, type Theme } from './harness';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

/** The analysis message of a corpus mistake (inline data only: nothing is read from disk), at `version`. */
function mistake(name: string, version = 3): AnalysisMessage {
  const m = MISTAKES.find((x) => x.name === name);
  if (!m) throw new Error(`no corpus mistake '${name}'`);
  const a = analyze(m.text, { readCsv: (p) => missing(p, '/') });
  return {
    type: 'analysis',
    name: m.name,
    fileName: 'mistake.nnspec',
    uri: 'file:///work/examples/mistake.nnspec',
    version,
    exampleAxis: 1,
    shapes: a.shapes,
    diagnostics: a.diagnostics,
    runnable: a.runnable,
  };
}

/** The broken XOR of the fixtures (W[2] is (1, 3)), as the host sends it for document version `version`. */
const broken = (version = 3): AnalysisMessage => ({ ...analysis(false), version });

async function clean(p: PanelPage): Promise<void> {
  assert.deepEqual(await p.violations(), []);
  assert.deepEqual(p.errors, []);
  await p.page.close();
}

const texts = (p: PanelPage, selector: string): Promise<string[]> =>
  p.page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** What the panel posted after `ready` (and the speed before it). */
const sent = async (p: PanelPage): Promise<WebviewMessage[]> => (await p.posted()).slice(2);

describe('a broken spec under Shapes', () => {
  test('the forward chain shows every operand, marks those the file writes and the first step that does not fit', async () => {
    const p = await openPanel(h);
    await p.send(broken());
    const steps = p.page.locator('#chain .chain-step');
    assert.equal(await steps.count(), 3);
    assert.deepEqual(await texts(p, '#chain .chain-formula'), [
      'Layer 1 Z[1] = W[1] A[0] + b[1]',
      'Layer 2 Z[2] = W[2] A[1] + b[2]',
      'Output A[2] - Y',
    ]);
    // Each operand with its shape as the file makes it, and in course notation.
    assert.deepEqual(await texts(p, '#chain .chain-step[data-step="1"] .operand'), [
      'W[2](1, 3)(n[2], n[1])in the file',
      'A[1](4, m)(n[1], m)',
      'b[2](1, 1)(n[2], 1)',
      'Z[2](1, m)(n[2], m)',
    ]);
    assert.deepEqual(
      await p.page.locator('#chain .operand.written').evaluateAll((els) => els.map((e) => e.getAttribute('data-name'))),
      ['A[0]', 'W[2]', 'Y'], // inline X (A[0]) and Y, and the explicit W[2]
    );
    // The first step that does not fit, in words and in the error colour; the others fit.
    const first = p.page.locator('#chain .chain-step.first-failure');
    assert.equal(await first.getAttribute('data-step'), '1');
    assert.equal(
      (await first.locator('.chain-verdict').textContent())?.trim(),
      '✗ does not fit: 3 ≠ 4 — W[2] has 3 columns, A[1] has 4 rows.',
    );
    assert.deepEqual(await texts(p, '#chain .chain-step:not(.first-failure) .chain-verdict'), ['✓ fits', '✓ fits']);
    // The inner sizes of the product are the marked axes: W[2]'s 3 columns, A[1]'s 4 rows.
    assert.deepEqual(await texts(p, '#chain .axis.mismatch'), ['3', '4']);
    const colours = await first.evaluate((li) => ({
      verdict: getComputedStyle(li.querySelector('.chain-verdict')!).color,
      axis: getComputedStyle(li.querySelector('.axis.mismatch')!).color,
      fine: getComputedStyle(li.querySelector('.axis:not(.mismatch)')!).color,
    }));
    assert.deepEqual([colours.verdict, colours.axis], ['rgb(248, 81, 73)', 'rgb(248, 81, 73)']); // --vscode-errorForeground
    assert.notEqual(colours.fine, 'rgb(248, 81, 73)');
    await clean(p);
  });

  test("a fix button asks the host for that diagnostic's fix, and the answer and the new analysis replace the chain", async () => {
    const p = await openPanel(h);
    const a = broken(3);
    const d = a.diagnostics[0];
    await p.send(a);
    const button = p.page.locator('#chain .chain-fixes button.fix');
    assert.deepEqual(await texts(p, '#chain .chain-fixes button.fix'), ["Fix: Set layer 1's units to 3"]);
    // The same fix is offered under its diagnostic.
    assert.deepEqual(await texts(p, '#diagnostics button.fix'), ["Fix: Set layer 1's units to 3"]);
    await button.click();
    const asked = (await sent(p)).at(-1) as ApplyFixMessage;
    assert.deepEqual(asked, {
      type: 'applyFix',
      requestId: asked.requestId,
      version: 3,
      code: 'shape-mismatch-W',
      range: d.range,
      title: "Set layer 1's units to 3",
    });
    assert.ok(Number.isInteger(asked.requestId));
    await p.send(); // a frame
    assert.equal(await p.page.locator('#fix-status').textContent(), "Applying “Set layer 1's units to 3”…");
    assert.equal(await p.page.locator('#shapes button.fix:not([disabled])').count(), 0, 'one fix at a time');
    // The host applies it: the analysis of version 4 (no error), then its answer.
    const answer: FixResultMessage = {
      type: 'fixResult',
      inReplyTo: asked.requestId,
      applied: true,
      message: "Applied “Set layer 1's units to 3”. The spec has no errors now.",
      version: 4,
    };
    await p.send({ ...analysis(true), version: 4 }, answer);
    assert.equal(await p.page.locator('#chain').count(), 0);
    assert.equal(await p.page.locator('#diagnostics').count(), 0);
    assert.equal(await p.page.locator('#fix-status').textContent(), `✓ ${answer.message}`);
    assert.equal(await p.page.locator('#fix-status').getAttribute('role'), 'status');
    assert.equal(await p.page.locator('#ctl-play').isDisabled(), false);
    // The student types on: the note goes with the version it spoke of.
    await p.send({ ...analysis(true), version: 5 });
    assert.equal(await p.page.locator('#fix-status').textContent(), '');
    await clean(p);
  });

  test('a refused fix says why, and the buttons come back', async () => {
    const p = await openPanel(h);
    await p.send(broken(3));
    await p.page.locator('#diagnostics button.fix').click();
    const asked = (await sent(p)).at(-1) as ApplyFixMessage;
    const refusal = "The spec changed after “Set layer 1's units to 3” was shown, so nothing was applied.";
    await p.send(broken(6), {
      type: 'fixResult',
      inReplyTo: asked.requestId,
      applied: false,
      message: refusal,
      version: 6,
    });
    assert.equal(await p.page.locator('#fix-status').textContent(), `⚠ ${refusal}`);
    assert.equal(await p.page.locator('#fix-status').getAttribute('data-kind'), 'refused');
    assert.equal(await p.page.locator('#shapes button.fix:not([disabled])').count(), 2);
    await p.page.locator('#chain button.fix').click();
    assert.equal(((await sent(p)).at(-1) as ApplyFixMessage).version, 6, 'the fix of the version shown now');
    await clean(p);
  });

  test('without a document version the panel offers no fix it could not name', async () => {
    const p = await openPanel(h);
    await p.send(analysis(false));
    assert.equal(await p.page.locator('#chain .chain-step').count(), 3);
    assert.equal(await p.page.locator('#shapes button.fix').count(), 0);
    await clean(p);
  });

  test('each diagnostic and related place links to its line in the editor', async () => {
    const p = await openPanel(h);
    const a = broken();
    const d = a.diagnostics[0];
    await p.send(a);
    assert.deepEqual(await texts(p, '#diagnostics > li > .diag-head'), [`error 14:10 ${d.message}`]);
    assert.deepEqual(await texts(p, '#diagnostics .related li'), [
      'line 10: n[1] = 4 from layers[1].units',
      'line 12: n[2] = 1 from layers[2].units',
    ]);
    await p.page.locator('#diagnostics .diag-head .goto').click();
    await p.page.locator('#diagnostics .related .goto').nth(1).press('Enter'); // by keyboard
    assert.deepEqual((await sent(p)).slice(-2), [
      { type: 'reveal', range: d.range },
      { type: 'reveal', range: d.related![1].range },
    ]);
    assert.equal(
      await p.page.locator('#diagnostics .diag-head .goto').getAttribute('aria-label'),
      'Go to line 14, column 10',
    );
    await clean(p);
  });

  test('every dimension name says where its value is set, by tooltip and in a list with links', async () => {
    const p = await openPanel(h);
    await p.send(broken());
    const titles = await p.page
      .locator('#shapes .dim')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-symbol'), e.getAttribute('title')]));
    const bySymbol = new Map(titles.map(([s, t]) => [s, t]));
    assert.deepEqual(Object.fromEntries(bySymbol), {
      'n[0]': 'n[0] = 2 from X, one row per feature, line 5',
      'n[1]': 'n[1] = 4 from layers[1].units, line 10',
      'n[2]': 'n[2] = 1 from layers[2].units, line 12',
      m: 'm = 4 from X, one column per example, line 5',
    });
    // Each kind of text has them: the message, the chain, the symbolic shapes, the equations.
    for (const where of [
      '#diagnostics .message',
      '#chain .op-symbols',
      '#shapes td.symbols',
      '#shapes td.eq-shapes',
      '#shapes h3',
    ])
      assert.ok((await p.page.locator(`${where} .dim`).count()) > 0, `no dimension tooltip in ${where}`);
    // A numeric axis says it too; one the file writes otherwise says both.
    assert.equal(
      await p.page.locator('#shapes td.shape-cell:has-text("W[1]") .axis').first().getAttribute('title'),
      'n[1] = 4 from layers[1].units, line 10',
    );
    assert.equal(
      await p.page.locator('#chain .operand[data-name="W[2]"] .axis').nth(1).getAttribute('title'),
      'n[1] here is 3, but n[1] = 4 from layers[1].units, line 10',
    );
    // The same sentences as text, each with a link to where it is set.
    assert.deepEqual(await texts(p, '#dim-sources li'), [
      'n[0] = 2 from X, one row per feature — line 5',
      'n[1] = 4 from layers[1].units — line 10',
      'n[2] = 1 from layers[2].units — line 12',
      'm = 4 from X, one column per example — line 5',
    ]);
    await p.page.locator('#dim-sources li[data-symbol="n[1]"] .goto').focus();
    await p.page.keyboard.press('Enter');
    assert.deepEqual((await sent(p)).at(-1), { type: 'reveal', range: broken().shapes!.sources![1].range });
    await clean(p);
  });

  test('in the rows layout the chain reads A[l-1] W[l] + b[l], and a bias that does not fit is marked', async () => {
    const p = await openPanel(h);
    await p.send(mistake('rows file with X written one example per column'));
    assert.deepEqual((await texts(p, '#chain .chain-formula'))[0], 'Layer 1 Z[1] = A[0] W[1] + b[1]');
    assert.equal(
      await p.page.locator('#chain .first-failure .chain-verdict').textContent(),
      '✗ does not fit: 4 ≠ 2 — A[0] has 4 columns, W[1] has 2 rows.',
    );
    // A later step that does not fit is told apart from the first.
    assert.match(
      (await p.page.locator('#chain .chain-step[data-step="2"] .chain-verdict').textContent()) ?? '',
      /^✗ does not fit either: m = 2 ≠ 4 — A\[2\] and Y must have the same shape\.$/,
    );
    await p.send(mistake('b[1] written as a row', 7));
    const first = p.page.locator('#chain .first-failure');
    assert.equal(await first.getAttribute('data-failing'), 'bias');
    assert.equal(
      await first.locator('.chain-verdict').textContent(),
      '✗ does not fit: 4 ≠ 1 — b[1] is (1, 4), but the sum needs (4, 1).',
    );
    // b[1]'s two axes, and W[1]'s n[1] they disagree with.
    assert.deepEqual(await texts(p, '#chain .first-failure .axis.mismatch'), ['4', '1', '4']);
    await clean(p);
  });

  test('a diagnostic that is not about shapes keeps its fix button, and no chain is drawn', async () => {
    const p = await openPanel(h);
    await p.send(mistake('cross_entropy with one sigmoid unit on XOR'));
    assert.equal(await p.page.locator('#chain').count(), 0);
    assert.deepEqual(await texts(p, '#diagnostics button.fix'), ['Fix: Set loss: binary_cross_entropy']);
    await clean(p);
  });

  for (const theme of ['vscode-dark', 'vscode-light', 'vscode-high-contrast'] as Theme[]) {
    test(`the broken spec's Shapes section in ${theme}`, async () => {
      const p = await openPanel(h, theme);
      await p.page.setViewportSize({ width: 900, height: 1400 });
      await p.send(
        mistake('X as rows, W[2] one column short and cross_entropy on one unit: three mistakes, three errors'),
      );
      const [scroll, client] = await p.page.locator('#shapes').evaluate((e) => [e.scrollWidth, e.clientWidth]);
      assert.ok(scroll <= client, `#shapes is ${scroll}px wide in ${client}px`);
      await p.screenshot(`diagnosis-${theme.replace('vscode-', '')}`, '#shapes');
      await clean(p);
    });
  }

  test("the sizes in a misread X's message are those its fix gives; the list keeps the file's", async () => {
    const p = await openPanel(h);
    await p.send(
      mistake('X as rows, W[2] one column short and cross_entropy on one unit: three mistakes, three errors'),
    );
    const title = (where: string, symbol: string) =>
      p.page.locator(`${where} .dim[data-symbol="${symbol}"]`).first().getAttribute('title');
    const message = '#diagnostics li[data-code="x-transposed"] .message';
    // "(4, 2) holds 4 examples of 2 features, but layout: columns wants (2, 4) = (n[0], m)": n[0] is 2, m is 4.
    assert.equal(await title(message, 'n[0]'), 'n[0] = 2 from X, one row per feature, line 5');
    assert.equal(await title(message, 'm'), 'm = 4 from X, one column per example, line 5');
    // Where the sizes come from, for the file as it is written: X read as columns.
    assert.deepEqual((await texts(p, '#dim-sources li')).slice(0, 1), [
      'n[0] = 4 from X, one row per feature — line 5',
    ]);
    await clean(p);
  });

  test('in a narrow panel the chain wraps inside its section', async () => {
    const p = await openPanel(h);
    await p.page.setViewportSize({ width: 420, height: 1200 });
    await p.send(broken());
    const [scroll, client] = await p.page.locator('#shapes').evaluate((e) => [e.scrollWidth, e.clientWidth]);
    assert.ok(scroll <= client, `#shapes is ${scroll}px wide in ${client}px`);
    await p.screenshot('diagnosis-narrow', '#shapes');
    await clean(p);
  });
});
