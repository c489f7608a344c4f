// `npm run bench`'s editor part: in code-server and headless Chromium, Train Network until the
// shapes show against a hello-world webview's command until its text shows (test/e2e/panelTiming.ts):
// first panels and settled first panels (FIRST_PAIRS of each a round) in fresh workbenches, the two
// extensions' order swapped pair by pair, and later panels of both alternated in one workbench a round.
import {
  noSamples,
  FIRST_PAIRS,
  timePanelRound,
  timingWorkbenchOptions,
  type PanelName,
  type PanelSamples,
} from '../test/e2e/panelTiming';

/** Later panels of each extension timed in a round's shared workbench. */
const LATER_PER_ROUND = 3;

export async function panelRounds(rounds: number): Promise<PanelSamples> {
  const options = await timingWorkbenchOptions();
  const out = noSamples();
  for (let r = 0; r < rounds; r++) {
    await timePanelRound(out, options, r % 2 === 0 ? ['hello', 'nnspec'] : ['nnspec', 'hello'], LATER_PER_ROUND);
    const of = (n: PanelName) =>
      `${n} first ${last(out.first[n], FIRST_PAIRS)}, settled ${last(out.settled[n], FIRST_PAIRS)}, later ${last(out.later[n], LATER_PER_ROUND)} ms`;
    process.stderr.write(`panel round ${r + 1}: ${of('nnspec')}; ${of('hello')}\n`);
  }
  return out;
}

/** The last `n` times of `xs`, in whole milliseconds. */
const last = (xs: number[], n: number): string =>
  xs
    .slice(-n)
    .map((ms) => Math.round(ms))
    .join('/');
