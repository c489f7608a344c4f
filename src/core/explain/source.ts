// A step's snapshot as explanations read it: entries as leaves with their symbols and links,
// and a record of every part of every matrix read (for highlighting).

import type { Matrix } from '../engine/matrix';
import { orderForAxis } from '../layout';
import { msg, render, type Language, type Param } from '../messages/message';
import type { MessageId } from '../messages/en';
import type { Activation } from '../spec/types';
import type { Snapshot } from '../training/types';
import { entryLeaf, num } from './expr';
import { entryName, symbolOf, type Index } from './symbols';
import type { EntryRef, ExplainContext, Expr, MatrixName, Region } from './types';

export class Source {
  /** n[0], ..., n[L]. */
  readonly sizes: number[];
  readonly L: number;
  /** The batch size of the step. */
  readonly m: number;
  private readonly reads = new Map<string, Region>();

  constructor(
    readonly snapshot: Snapshot,
    readonly context: ExplainContext,
    /** The language of the notes and words around the formulas. */
    readonly lang: Language = 'en',
  ) {
    this.sizes = [snapshot.X.rows, ...snapshot.layers.map((l) => l.Z.rows)];
    this.L = snapshot.layers.length;
    this.m = snapshot.X.cols;
  }

  /** A message of the catalog in the explanation's language. */
  say(id: MessageId, params: Record<string, Param> = {}): string {
    return render(this.lang, msg(id, params));
  }

  get exampleAxis(): 0 | 1 {
    return this.context.exampleAxis;
  }

  activation(l: number): Activation {
    return this.context.activations[l - 1];
  }

  /** The matrix in the engine's orientation; undefined for W+/b+ when the step has no update. */
  matrix(name: MatrixName, layer: number): Matrix | undefined {
    const s = this.snapshot;
    if (name === 'Y') return s.Y;
    if (name === 'A' && layer === 0) return s.X;
    if (name === 'W+' || name === 'b+') return s.update?.[layer - 1][name === 'W+' ? 'W' : 'b'];
    return s.layers[layer - 1][name];
  }

  /** Entry (r, c), 0-based in the engine's orientation. */
  value(name: MatrixName, layer: number, r: number, c: number): number {
    const m = this.matrix(name, layer)!;
    return m.data[r * m.cols + c];
  }

  ref(name: MatrixName, layer: number, r: number, c: number): EntryRef {
    const [row, col] = orderForAxis(this.exampleAxis, r + 1, c + 1);
    return { name: entryName(name, layer, row, col), matrix: name, layer, row, col };
  }

  symbol(name: string, layer: number, r: Index, c: Index): string {
    return symbolOf(name, layer, r, c, this.exampleAxis);
  }

  /** The entry as a leaf (a link), recorded as read. */
  leaf(name: MatrixName, layer: number, r: number, c: number): Expr {
    this.read(name, layer, r, r, c, c);
    return entryLeaf(this.value(name, layer, r, c), this.symbol(name, layer, r, c), this.ref(name, layer, r, c));
  }

  /** Entry (r, c) of optimizer moment k (0: v, 1: s) before the update, for W or b; not a link. */
  momentLeaf(k: number, param: 'W' | 'b', layer: number, r: number, c: number, name: string): Expr {
    const m = this.snapshot.update![layer - 1].moments[k][param];
    return num(m.data[r * m.cols + c], this.symbol(name, layer, r, c));
  }

  /** Records rows r0..r1, columns c0..c1 (0-based, engine orientation) as read. */
  read(name: MatrixName, layer: number, r0: number, r1: number, c0: number, c1: number): void {
    const [rows, cols] = orderForAxis<[number, number]>(this.exampleAxis, [r0 + 1, r1 + 1], [c0 + 1, c1 + 1]);
    const key = `${name}|${layer}`;
    const had = this.reads.get(key);
    if (!had) {
      this.reads.set(key, { matrix: name, layer, rows, cols });
      return;
    }
    had.rows = [Math.min(had.rows[0], rows[0]), Math.max(had.rows[1], rows[1])];
    had.cols = [Math.min(had.cols[0], cols[0]), Math.max(had.cols[1], cols[1])];
  }

  /** The bounding block of what was read in each matrix, in order of first reading. */
  regions(): Region[] {
    return [...this.reads.values()];
  }
}
