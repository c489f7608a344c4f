// Between the core's 1-based, end-exclusive ranges and the editor's 0-based positions (no vscode import: unit-tested).
import type { Range, RangeMap } from './types';

export interface ZeroBasedRange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export function toZeroBased(r: Range): ZeroBasedRange {
  return { startLine: r.line - 1, startCharacter: r.column - 1, endLine: r.endLine - 1, endCharacter: r.endColumn - 1 };
}

/**
 * The 0-based index of the `network.layers` entry under a 0-based position, if any.
 * The whole first line of an entry counts, so the `- ` before `units:` is part of it.
 */
export function layerIndexAt(ranges: RangeMap, line: number, character: number): number | undefined {
  const l = line + 1;
  const c = character + 1;
  for (let i = 0; ; i++) {
    const r = ranges.get(`network.layers.${i}`);
    if (!r) return undefined;
    const afterStart = l >= r.line;
    const beforeEnd = l < r.endLine || (l === r.endLine && c < r.endColumn);
    if (afterStart && beforeEnd) return i;
  }
}
