// `npm run bench`'s editor part: in code-server and headless Chromium, Train Network until the
// shapes show against a hello-world webview's command until its text shows (test/e2e/panelTiming.ts),
// each in fresh workbenches (first and later panels, and a first panel once the editor has settled),
// the two interleaved round by round.
import { PANELS, timePanelBoth, timingWorkbenchOptions, type PanelTimes } from '../test/e2e/panelTiming';

export type PanelRounds = Record<'nnspec' | 'hello', PanelTimes[]>;

export async function panelRounds(rounds: number): Promise<PanelRounds> {
  const options = await timingWorkbenchOptions();
  const out: PanelRounds = { nnspec: [], hello: [] };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['hello', 'nnspec'] as const) : (['nnspec', 'hello'] as const);
    for (const name of order) {
      out[name].push(await timePanelBoth(PANELS[name], options));
      process.stderr.write(`panel round ${r + 1} ${name}: ${JSON.stringify(out[name].at(-1))}\n`);
    }
  }
  return out;
}
