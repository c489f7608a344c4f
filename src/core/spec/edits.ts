// Text edits on a spec: a fix's edits, applied to the text (for tests, and for anything without an editor).
import type { Fix, Range, TextEdit } from './types';

/** Every edit a fix makes: its own replacement, then `also`. */
export function fixEdits(fix: Fix): TextEdit[] {
  return [{ range: fix.range, text: fix.text }, ...(fix.also ?? [])];
}

/** Character offsets of the start of each line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function offsetOf(starts: number[], text: string, line: number, column: number): number {
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1];
  return Math.min(start + column - 1, text.length);
}

/** The text a range covers. */
export function textAt(text: string, r: Range): string {
  const starts = lineStarts(text);
  return text.slice(offsetOf(starts, text, r.line, r.column), offsetOf(starts, text, r.endLine, r.endColumn));
}

/** The text with the edits made; they must not overlap (as in a VS Code WorkspaceEdit). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const spans = edits
    .map((e) => ({
      from: offsetOf(starts, text, e.range.line, e.range.column),
      to: offsetOf(starts, text, e.range.endLine, e.range.endColumn),
      text: e.text,
    }))
    .sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  for (const s of spans) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}
