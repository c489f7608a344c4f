// `data.inline`: X and Y written in the file, in the file's layout; turned into examples-as-columns.
import { msg } from '../messages/message';
import { fromFileLayout } from '../layout';
import { Codes } from '../spec/codes';
import { diagnosticAt } from '../spec/ranges';
import type { DataSource, Diagnostic, RangeMap, Spec } from '../spec/types';
import type { RawResult } from './raw';

type InlineSource = Extract<DataSource, { kind: 'inline' }>;

function checkMatrix(name: 'X' | 'Y', a: number[][], ranges: RangeMap): Diagnostic | undefined {
  const at = `data.inline.${name}`;
  if (a.length === 0 || a[0].length === 0)
    return diagnosticAt(ranges, at, 'error', Codes.dataInlineEmpty, msg('inline.empty', { name }));
  const ragged = a.findIndex((row) => row.length !== a[0].length);
  if (ragged >= 0) {
    return diagnosticAt(
      ranges,
      `${at}.${ragged}`,
      'error',
      Codes.dataInlineRagged,
      msg('inline.ragged', { row: ragged, name, n: a[ragged].length, width: a[0].length }),
    );
  }
  return undefined;
}

/** x1, x2, ... for the features; y alone for a single target, else y1, y2, ... */
function names(prefix: 'x' | 'y', n: number): string[] {
  return n === 1 && prefix === 'y' ? ['y'] : Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
}

export function loadInline(spec: Spec, src: InlineSource, ranges: RangeMap): RawResult {
  const problems = [checkMatrix('X', src.X, ranges), checkMatrix('Y', src.Y, ranges)].filter(
    (d): d is Diagnostic => d !== undefined,
  );
  if (problems.length > 0) return { diagnostics: problems };
  const X = fromFileLayout(src.X, spec.layout);
  const Y = fromFileLayout(src.Y, spec.layout);
  // X and Y of different m make no data set; checkShapes reports it, with its cause (a transposed X or Y, ...).
  if (X.cols !== Y.cols) return { diagnostics: [] };
  const raw = { X, Y, featureNames: names('x', X.rows), targetNames: names('y', Y.rows), targetPath: 'data.inline.Y' };
  return { raw, diagnostics: [] };
}
