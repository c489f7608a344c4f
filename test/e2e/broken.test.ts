// The broken example as a student meets it: the mismatching W[2] is underlined in the editor and
// listed in the Problems panel; "nnspec: Train Network" shows the bad axis in red and does not train.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { stage, withWorkbench } from './harness';

const FILE = 'broken-shapes.nnspec';

interface BrokenSpec {
  layout?: string;
  network: { layers: { units: number; W?: number[][] }[] };
}

test(
  'the broken example is underlined, listed in Problems, red in the panel, and does not train',
  { timeout: 240_000 },
  async (t) => {
    const text = readFileSync(join(__dirname, '..', '..', 'examples', FILE), 'utf8');
    const spec = parse(text) as BrokenSpec;
    assert.notEqual(spec.layout, 'rows');
    // W[2] must be (n[2], n[1]); the file gives it as many columns as its first row has.
    const [n1, n2] = spec.network.layers.map((l) => l.units);
    const given = spec.network.layers[1].W as number[][];
    assert.notEqual(given[0].length, n1, 'the example is no longer broken');
    const expected = `W[2] must be (${n2}, ${n1})`;
    const wLine = text
      .split('\n')
      .find((l) => /^\s*W:/.test(l))
      ?.trim() as string;

    await withWorkbench(t, async (wb) => {
      const page = wb.page;
      await wb.openFile(FILE);

      await stage(t, wb, 'the editor underlines the line that gives W[2]', async () => {
        // Squiggle and line are measured together, once code lenses have stopped moving the lines.
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 60_000 });
        const onLine = await page
          .waitForFunction(
            (want) => {
              const sq = document.querySelector('.monaco-editor .squiggly-error')?.getBoundingClientRect();
              const line = Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line'))
                .find((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').trim() === want)
                ?.getBoundingClientRect();
              if (!sq || !line) return false;
              const middle = sq.y + sq.height / 2;
              return middle >= line.y && middle <= line.y + line.height && sq.x >= line.x && sq.width > 0;
            },
            wLine,
            { timeout: 15_000 },
          )
          .then(
            () => true,
            () => false,
          );
        assert.ok(onLine, `no error squiggle on the line "${wLine}"`);
      });

      await stage(t, wb, `the Problems panel lists "${expected}"`, async (st) => {
        // Opened from the status bar's problem count, as a student would.
        const count = page.locator('[id="status.problems"]');
        await count.waitFor();
        assert.match((await count.getAttribute('aria-label')) ?? '', /Errors: 1\b/, 'the status bar counts one error');
        await count.click();
        const problems = page.locator('.markers-panel .monaco-list-row');
        await problems.first().waitFor({ timeout: 30_000 });
        const listed = (await problems.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
        st.diagnostic(`Problems: ${JSON.stringify(listed)}`);
        assert.ok(
          listed.some((s) => s.includes(expected)),
          `Problems does not list "${expected}": ${JSON.stringify(listed)}`,
        );
      });

      await wb.runCommand('nnspec: Train Network');
      const view = wb.webview();
      // The spec's analysis was done (the squiggle is its): the first page is written with the first screen
      // the analysis worker drew of it (src/node/analysisThread/firstScreenDrawing.ts).
      await view.locator('#app[data-prerendered] #shapes .layer-shapes').first().waitFor({ timeout: 60_000 });

      await stage(t, wb, 'Train Network shows the bad axis of W[2] in the error colour under Shapes', async (st) => {
        const bad = view.locator('#shapes td.has-mismatch');
        const marked = await bad.waitFor({ timeout: 10_000 }).then(
          () => true,
          () => false,
        );
        const w2 = await view
          .locator('#shapes td.shape-cell', { hasText: /^W\[2\]/ })
          .first()
          .innerHTML()
          .catch(() => 'absent');
        assert.ok(marked, `no cell of #shapes is marked .has-mismatch; W[2]'s cell is ${w2}`);
        assert.equal((await bad.innerText()).trim(), `W[2] (${n2}, ${n1})`);
        const axis = bad.locator('.axis.mismatch');
        assert.equal((await axis.innerText()).trim(), String(n1));
        const colours = await axis.evaluate((e) => {
          const probe = document.createElement('span');
          probe.style.color = 'var(--vscode-errorForeground)';
          document.body.append(probe);
          const error = getComputedStyle(probe).color;
          probe.remove();
          const good = document.querySelector('#shapes td.shape-cell:not(.has-mismatch) .axis');
          return { mismatch: getComputedStyle(e).color, error, other: good ? getComputedStyle(good).color : '' };
        });
        st.diagnostic(`colours: ${JSON.stringify(colours)}`);
        assert.match(colours.error, /^rgb/, 'the theme defines --vscode-errorForeground');
        assert.equal(colours.mismatch, colours.error, 'the mismatching axis is in the error foreground');
        assert.notEqual(colours.other, colours.error, 'a matching axis is not in the error foreground');
      });

      await stage(t, wb, 'the panel says it cannot train and no run starts', async () => {
        const status = view.locator('#status[data-status="blocked"]');
        await status.waitFor();
        assert.match(await status.innerText(), /^cannot train/);
        assert.equal(await view.locator('#ctl-play').isDisabled(), true);
        // Keep watching for a few seconds: no step, cost or boundary may appear.
        for (const until = Date.now() + 3_000; Date.now() < until; await page.waitForTimeout(250)) {
          assert.equal(await view.locator('#ctl-step-count').innerText(), 'step –');
          assert.equal(await view.locator('#ctl-cost').innerText(), 'cost –');
          assert.equal(await view.locator('#boundary-canvas').count(), 0, 'a decision boundary was drawn');
          assert.equal(await view.locator('#status').getAttribute('data-status'), 'blocked');
        }
      });

      await view.locator('#shapes .layer-shapes[data-layer="2"]').scrollIntoViewIfNeeded(); // where the student looks next
      t.diagnostic(`screenshot: ${await wb.screenshot('e2e-broken')}`);

      await stage(t, wb, 'VS Code warns that the spec must be fixed first', async (st) => {
        const messages = await wb.notifications();
        st.diagnostic(`notifications: ${JSON.stringify(messages)}`);
        assert.ok(
          messages.some((m) => m.includes('fix it to train') && m.includes(expected)),
          `no warning: ${JSON.stringify(messages)}`,
        );
      });
    });
  },
);
