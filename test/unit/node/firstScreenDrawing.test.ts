// The first screen the analysis worker draws for a panel (src/node/analysisThread/firstScreenDrawing.ts):
// markup a page may hold, or nothing when it would be too large; test/webview/firstScreenMarkup.test.ts
// checks it against the page's own drawing in Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import type { Language } from '../../../src/core/messages/message';
import { editorAnalysis } from '../../../src/node/analysisProtocol';
import { drawnFirstScreen } from '../../../src/node/analysisThread/firstScreenDrawing';
import { diskIO } from '../../../src/node/dataFiles';
import { panelAnalysis } from '../../../src/node/panelAnalysis';
import { MAX_FIRST_SCREEN, type AnalysisMessage } from '../../../src/protocol';

const examples = join(__dirname, '..', '..', '..', 'examples');

function message(text: string, lang: Language): AnalysisMessage {
  const a = editorAnalysis(analyze(text, diskIO({ baseDir: examples })), false);
  const facts = { uri: 'file:///w/spec.nnspec', fileName: 'spec.nnspec', version: 1, lang };
  return { ...panelAnalysis(a, facts), points: undefined };
}

/** A spec that analyses fine but whose shapes fill more than a page may hold. */
function deepSpec(layers: number): string {
  const hidden = Array.from({ length: layers }, () => '    - units: 8\n      activation: relu\n').join('');
  return `name: deep\ndata:\n  generate:\n    kind: spiral\n    samples: 90\n    classes: 3\nnetwork:\n  input: 2\n  layers:\n${hidden}    - units: 3\n      activation: softmax\nloss: cross_entropy\ntraining:\n  iterations: 10\n  learning_rate: 0.1\n`;
}

describe('first screen drawn by the analysis worker', () => {
  test("the page's title, sections and shapes, in ASCII, in the panel's language", () => {
    const xor = readFileSync(join(examples, 'xor.nnspec'), 'utf8');
    const en = drawnFirstScreen(message(xor, 'en'), 'en');
    const ko = drawnFirstScreen(message(xor, 'ko'), 'ko');
    assert.ok(en && ko);
    assert.match(
      en,
      /^<h1 id="title">XOR with one hidden layer \(2-4-1\)<\/h1><section class="panel-section" id="controls"/,
    );
    assert.match(en, /<td class="shape-cell"><span class="matrix-name">W\[1\]<\/span> \(<span class="axis"[^>]*>4</);
    assert.match(en, /id="ctl-speed"[^>]*value="\d"/, "the speed slider's position");
    assert.doesNotMatch(en + ko, /[^\0-\x7f]/, 'all ASCII');
    assert.notEqual(en, ko);
    assert.equal((globalThis as { document?: unknown }).document, undefined, 'no document left behind');
  });

  test('a first screen too large for a page is given up: the page draws its own', () => {
    const m = message(deepSpec(45), 'en');
    assert.equal(m.runnable, true);
    assert.equal(m.shapes?.layers.length, 46);
    assert.equal(drawnFirstScreen(m, 'en'), undefined);
    const smaller = drawnFirstScreen(message(deepSpec(8), 'en'), 'en');
    assert.ok(smaller && smaller.length < MAX_FIRST_SCREEN, 'a deep network that fits is drawn');
  });
});
