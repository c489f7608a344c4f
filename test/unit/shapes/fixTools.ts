// Shared by the shape tests: analysing a text against the examples folder, applying a fix, and
// telling whether a fix left its own diagnostic in place.
import { diskIO } from '../../../src/node/dataFiles';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { applyEdits, fixEdits } from '../../../src/core/spec/edits';
import type { Diagnostic, Fix, Range, RangeMap } from '../../../src/core/spec/types';

export const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const io = diskIO({ baseDir: EXAMPLES });

export function analyzed(text: string): Analysis {
  return analyze(text, io);
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fixEdits(fix));
}

/** The 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `'${needle}' is not in the text`);
  return text.slice(0, at).split('\n').length;
}

const same = (a: Range, b: Range | undefined) =>
  !!b && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;

/** The YAML path of the node a diagnostic is placed at, if it is placed at one. */
function pathAt(ranges: RangeMap, r: Range): string | undefined {
  let found: string | undefined;
  for (const [path, range] of ranges)
    if (same(r, range) && (found === undefined || found.startsWith('key:'))) found = path;
  return found;
}

/** The diagnostic `d` of `before`, still in `after`: the same code and message, or the same code at the same node. */
export function stillThere(d: Diagnostic, before: Analysis, after: Analysis): Diagnostic | undefined {
  const path = pathAt(before.parse.ranges, d.range);
  const moved = path === undefined ? undefined : after.parse.ranges.get(path);
  return after.diagnostics.find((x) => x.code === d.code && (x.message === d.message || same(x.range, moved)));
}

const blocking = (a: Analysis) => a.diagnostics.filter((d) => d.severity !== 'info');

/**
 * Applies the first fix of the first error or warning (of the last one, `fromLast`) until none is left or none
 * has a fix; the final text.
 */
export function fixAll(text: string, limit = 8, fromLast = false): string {
  let current = text;
  for (let k = 0; k < limit; k++) {
    const fixable = blocking(analyzed(current)).filter((d) => d.fixes?.length);
    const fix = (fromLast ? fixable.at(-1) : fixable[0])?.fixes?.[0];
    if (!fix) return current;
    current = applyFix(current, fix);
  }
  return current;
}

export function describeDiagnostics(a: Analysis): string {
  return JSON.stringify(
    a.diagnostics.map((d) => [d.code, d.range.line, d.message]),
    null,
    1,
  );
}
