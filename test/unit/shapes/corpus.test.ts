// The corpus of student mistakes: each diagnostic on its line with its severity and the words of its
// cause, each mistake reported once, and every quick fix leaving a valid spec or the next real error.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Codes } from '../../../src/core/spec/codes';
import { MISTAKES, type Mistake } from './corpus';
import { analyzed, applyFix, describeDiagnostics, fixAll, lineOf, stillThere } from './fixTools';

function assertDiagnostics(m: Mistake): void {
  const a = analyzed(m.text);
  const got = a.diagnostics;
  assert.equal(got.length, m.expect.length, `${m.name}: ${describeDiagnostics(a)}`);
  for (const want of m.expect) {
    const line = lineOf(m.text, want.line);
    const matching = got.filter((d) => d.code === want.code && d.range.line === line);
    assert.equal(matching.length, 1, `${m.name}: one ${want.code} on line ${line} in ${describeDiagnostics(a)}`);
    assert.equal(matching[0].severity, want.severity, `${m.name}: severity of ${want.code}`);
    assert.ok(matching[0].message.includes(want.words), `${m.name}: '${matching[0].message}' lacks '${want.words}'`);
  }
}

describe('the corpus of student mistakes', () => {
  test('has at least 30 mistakes, in both layouts, with inline, CSV and generated data', () => {
    assert.ok(MISTAKES.length >= 30, String(MISTAKES.length));
    for (const word of ['layout: columns', 'layout: rows', 'inline:', 'csv:', 'generate:', '      W: ', '      b: ']) {
      assert.ok(
        MISTAKES.some((m) => m.text.includes(word)),
        word,
      );
    }
    assert.ok(MISTAKES.filter((m) => m.expect.length > 1).length >= 3);
  });

  test('every cause the shape check can name appears in it', () => {
    const codes = new Set(MISTAKES.flatMap((m) => m.expect.map((e) => e.code)));
    for (const c of [
      Codes.xTransposed,
      Codes.yTransposed,
      Codes.layoutMismatch,
      Codes.unitsMismatch,
      Codes.inlineExampleCount,
    ]) {
      assert.ok(codes.has(c), c);
    }
  });

  for (const m of MISTAKES) {
    describe(m.name, () => {
      test('each diagnostic once, on its line, with its severity and the words of its cause', () => {
        assertDiagnostics(m);
      });

      test('every quick fix removes its own diagnostic', () => {
        const before = analyzed(m.text);
        for (const d of before.diagnostics) {
          for (const fix of d.fixes ?? []) {
            const after = analyzed(applyFix(m.text, fix));
            const left = stillThere(d, before, after);
            assert.equal(left, undefined, `'${fix.title}' left ${d.code}: ${left?.message}`);
          }
        }
      });

      test(m.fixable ? 'the quick fixes, applied in turn, leave a valid spec' : 'there is no certain fix', () => {
        // First to last and last to first: each fix holds whichever of the others was applied before it.
        for (const fromLast of [false, true]) {
          const fixed = analyzed(fixAll(m.text, 8, fromLast));
          const left = fixed.diagnostics.filter((d) => d.severity !== 'info');
          if (m.fixable) {
            assert.deepEqual(left, [], `${fromLast ? 'last first' : 'first first'}: ${describeDiagnostics(fixed)}`);
            assert.ok(fixed.runnable);
          } else {
            assert.ok(left.some((d) => d.severity === 'error'));
          }
        }
      });
    });
  }
});
