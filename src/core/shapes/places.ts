// Where each matrix and check lives in the file, how it is named, and how it reads as related information.
import { exampleLine, fileOrder, unitLine } from '../layout';
import { relatedAt } from '../messages/attached';
import { msg } from '../messages/message';
import { count, lineWord } from '../messages/words';
import { rangeOf } from '../spec/ranges';
import type { Layout, RangeMap, Related, Spec } from '../spec/types';
import { dataSizes, type ShapeFacts, type Written } from './facts';
import type { MatrixRef } from './hypotheses';
import type { Check } from './violations';

/** 'X', 'Y', 'W[2]', 'b[1]' */
export function matrixName(ref: MatrixRef): string {
  return ref === 'X' || ref === 'Y' ? ref : `${ref[0]}[${ref.slice(1)}]`;
}

/** The file path of a written matrix: data.inline.X, network.layers.1.W (0-based list index). */
export function matrixPath(ref: MatrixRef): string {
  if (ref === 'X' || ref === 'Y') return `data.inline.${ref}`;
  return `network.layers.${Number(ref.slice(1)) - 1}.${ref[0]}`;
}

export function unitsPath(layer: number): string {
  return `network.layers.${layer - 1}.units`;
}

/** The node a failed check is reported at when nothing better explains it. */
export function checkPath(check: Check, L: number): string {
  if (check === 'm') return 'data.inline.Y';
  if (check === 'input') return 'network.input';
  if (check === 'output') return unitsPath(L);
  return matrixPath(check);
}

export function shapeText(w: Written): string {
  return `(${w[0]}, ${w[1]})`;
}

/** The symbolic shape of a written matrix in a layout: X (n[0], m), W[2] (n[2], n[1]), b[1] (n[1], 1). */
export function symbolsOf(ref: MatrixRef, L: number, layout: Layout): string {
  const l = Number(ref.slice(1));
  const [outer, inner] =
    ref === 'X'
      ? ['n[0]', 'm']
      : ref === 'Y'
        ? [`n[${L}]`, 'm']
        : ref[0] === 'W'
          ? [`n[${l}]`, `n[${l - 1}]`]
          : [`n[${l}]`, '1'];
  return `(${fileOrder(layout, outer, inner).join(', ')})`;
}

/** The written shape of a matrix of the facts. */
export function writtenShape(f: ShapeFacts, ref: MatrixRef): Written | undefined {
  if (ref === 'X' || ref === 'Y') return f.data.kind === 'inline' ? f.data[ref] : undefined;
  const i = Number(ref.slice(1)) - 1;
  return ref[0] === 'W' ? f.W[i] : f.b[i];
}

/** The written values of a matrix of the spec. */
export function writtenValues(spec: Spec, ref: MatrixRef): number[][] | undefined {
  const src = spec.data.source;
  if (ref === 'X' || ref === 'Y') return src.kind === 'inline' ? src[ref] : undefined;
  const layer = spec.network.layers[Number(ref.slice(1)) - 1];
  return ref[0] === 'W' ? layer?.W : layer?.b;
}

/** Where Y's rows come from, for a message: 'Y has 3 rows from data.csv.target'. */
export function targetsRelated(spec: Spec, ranges: RangeMap, f: ShapeFacts): Related | undefined {
  const nY = dataSizes(f).nY;
  if (nY === undefined) return undefined;
  const src = spec.data.source;
  const lines = count(nY, unitLine(f.layout));
  if (src.kind === 'inline') return relatedAt(msg('related.yInline', { lines }), rangeOf(ranges, 'data.inline.Y'));
  if (src.kind === 'csv')
    return relatedAt(
      msg(src.oneHot ? 'related.yCsvOneHot' : 'related.yCsv', { lines }),
      rangeOf(ranges, 'data.csv.target'),
    );
  return relatedAt(
    msg('related.yGenerated', { lines, generator: src.generator }),
    rangeOf(ranges, 'data.generate.kind'),
  );
}

/** How another failed check reads beside a cause: the place it is at, what it holds. */
export function checkRelated(ranges: RangeMap, f: ShapeFacts, check: Check, subject?: MatrixRef): Related | undefined {
  const L = f.units.length;
  const d = dataSizes(f);
  if (check === 'm') {
    const other = subject === 'Y' ? 'X' : 'Y';
    const m = other === 'X' ? d.mX : d.mY;
    return relatedAt(
      msg('related.holdsExamples', { matrix: other, m: String(m), line: lineWord(exampleLine(f.layout)) }),
      rangeOf(ranges, matrixPath(other)),
    );
  }
  if (check === 'input')
    return relatedAt(msg('related.input', { input: String(f.input) }), rangeOf(ranges, 'network.input'));
  if (check === 'output')
    return relatedAt(
      msg('related.dimensionFrom', { dim: `n[${L}] = ${f.units[L - 1]}`, from: `layers[${L}].units` }),
      rangeOf(ranges, unitsPath(L)),
    );
  const w = writtenShape(f, check);
  if (!w) return undefined;
  return relatedAt(
    msg('related.written', { matrix: matrixName(check), shape: `${shapeText(w)} = ${symbolsOf(check, L, f.layout)}` }),
    rangeOf(ranges, matrixPath(check)),
  );
}
