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
    const later = { rounds: 3, workbenches: 2 }; // each further workbench costs about 25 s
    await timePanelRound(times, await timingWorkbenchOptions(), ['hello', 'nnspec'], later.rounds, later.workbenches);
    for (const line of panelTimesText(times)) t.diagnostic(line);
    const all = Object.values(times).flatMap((byName) => [...byName.nnspec, ...byName.hello]);
    assert.equal(
      all.length,
      2 * (2 * FIRST_PAIRS + later.rounds * later.workbenches),
      'every panel was timed: first, settled first, later',
    );
    for (const ms of all) assert.ok(ms > 0 && Number.isFinite(ms), `a time of ${ms} ms`);
  },
);
