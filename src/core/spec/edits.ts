// Text edits on a spec: a fix's edits, applied to the text (for tests, and for anything without an editor).
import type { Fix, Range, TextEdit } from './types';

/** Every edit a fix makes: its own replacement, then `also`. */
export function fixEdits(fix: Fix): TextEdit[] {
  return [{ range: fix.range, text: fix.text }, ...(fix.also ?? [])];
}

/** A text with its line starts found once, for many look-ups of 1-based positions. */
export class TextIndex {
  private readonly starts = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
    return Math.min(start + column - 1, this.text.length);
  }

  /** The text a range covers. */
  slice(r: Range): string {
    return this.text.slice(this.offset(r.line, r.column), this.offset(r.endLine, r.endColumn));
  }
}

/** The text a range covers (for one look-up; use a TextIndex for many). */
export function textAt(text: string, r: Range): string {
  return new TextIndex(text).slice(r);
}

/** The text with the edits made; they must not overlap (as in a VS Code WorkspaceEdit). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new TextIndex(text);
  const spans = edits
    .map((e) => ({
      from: index.offset(e.range.line, e.range.column),
      to: index.offset(e.range.endLine, e.range.endColumn),
      text: e.text,
    }))
    .sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  for (const s of spans) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}
