// Quick fixes for shapes: a number replaced, a matrix transposed in its own style, the layout set or switched.
import { otherLayout } from '../layout';
import { textAt } from '../spec/edits';
import { rangeOf } from '../spec/ranges';
import type { Fix, Layout, RangeMap, Spec, TextEdit } from '../spec/types';
import { writtenMatrices, type MatrixRef } from './hypotheses';
import type { ShapeFacts } from './facts';
import { transposedLiteral } from './literal';
import { matrixName, matrixPath, writtenValues } from './places';

/** What the fixes read: the spec, where its nodes are, its text (to keep each matrix's style), its shapes. */
export interface FixContext {
  spec: Spec;
  ranges: RangeMap;
  /** Without the text a transposed matrix is written as one flow line. */
  text?: string;
  facts: ShapeFacts;
}

/** A fix that writes `value` in place of the number at `path` (a layer's units, network.input). */
export function replaceNumber(ranges: RangeMap, path: string, value: number, title: string): Fix {
  return { title, range: rangeOf(ranges, path), text: String(value) };
}

/** 'X', 'X and Y', 'X, Y and W[1]' */
export function listText(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function transposeEdit(c: FixContext, ref: MatrixRef): TextEdit | undefined {
  const values = writtenValues(c.spec, ref);
  const range = c.ranges.get(matrixPath(ref));
  if (!values || !range) return undefined;
  const text =
    c.text === undefined
      ? `[${values[0].map((_, j) => `[${values.map((row) => row[j]).join(', ')}]`).join(', ')}]`
      : transposedLiteral(c.text, c.ranges, matrixPath(ref), values);
  return text === undefined ? undefined : { range, text };
}

export function transposeFix(c: FixContext, ref: MatrixRef): Fix | undefined {
  const edit = transposeEdit(c, ref);
  const values = writtenValues(c.spec, ref);
  if (!edit || !values) return undefined;
  return { title: `Transpose ${matrixName(ref)} to (${values[0].length}, ${values.length})`, ...edit };
}

/** Writes `layout: to`: in place of the layout's value, or as a new line above `data:`. */
function layoutEdit(c: FixContext, to: Layout): TextEdit | undefined {
  if (c.ranges.has('layout')) return { range: rangeOf(c.ranges, 'layout'), text: to };
  const data = c.ranges.get('key:data');
  // Only a block mapping at the top level takes a new line; a flow mapping ({...}) would break.
  if (!data || data.column !== 1 || (c.text !== undefined && textAt(c.text, rangeOf(c.ranges, '')).startsWith('{')))
    return undefined;
  return { range: { line: data.line, column: 1, endLine: data.line, endColumn: 1 }, text: `layout: ${to}\n` };
}

export function setLayoutFix(c: FixContext, to: Layout): Fix | undefined {
  const edit = layoutEdit(c, to);
  return edit && { title: `Set layout: ${to}`, ...edit };
}

/** Every matrix the file writes, transposed (square ones too: the other layout reads them transposed). */
function transposeAllEdits(c: FixContext): { edits: TextEdit[]; names: string[] } | undefined {
  const refs = writtenMatrices(c.facts).map((m) => m.ref);
  const edits = refs.map((ref) => transposeEdit(c, ref));
  if (edits.some((e) => e === undefined)) return undefined;
  return { edits: edits as TextEdit[], names: refs.map(matrixName) };
}

function fixOf(title: string, edits: TextEdit[]): Fix {
  const [first, ...rest] = edits;
  return rest.length > 0 ? { title, ...first, also: rest } : { title, ...first };
}

/** The mistake "every matrix in the other layout" fixed the other way: keep the layout, transpose them all. */
export function transposeAllFix(c: FixContext): Fix | undefined {
  const all = transposeAllEdits(c);
  if (!all || all.edits.length === 0) return undefined;
  return fixOf(`Transpose ${listText(all.names)} (keep layout: ${c.facts.layout})`, all.edits);
}

/** The same network in the other layout: `layout:` switched and every written matrix transposed (a refactoring). */
export function switchLayoutFix(c: FixContext): Fix | undefined {
  const to = otherLayout(c.facts.layout);
  const layout = layoutEdit(c, to);
  const all = transposeAllEdits(c);
  if (!layout || !all) return undefined;
  const names = all.names.length > 0 ? ` (transpose ${listText(all.names)})` : '';
  return fixOf(`Switch to layout: ${to}${names}`, [layout, ...all.edits]);
}
