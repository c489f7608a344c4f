// A student's first look: open an example, run "nnspec: Show Shapes" from the command palette,
// and find the shape of W[1] in the extension's webview.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { withWorkbench } from './harness';

test('"nnspec: Show Shapes" from the palette shows W[1] and its shape in the webview', { timeout: 180_000 }, async (t) => {
  await withWorkbench(t, async (wb) => {
    const example = readdirSync(wb.folder).filter((f) => f.endsWith('.nnspec')).sort()[0];
    assert.ok(example, `no .nnspec file in ${wb.folder}`);
    await wb.openFile(example);
    await wb.runCommand('nnspec: Show Shapes');
    const w1 = wb.webview().locator('body', { hasText: 'W[1]' });
    await w1.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await w1.innerText();
    assert.match(text, /W\[1\]/);
    assert.match(text, /\(\d+, \d+\)/, 'no shape like (4, 2) in the webview');
  });
});
