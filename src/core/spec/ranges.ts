import { diagnosticL10n } from '../messages/localize';
import { english, type Message } from '../messages/message';
import type { Code } from './codes';
import type { Diagnostic, Fix, Range, RangeMap, Related, Severity } from './types';

const WHOLE_FILE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The range of the node at a dotted path, or of its nearest ancestor that has one. */
export function rangeOf(ranges: RangeMap, path: string): Range {
  let p = path;
  for (;;) {
    const r = ranges.get(p);
    if (r) return r;
    const dot = p.lastIndexOf('.');
    if (dot < 0) return ranges.get('') ?? WHOLE_FILE;
    p = p.slice(0, dot);
  }
}

/** The one way to build a diagnostic: a registered code at a range, with its fixes and related places if any. */
export function diagnostic(
  range: Range,
  severity: Severity,
  code: Code,
  message: string | Message,
  fixes?: Fix[],
  related?: Related[],
): Diagnostic {
  const text = typeof message === 'string' ? message : english(message);
  const d: Diagnostic = { severity, code, message: text, range };
  const l10n = diagnosticL10n(message, fixes, related);
  if (l10n) d.l10n = l10n;
  if (fixes && fixes.length > 0) d.fixes = fixes;
  if (related && related.length > 0)
    d.related = [...related].sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  return d;
}

/** A diagnostic placed at the YAML node found at `path`. */
export function diagnosticAt(
  ranges: RangeMap,
  path: string,
  severity: Severity,
  code: Code,
  message: string | Message,
  fixes?: Fix[],
  related?: Related[],
): Diagnostic {
  return diagnostic(rangeOf(ranges, path), severity, code, message, fixes, related);
}
