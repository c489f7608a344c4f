// How long the training panel takes to show the shapes, against a hello-world webview in the same
// editor: both must show their content; the times go to the suite's output (speed goals: npm run bench).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noSamples, panelTimesText, FIRST_PAIRS, timePanelRound, timingWorkbenchOptions } from './panelTiming';

test(
  'Train Network shows the shapes about as fast as a hello-world webview shows its text',
  { timeout: 600_000 },
  async (t) => {
    const times = noSamples();
    const later = 6; // later panels share one workbench (about 2 s a pair): six pairs cost little
    await timePanelRound(times, await timingWorkbenchOptions(), ['hello', 'nnspec'], later);
    for (const line of panelTimesText(times)) t.diagnostic(line);
    const all = Object.values(times).flatMap((byName) => [...byName.nnspec, ...byName.hello]);
    assert.equal(all.length, 2 * (2 * FIRST_PAIRS + later), 'every panel was timed: first, settled first, later');
    for (const ms of all) assert.ok(ms > 0 && Number.isFinite(ms), `a time of ${ms} ms`);
  },
);
