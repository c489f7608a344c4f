// The first screen the analysis worker draws without a browser (src/node/markupDom.ts) against the one the
// page draws in real Chromium: for every bundled example and a spec that does not parse, in English and
// Korean, the markup must be the same, character for character, since a new panel shows it at its load.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import type { Language } from '../../src/core/messages/message';
import { editorAnalysis } from '../../src/node/analysisProtocol';
import { drawnFirstScreen } from '../../src/node/analysisThread/firstScreenDrawing';
import { diskIO } from '../../src/node/dataFiles';
import { firstScreenMarkup } from '../../src/node/firstScreen';
import { panelAnalysis } from '../../src/node/panelAnalysis';
import type { AnalysisMessage } from '../../src/protocol';
import { openPanel, startHarness, type Harness } from './harness';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

/** The message a page on `text` is written with, as the host and the worker both build it. */
function initial(fileName: string, text: string, lang: Language): AnalysisMessage {
  const a = editorAnalysis(analyze(text, diskIO({ baseDir: EXAMPLES })), false);
  const facts = { uri: `file:///work/examples/${fileName}`, fileName, version: 7, lang };
  return { ...panelAnalysis(a, facts), points: undefined };
}

/** What the page drew of `m` in `lang` and sent to the host (FirstScreenMessage), as the host keeps it. */
async function pageMarkup(m: AnalysisMessage, lang: Language): Promise<string | undefined> {
  h.page.initial = m;
  const p = await openPanel(h, 'vscode-dark', lang);
  try {
    const sent = (await p.posted()).find((x) => x.type === 'firstScreen');
    assert.ok(sent?.type === 'firstScreen', 'the page sent its first screen');
    assert.deepEqual(p.errors, []);
    return firstScreenMarkup(sent.html);
  } finally {
    await p.page.close();
  }
}

const SPECS: [string, string][] = [
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.nnspec'))
    .map((f): [string, string] => [f, readFileSync(join(EXAMPLES, f), 'utf8')]),
  ['unparsed.nnspec', 'name: half a spec\nlayers: [\n  { units: 4, activation: relu\n'],
];

describe('the worker draws the first screen the page draws', () => {
  after(() => {
    h.page.initial = undefined;
  });
  for (const lang of ['en', 'ko'] as const)
    for (const [fileName, text] of SPECS)
      test(`${fileName}, ${lang}`, async () => {
        const m = initial(fileName, text, lang);
        const drawn = drawnFirstScreen(m, lang);
        assert.ok(drawn, 'the worker drew it');
        assert.equal(drawn, await pageMarkup(m, lang));
      });
});
