// Single edits that could explain failed checks: a matrix transposed, the other layout, one size changed.
import { otherLayout } from '../layout';
import { dataSizes, oriented, type ShapeFacts, type Written } from './facts';

/** A matrix the file writes: 'X', 'Y', or 'W2', 'b1' (1-based layer). */
export type MatrixRef = 'X' | 'Y' | `W${number}` | `b${number}`;

export type Hypothesis =
  | { kind: 'transpose'; matrix: MatrixRef }
  | { kind: 'layout' }
  | { kind: 'units'; layer: number; value: number }
  | { kind: 'input'; value: number };

/** Every matrix the file writes, with its shape as written, in reading order. */
export function writtenMatrices(f: ShapeFacts): { ref: MatrixRef; shape: Written }[] {
  const out: { ref: MatrixRef; shape: Written }[] = [];
  if (f.data.kind === 'inline') out.push({ ref: 'X', shape: f.data.X }, { ref: 'Y', shape: f.data.Y });
  f.units.forEach((_, i) => {
    const W = f.W[i];
    const b = f.b[i];
    if (W) out.push({ ref: `W${i + 1}`, shape: W });
    if (b) out.push({ ref: `b${i + 1}`, shape: b });
  });
  return out;
}

const swap = (w: Written): Written => [w[1], w[0]];

function transposed(f: ShapeFacts, ref: MatrixRef): ShapeFacts {
  const g: ShapeFacts = { ...f, W: [...f.W], b: [...f.b] };
  if (f.data.kind === 'inline' && (ref === 'X' || ref === 'Y')) {
    g.data = { ...f.data, [ref]: swap(f.data[ref]) };
    return g;
  }
  const i = Number(ref.slice(1)) - 1;
  const list = ref[0] === 'W' ? g.W : g.b;
  const w = list[i];
  if (w) list[i] = swap(w);
  return g;
}

/** The facts as they would be after the edit. */
export function applyHypothesis(f: ShapeFacts, h: Hypothesis): ShapeFacts {
  switch (h.kind) {
    case 'transpose':
      return transposed(f, h.matrix);
    case 'layout':
      return { ...f, layout: otherLayout(f.layout) };
    case 'units':
      return { ...f, units: f.units.map((u, i) => (i === h.layer - 1 ? h.value : u)) };
    case 'input':
      return { ...f, input: h.value };
  }
}

/** The sizes the written matrices and the data would give each n[l]: the values worth trying. */
function unitValues(f: ShapeFacts, i: number): Set<number> {
  const values = new Set<number>();
  const add = (w: Written | undefined, axis: 0 | 1) => {
    if (w) values.add(oriented(w, f.layout)[axis]);
  };
  add(f.W[i], 0);
  add(f.b[i], 0);
  add(f.W[i + 1], 1);
  if (i === f.units.length - 1) {
    const nY = dataSizes(f).nY;
    if (nY !== undefined) values.add(nY);
  }
  values.delete(f.units[i]);
  return values;
}

/** Every edit worth trying on these facts. */
export function candidateHypotheses(f: ShapeFacts): Hypothesis[] {
  const out: Hypothesis[] = [];
  const written = writtenMatrices(f).filter((m) => m.shape[0] !== m.shape[1]);
  for (const m of written) out.push({ kind: 'transpose', matrix: m.ref });
  if (written.length >= 2) out.push({ kind: 'layout' });
  f.units.forEach((_, i) => {
    for (const value of unitValues(f, i)) if (value >= 1) out.push({ kind: 'units', layer: i + 1, value });
  });
  const inputs = new Set([dataSizes(f).n0, f.W[0] && oriented(f.W[0], f.layout)[1]]);
  for (const value of inputs) {
    if (value !== undefined && f.input !== undefined && value !== f.input) out.push({ kind: 'input', value });
  }
  return out;
}
