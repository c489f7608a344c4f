// How long the training panel takes to show the shapes, against a hello-world webview in the same
// editor: both must show their content; the times go to the suite's output (speed goals: npm run bench).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PANELS, panelTimesText, timePanelFresh, timingWorkbenchOptions } from './panelTiming';

test(
  'Train Network shows the shapes about as fast as a hello-world webview shows its text',
  { timeout: 300_000 },
  async (t) => {
    const options = await timingWorkbenchOptions();
    const hello = await timePanelFresh(PANELS.hello, options);
    const nnspec = await timePanelFresh(PANELS.nnspec, options);
    for (const line of panelTimesText({ nnspec: [nnspec], hello: [hello] })) t.diagnostic(line);
    for (const ms of [hello.first, ...hello.later, nnspec.first, ...nnspec.later])
      assert.ok(ms > 0 && Number.isFinite(ms));
  },
);
