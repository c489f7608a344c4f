// What a spec says about dimensions: the shape of every matrix as written, the layer sizes, the data's sizes.
import { fileOrder } from '../layout';
import type { Layout, Spec } from '../spec/types';

/** A shape as written in the file: (rows, columns). */
export type Written = readonly [number, number];

/** The data's sizes: inline X and Y as written; CSV or generated data in engine terms; or nothing loaded. */
export type DataFacts =
  { kind: 'inline'; X: Written; Y: Written } | { kind: 'loaded'; n0: number; nY: number; m: number } | { kind: 'none' };

export interface ShapeFacts {
  layout: Layout;
  data: DataFacts;
  input?: number;
  /** units[i] is n[i+1]. */
  units: number[];
  /** The explicit W[l] and b[l] as written (index l-1), where the file gives them. */
  W: (Written | undefined)[];
  b: (Written | undefined)[];
}

/** The data's sizes in engine terms (rows of X = n[0], rows of Y = n[L], m examples), from a loaded data set. */
export interface DataDims {
  n0: number;
  nY: number;
  m: number;
  mTest?: number;
}

function writtenShape(a: number[][] | undefined): Written | undefined {
  return a && a.length > 0 ? [a.length, a[0].length] : undefined;
}

export function shapeFacts(spec: Spec, data: DataDims | undefined): ShapeFacts {
  const src = spec.data.source;
  let facts: DataFacts = data ? { kind: 'loaded', n0: data.n0, nY: data.nY, m: data.m } : { kind: 'none' };
  const X = src.kind === 'inline' ? writtenShape(src.X) : undefined;
  const Y = src.kind === 'inline' ? writtenShape(src.Y) : undefined;
  if (X && Y) facts = { kind: 'inline', X, Y };
  const out: ShapeFacts = {
    layout: spec.layout,
    data: facts,
    units: spec.network.layers.map((l) => l.units),
    W: spec.network.layers.map((l) => writtenShape(l.W)),
    b: spec.network.layers.map((l) => writtenShape(l.b)),
  };
  if (spec.network.input !== undefined) out.input = spec.network.input;
  return out;
}

/** A written shape in the `columns` order: (outer, inner), e.g. (n[l], n[l-1]) for W[l]. */
export function oriented(w: Written, layout: Layout): [number, number] {
  return fileOrder(layout, w[0], w[1]);
}

/** The data's n[0], n[L] and example counts, in engine terms, when known. */
export function dataSizes(f: ShapeFacts): { n0?: number; nY?: number; mX?: number; mY?: number } {
  if (f.data.kind === 'loaded') return { n0: f.data.n0, nY: f.data.nY, mX: f.data.m, mY: f.data.m };
  if (f.data.kind === 'none') return {};
  const [n0, mX] = oriented(f.data.X, f.layout);
  const [nY, mY] = oriented(f.data.Y, f.layout);
  return { n0, nY, mX, mY };
}

/** n[0]: the data's, otherwise network.input, otherwise the one W[1] is written for. */
export function n0Of(f: ShapeFacts): number | undefined {
  const W1 = f.W[0];
  return dataSizes(f).n0 ?? f.input ?? (W1 ? oriented(W1, f.layout)[1] : undefined);
}

/** n[0], n[1], ..., n[L]: the layer sizes the network is built with. */
export function layerSizes(f: ShapeFacts): (number | undefined)[] {
  return [n0Of(f), ...f.units];
}
