// `npm run bench`'s snapshot display part: the 784-256-10 snapshot the worker sent (bench/bigLayers.ts)
// handed to the real panel in headless Chromium (test/webview/harness.ts) once it has asked for that
// step, its buffers transferred as VS Code transfers them, timed until drawn (the page's frames are quick
// again: PanelPage.timeToScreen), in a fresh page each time.
import { digitsCsv, digitsSpec } from '../test/fixtures/digitsCsv';
import { openPanel, startHarness } from '../test/webview/harness';
import { realRun } from '../test/webview/realRun';
import type { SnapshotMessage } from '../src/protocol';

/** Milliseconds from the message reaching the panel to the snapshot drawn, once per fresh page. */
export async function snapshotDrawMs(reply: SnapshotMessage, times: number): Promise<number[]> {
  const run = realRun(digitsSpec('digits.csv', 3), '/virtual/big.nnspec', 1, {
    '/virtual/digits.csv': digitsCsv(2048),
  });
  const step = reply.snapshot.step;
  const h = await startHarness();
  const out: number[] = [];
  try {
    for (let k = 0; k < times; k++) {
      const p = await openPanel(h);
      await p.send(
        run.analysis,
        { type: 'status', runId: reply.runId, status: 'paused', stale: false, stepsRun: step + 1, totalSteps: 48 },
        { type: 'snapshotSteps', runId: reply.runId, steps: [step] },
      );
      const asked = (await p.snapshotRequests()).at(-1);
      if (!asked) throw new Error('the panel did not ask for the snapshot');
      await p.page.locator('#forward').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      out.push(await p.timeToScreen({ ...reply, inReplyTo: asked.requestId }));
      const drawn = await p.page.locator('#forward figure[data-matrix="W[1]"] .matrix-grid').count();
      if (p.errors.length > 0 || drawn === 0)
        throw new Error(`the panel did not draw the snapshot: ${p.errors.join('; ') || 'no W[1]'}`);
      await p.page.close();
    }
  } finally {
    await h.close();
  }
  return out;
}
