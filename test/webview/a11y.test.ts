// axe-core over the whole panel (a run streamed, a snapshot shown, a gradient check) in VS Code's
// dark, light and high-contrast themes: no accessibility violation of any WCAG A/AA rule.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { AxeResults } from 'axe-core';
import { RUN, snapshotReply, stream } from './fixtures';
import { openPanel, startHarness, type Harness, type PanelPage } from './harness';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

/** The panel with everything it can show: sections, charts, matrices, the boundary, gradient-check results. */
async function fullPanel(p: PanelPage): Promise<void> {
  await p.send(...stream(), {
    type: 'gradcheck',
    runId: RUN,
    rows: [
      { layer: 1, param: 'W', relativeError: 2e-9, maxAbsDiff: 1e-11 },
      { layer: 2, param: 'b', relativeError: 0.02, maxAbsDiff: 1e-3 },
    ],
  });
  await p.send(snapshotReply((await p.snapshotRequests()).at(-1)!.requestId, 1499));
}

/** One line per violated rule: its id, what it is about and the first few elements, for a readable failure. */
function describeViolations(results: AxeResults): string[] {
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.length} element(s): ` +
      v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join(' | '),
  );
}

describe('panel accessibility (axe-core)', () => {
  for (const theme of ['vscode-dark', 'vscode-light', 'vscode-high-contrast'] as const) {
    test(`no WCAG A/AA violation in ${theme}`, async () => {
      const p = await openPanel(h, theme);
      await fullPanel(p);
      // Evaluated through the debugger protocol, so the panel's CSP (scripts by nonce only) still holds for the page.
      await p.page.evaluate(AXE);
      const results = await p.page.evaluate(() =>
        (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        }),
      );
      assert.ok(results.passes.length > 10, `axe checked only ${results.passes.length} rules`);
      assert.deepEqual(describeViolations(results), []);
      assert.deepEqual(await p.violations(), []);
      assert.deepEqual(p.errors, []);
      await p.page.close();
    });
  }
});
