// A student's first look: open xor.nnspec from examples/, run "nnspec: Show Shapes" from the command
// palette, and find W[1] with its shape, (n[1], n[0]) as the file declares them, in the webview, and the
// forward pass laid out at its shapes before any step has run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { withWorkbench } from './harness';

/** The shape of W[1] from the file itself: (n[1], n[0]), or (n[0], n[1]) in the rows layout. */
function expectedW1(specText: string): string {
  const spec = parse(specText);
  const n0: number = spec.network.input;
  const n1: number = spec.network.layers[0].units;
  return spec.layout === 'rows' ? `(${n0}, ${n1})` : `(${n1}, ${n0})`;
}

test(
  '"nnspec: Show Shapes" from the palette shows W[1] and its shape in the webview',
  { timeout: 180_000 },
  async (t) => {
    await withWorkbench(t, async (wb) => {
      const shape = expectedW1(readFileSync(join(wb.folder, 'xor.nnspec'), 'utf8'));
      await wb.openFile('xor.nnspec');
      await wb.runCommand('nnspec: Show Shapes');
      const w1 = wb.webview().locator('body', { hasText: 'W[1]' });
      await w1.waitFor({ state: 'visible', timeout: 30_000 });
      assert.ok((await w1.innerText()).includes(`W[1] ${shape}`), `the webview does not show W[1] ${shape}`);
      // No step has run: the forward pass is laid out at its shapes, its values to come.
      const caption = wb.webview().locator('#forward .step-caption', { hasText: /^No step has run yet/ });
      await caption.waitFor({ timeout: 30_000 });
      const w1Shape = wb.webview().locator('#forward figure[data-matrix="W[1]"] .matrix-shape');
      assert.equal((await w1Shape.innerText()).trim(), shape);
      await caption.scrollIntoViewIfNeeded();
      await wb.screenshot('e2e-show-shapes');
    });
  },
);
