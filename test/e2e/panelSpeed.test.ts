// How long the training panel takes to show the shapes, against a hello-world webview in the same
// editor: both must show their content; the times go to the suite's output (speed goals: npm run bench).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PANELS, panelTimesText, timePanelBoth, timingWorkbenchOptions } from './panelTiming';

test(
  'Train Network shows the shapes about as fast as a hello-world webview shows its text',
  { timeout: 600_000 },
  async (t) => {
    const options = await timingWorkbenchOptions();
    const hello = await timePanelBoth(PANELS.hello, options);
    const nnspec = await timePanelBoth(PANELS.nnspec, options);
    for (const line of panelTimesText({ nnspec: [nnspec], hello: [hello] })) t.diagnostic(line);
    for (const ms of [hello, nnspec].flatMap((x) => [x.first, ...x.later, x.settled ?? NaN]))
      assert.ok(ms > 0 && Number.isFinite(ms));
  },
);
