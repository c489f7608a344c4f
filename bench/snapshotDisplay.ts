// `npm run bench`'s snapshot display part: the 784-256-10 snapshots the worker sent (bench/bigLayers.ts)
// handed to the real panel in headless Chromium (test/webview/harness.ts), each once the panel has asked
// for its step and is idle, its buffers transferred as VS Code transfers them, timed until drawn (the
// page's frames are quick again: PanelPage.timeToScreen). In a fresh page each time: step 0 first, then
// the step halfway through, as when a student picks a step with another one on screen.
import { digitsCsv, digitsSpec } from '../test/fixtures/digitsCsv';
import { openPanel, startHarness } from '../test/webview/harness';
import { realRun } from '../test/webview/realRun';
import type { SnapshotMessage } from '../src/protocol';

export interface SnapshotDrawTimes {
  /** Step 0's snapshot on a fresh page: the matrices' elements and canvases are made. */
  first: number[];
  /** Then another step's: the same matrices updated in place. */
  chosen: number[];
}

/** Milliseconds from each message reaching the panel to its snapshot drawn, in a fresh page each time. */
export async function snapshotDrawMs(
  first: SnapshotMessage,
  chosen: SnapshotMessage,
  times: number,
): Promise<SnapshotDrawTimes> {
  const run = realRun(digitsSpec('digits.csv', 3), '/virtual/big.nnspec', 1, {
    '/virtual/digits.csv': digitsCsv(2048),
  });
  const runId = first.runId;
  const status = (stepsRun: number) => ({
    type: 'status',
    runId,
    status: 'paused',
    stale: false,
    stepsRun,
    totalSteps: 48,
  });
  const h = await startHarness();
  const out: SnapshotDrawTimes = { first: [], chosen: [] };
  try {
    for (let k = 0; k < times; k++) {
      const p = await openPanel(h);
      const show = async (reply: SnapshotMessage): Promise<number> => {
        const asked = (await p.snapshotRequests()).at(-1);
        if (asked?.step !== reply.snapshot.step)
          throw new Error(`the panel did not ask for step ${reply.snapshot.step}`);
        const ms = await p.timeToScreen({ ...reply, inReplyTo: asked.requestId });
        const caption = (await p.page.locator('#forward .step-caption').textContent()) ?? '';
        if (p.errors.length > 0 || !caption.includes(`Step ${reply.snapshot.step},`))
          throw new Error(`the panel did not draw step ${reply.snapshot.step}: ${p.errors.join('; ') || caption}`);
        return ms;
      };
      const steps = [first.snapshot.step];
      await p.send(run.analysis, status(steps[0] + 1), { type: 'snapshotSteps', runId, steps });
      await p.page.locator('#forward').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      out.first.push(await show(first));
      // The run moves on to the chosen step: the panel, following the newest kept step, asks for it.
      steps.push(chosen.snapshot.step);
      await p.send(status(chosen.snapshot.step + 1), { type: 'snapshotSteps', runId, steps });
      out.chosen.push(await show(chosen));
      await p.page.close();
    }
  } finally {
    await h.close();
  }
  return out;
}
