// A 784-256-10 network in the real editor: it trains in the panel, a step the student picks on the
// timeline once the run is done shows its matrices, and every message the page receives stays under
// 2 MB. How long each pick takes to reach the screen goes to the suite's output (speed goals: npm run
// bench); most picked steps lie a few steps after a checkpoint of the history and are computed again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BIG_SPEC,
  BIG_STEPS,
  bigLayersFolder,
  largest,
  messageSizes,
  PICKS,
  pickSteps,
  picksText,
  watchTraining,
} from './bigLayersInEditor';
import { stage, withWorkbench } from './harness';
import { MESSAGE_BYTES } from '../../src/core/messageBudget';

test('784-256-10 trains in the panel; a picked step shows its matrices', { timeout: 300_000 }, async (t) => {
  const { folder, remove } = bigLayersFolder();
  try {
    await withWorkbench(
      t,
      async (wb) => {
        await wb.openFile(BIG_SPEC);
        await wb.runCommand('nnspec: Train Network');
        const view = wb.webview();

        await stage(t, wb, 'the run trains every step', async () => {
          await watchTraining(view);
          const count = (await view.locator('#ctl-step-count').innerText()).trim();
          assert.ok(count.startsWith(`step ${BIG_STEPS - 1} / ${BIG_STEPS - 1} `), `the run ended at "${count}"`);
        });

        await stage(t, wb, 'each picked step shows its forward pass and gradients', async (st) => {
          const { kept, picks } = await pickSteps(view);
          assert.ok(kept >= 10, `the history keeps ${kept} steps`);
          for (const p of picks) {
            assert.ok(p.step > 0 && p.step < BIG_STEPS - 1, `picked step ${p.step}`);
            assert.match(p.dW1, /^\(256, 784\) · too big to send whole: evenly spaced/, `dW[1] at step ${p.step}`);
          }
          await view.locator('#backprop figure[data-matrix="dW[1]"]').scrollIntoViewIfNeeded();
          await wb.screenshot('e2e-big-layers');
          st.diagnostic(
            `a picked step of 784-256-10, from the slider's change to the frame after it painted: ${picksText(picks)}`,
          );
        });

        await stage(t, wb, 'no message to the page reached 2 MB', async (st) => {
          const sizes = await messageSizes(view);
          const snapshots = sizes.filter((s) => s.type === 'snapshot').length;
          assert.ok(snapshots >= PICKS.length, `${snapshots} snapshots reached the page`);
          const big = largest(sizes);
          st.diagnostic(
            `${sizes.length} messages from the shapes on (${snapshots} snapshots); the largest ` +
              `${(big.bytes / 2 ** 20).toFixed(2)} MB (${big.type})`,
          );
          assert.ok(big.bytes < MESSAGE_BYTES, `a ${big.type} message of ${big.bytes} bytes`);
        });
      },
      { folder },
    );
  } finally {
    remove();
  }
});
