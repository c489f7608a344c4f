// Quick fixes for shapes: a number replaced, a matrix transposed in its own style, the layout set.
import { titled } from '../messages/attached';
import { msg, type Message } from '../messages/message';
import { listOf } from '../messages/words';
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
export function replaceNumber(ranges: RangeMap, path: string, value: number, title: Message): Fix {
  return titled(title, { range: rangeOf(ranges, path), text: String(value) });
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
  return titled(
    msg('fix.transpose', { matrix: matrixName(ref), shape: `(${values[0].length}, ${values.length})` }),
    edit,
  );
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
  return edit && titled(msg('fix.setLayout', { layout: to }), edit);
}

/**
 * The mistake "every matrix in the other layout" fixed the other way: keep the layout and transpose
 * every matrix the file writes (square ones too: the other layout reads them transposed).
 */
export function transposeAllFix(c: FixContext): Fix | undefined {
  const refs = writtenMatrices(c.facts).map((m) => m.ref);
  const edits = refs.map((ref) => transposeEdit(c, ref));
  const [first, ...rest] = edits;
  if (!first || edits.some((e) => e === undefined)) return undefined;
  const title = msg('fix.transposeAll', { matrices: listOf(refs.map(matrixName)), layout: c.facts.layout });
  return rest.length > 0 ? titled(title, { ...first, also: rest as TextEdit[] }) : titled(title, first);
}
