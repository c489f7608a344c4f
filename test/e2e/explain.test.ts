// Where does this number come from? A student trains the flower example, goes back to step 0, clicks an
// entry of dW[1] and walks the chain rule backwards through the explanation's links, in the real editor:
// dW[1] → dZ[1] → dA[1] → dZ[2], which is A[2] − Y, with every number written in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FrameLocator } from 'playwright-core';
import { stage, withWorkbench } from './harness';

/** The explanation on screen: its entry, its formulas, its numbers, its notes and its operand links. */
async function explanation(view: FrameLocator) {
  return view.locator('#entry-explanation .explanation').evaluate((e) => ({
    entry: e.getAttribute('data-entry') ?? '',
    formulas: [...e.querySelectorAll('.explain-formula')].map((x) => x.textContent ?? ''),
    numbers: [...e.querySelectorAll('.explain-numbers')].map((x) => x.textContent ?? ''),
    text: e.textContent ?? '',
    links: [...e.querySelectorAll('.entry-link')].map((x) => x.getAttribute('data-entry') ?? ''),
  }));
}

/** Follows the explanation's first link to an entry of `matrix` (e.g. 'dZ[1]'); returns that entry. */
async function follow(view: FrameLocator, matrix: string): Promise<string> {
  const { links } = await explanation(view);
  const target = links.find((l) => l.startsWith(`${matrix}[`));
  assert.ok(target, `no link to ${matrix} among ${JSON.stringify(links)}`);
  await view.locator(`#entry-explanation .entry-link[data-entry="${target}"]`).first().click();
  await view.locator(`#entry-explanation .explanation[data-entry="${target}"]`).waitFor();
  return target;
}

/** The numbers of `text` in order (course notation's subscripts and brackets are not numbers here). */
const numbersIn = (text: string): number[] =>
  (text.match(/(?<![\w[,₀-₉])[-−]?\d+(\.\d+)?(e[-+]?\d+)?/g) ?? []).map((s) => Number(s.replace('−', '-')));

test('a student walks back from dW[1] to A[2] − Y in the panel', { timeout: 300_000 }, async (t) => {
  await withWorkbench(t, async (wb) => {
    const view = wb.webview();
    await wb.openFile('planar-flower.nnspec');
    await wb.runCommand('nnspec: Train Network');
    await view.locator('#status[data-status="done"]').waitFor({ timeout: 120_000 });

    await stage(
      t,
      wb,
      "clicking dW[1]'s entry (3, 2) at step 0 explains it as an average over the batch",
      async (st) => {
        const slider = view.locator('#timeline-slider:not([disabled])');
        await slider.focus();
        await wb.page.keyboard.press('Home');
        await view.locator('#backprop .step-caption', { hasText: /^Step 0:/ }).waitFor({ timeout: 30_000 });
        const cell = view.locator('#backprop figure[data-matrix="dW[1]"] td[data-row="2"][data-col="1"]');
        await cell.scrollIntoViewIfNeeded();
        const shownValue = (await cell.innerText()).trim();
        await cell.click();
        await view.locator('#entry-explanation .explanation[data-entry="dW[1][3,2]"]').waitFor();
        const e = await explanation(view);
        st.diagnostic(`${e.formulas.join(' | ')} → ${e.numbers.join(' | ')}`);
        assert.match(e.formulas[0], /1\/m/, 'dW is an average over the m examples');
        assert.match(e.text, /… and \d+ more/, '400 examples: the largest terms, then the rest summed');
        // Its operands are marked in their matrices: unit 3's row of dZ[1], input 2's row of A[0] = X.
        const marked = await view.locator('#entry-links').innerText();
        for (const operand of ['dZ[1] row 3', 'A[0] row 2']) assert.ok(marked.includes(operand), marked);
        // The explained value is the one the cell shows (the cell rounds it).
        const value = numbersIn(e.numbers[0]).at(-1)!;
        assert.ok(
          Math.abs(value - Number(shownValue)) <= Math.abs(value) * 0.01,
          `${value} vs the cell's ${shownValue}`,
        );
      },
    );

    await stage(
      t,
      wb,
      'its links walk back: dZ[1], then dA[1], then dZ[2] = A[2] − Y, with the numbers',
      async (st) => {
        const walked = [await follow(view, 'dZ[1]')];
        assert.match((await explanation(view)).text, /tanh/, 'dZ[1] = dA[1] · tanh′(Z[1])');
        walked.push(await follow(view, 'dA[1]'));
        assert.match((await explanation(view)).formulas[0], /W\[2\].*dZ\[2\]/, 'dA[1] = W[2]ᵀ dZ[2]');
        walked.push(await follow(view, 'dZ[2]'));
        const e = await explanation(view);
        st.diagnostic(`walked ${walked.join(' → ')}: ${e.formulas[0]} = ${e.numbers.join(' ')}`);
        assert.match(e.formulas[0], /A\[2\].*−\s*Y/, 'the output layer: dZ[2] = A[2] − Y');
        assert.match(e.text, /sigmoid/i, 'why A − Y holds for a sigmoid output with cross-entropy');
        // dZ[2] = A[2] − Y, in the numbers written in: "= a − y" and "= the difference".
        const [a, y, diff] = e.numbers.flatMap(numbersIn);
        assert.ok(y === 0 || y === 1, `Y is a label: ${e.numbers.join(' ')}`);
        assert.ok(Math.abs(a - y - diff) < 1e-5, `${a} − ${y} ≠ ${diff}`);
        // The column stays the same example all the way back.
        const column = (entry: string) => /,(\d+)\]$/.exec(entry)?.[1];
        assert.equal(new Set(walked.map(column)).size, 1, walked.join(' → '));
      },
    );

    t.diagnostic(`screenshot: ${await wb.screenshot('e2e-explain')}`);
  });
});
