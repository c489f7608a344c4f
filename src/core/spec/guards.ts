// Checks made before the YAML parser sees the text: a file too large to parse in time, and
// nesting so deep that the parser (which recurses once per level) would run out of stack.
import { msg } from '../messages/message';
import { Codes } from './codes';
import { bytes, MAX_SPEC_CHARS } from './limits';
import type { LineIndex } from './lines';
import { diagnostic } from './ranges';
import type { Diagnostic } from './types';

/** Real files nest a few levels; the parser's stack gives out near 800. */
export const MAX_NESTING = 200;

export function tooLarge(raw: string): Diagnostic | undefined {
  if (raw.length <= MAX_SPEC_CHARS) return undefined;
  const firstBreak = raw.search(/[\r\n]/);
  const end = Math.min(firstBreak < 0 ? raw.length : firstBreak, 200);
  return diagnostic(
    { line: 1, column: 1, endLine: 1, endColumn: end + 1 },
    'error',
    Codes.fileTooLarge,
    msg('guard.tooLarge', { size: bytes(raw.length), max: bytes(MAX_SPEC_CHARS) }),
  );
}

/** Block levels a line may open: its indentation among the enclosing lines', plus its `- `, `? `, `: ` indicators. */
class BlockDepth {
  private indents: number[] = [];

  of(line: string): number {
    const indent = /^ */.exec(line)![0].length;
    const rest = line.slice(indent);
    if (rest === '' || rest.startsWith('#')) return 0;
    while (this.indents.length > 0 && this.indents[this.indents.length - 1] >= indent) this.indents.pop();
    this.indents.push(indent);
    // Every '-', '?' or ':' standing alone may open a level on this line ("- - - 1", "a: - b").
    const compact = rest.match(/(?:^|[ \t])[-?:](?=[ \t]|$)/g)?.length ?? 0;
    return this.indents.length + compact;
  }
}

/**
 * A generous estimate of how deep the text nests (brackets inside strings count too), and where
 * it first gets too deep: block levels of the deepest line plus the deepest flow brackets.
 */
export function tooDeep(lines: LineIndex): Diagnostic | undefined {
  let flow = 0;
  let maxFlow = 0;
  let maxBlock = 0;
  const block = new BlockDepth();
  for (let line = 1; line <= lines.lineCount; line++) {
    const s = lines.lineText(line);
    maxBlock = Math.max(maxBlock, block.of(s));
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 91 || c === 123) maxFlow = Math.max(maxFlow, ++flow);
      else if ((c === 93 || c === 125) && flow > 0) flow--;
    }
    if (maxBlock + maxFlow > MAX_NESTING) {
      return diagnostic(
        { line, column: 1, endLine: line, endColumn: Math.min(s.length, 200) + 1 },
        'error',
        Codes.tooDeep,
        msg('guard.tooDeep', { max: MAX_NESTING }),
      );
    }
  }
  return undefined;
}
