// A seeded fuzzer over analyze(): thousands of edited, re-ended and random specs, each of which must
// analyse without an exception or an internal error, with every range inside the text as VS Code
// counts lines, every message free of raw control characters, and every quick fix removing its
// diagnostic. Timing is reported (the slowest case), and only a generous bound is asserted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeSound, assertFixesWork, BASES, makeCase, REPRODUCTIONS, Rng } from './fuzzing';

const SEED = 0x13_2026;
const CASES = 2500;

/** Generous: a case is the analysis of one text, which the editor does on a keystroke. */
const MAX_CASE_MS = 1000;

describe('analyze fuzzing', () => {
  test('the base specs are runnable, so edits start from something valid', () => {
    for (const text of BASES) {
      const { analysis } = analyzeSound(text);
      assert.ok(analysis.runnable, JSON.stringify(analysis.diagnostics.map((d) => d.message)));
    }
  });

  test("issue 13's reproductions are sound, and their fixes work", () => {
    for (const text of REPRODUCTIONS) {
      const { analysis } = analyzeSound(text);
      assertFixesWork(text, analysis);
    }
  });

  test(`${CASES} seeded cases: sound ranges and messages, working fixes, quick analysis`, (t) => {
    const rng = new Rng(SEED);
    let slowest = { ms: 0, text: '' };
    let withFixes = 0;
    for (let i = 0; i < CASES; i++) {
      const text = makeCase(rng);
      try {
        const { analysis, ms } = analyzeSound(text);
        const fixMs = assertFixesWork(text, analysis);
        if (analysis.diagnostics.some((d) => d.fixes)) withFixes++;
        if (Math.max(ms, fixMs) > slowest.ms) slowest = { ms: Math.max(ms, fixMs), text };
      } catch (e) {
        assert.fail(`case ${i} (seed ${SEED}) ${JSON.stringify(text)}:\n${e instanceof Error ? e.message : String(e)}`);
      }
    }
    t.diagnostic(`slowest case ${slowest.ms.toFixed(1)} ms; ${withFixes} cases had quick fixes`);
    assert.ok(withFixes > CASES / 20, `only ${withFixes} cases exercised a quick fix`);
    assert.ok(
      slowest.ms < MAX_CASE_MS,
      `${slowest.ms.toFixed(0)} ms for ${JSON.stringify(slowest.text.slice(0, 300))}`,
    );
  });
});
