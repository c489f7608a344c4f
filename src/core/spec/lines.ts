// Character offsets to 1-based lines and columns under VS Code's rules: "\r\n", "\n" and "\r" each
// end a line, and a column never points past the end of its line's text.
import type { Range } from './types';

export class LineIndex {
  /** Offset where each line starts. */
  private readonly starts: number[] = [0];
  /** Offset just past each line's text (its line break excluded). */
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      this.starts.push(i + 1);
    }
    this.ends.push(text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of an offset; an offset inside a line break is the end of that line. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.min(o, this.ends[lo]) - this.starts[lo] + 1 };
  }

  /** The range from `start` to `end` (offsets, end exclusive; an end before the start is the start). */
  rangeAt(start: number, end: number): Range {
    const s = this.position(start);
    const e = this.position(Math.max(start, end));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line - 1] ?? 0, this.ends[line - 1] ?? 0);
  }
}
