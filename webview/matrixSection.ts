// The body of a section of matrices, described as a tree of pieces. Elements are built only when the
// tree's structure changes (another network, another formula); each new step only updates texts and
// matrices in place, so that focus, zoom and scroll positions survive a running network.

import type { ExampleChoice, MatrixDTO, MatrixEntry, MatrixRef, SnapshotDTO } from '../src/protocol';
import { el } from './dom';
import { label } from './labels';
import { MatrixView, type MatrixViewProps } from './matrix/view';
import { matrixLabel } from './matrixEntry';
import type { ViewState } from './state';

export type Piece =
  | { matrix: MatrixViewProps }
  | {
      tag: 'div' | 'p' | 'h3' | 'span';
      class?: string;
      attrs?: Record<string, string>;
      /** Text before the children; it may change from step to step (updated in place). */
      text?: string;
      children?: Piece[];
    };

/** The structure of the pieces: everything but texts and numbers. */
function shapeKey(pieces: Piece[]): string {
  return JSON.stringify(pieces, (k, v: unknown) => {
    if (k === 'text') return undefined;
    if (k === 'matrix') return matrixLabel((v as MatrixViewProps).ref);
    return v;
  });
}

export class MatrixSection {
  private readonly views = new Map<string, MatrixView>();
  private texts: Text[] = [];
  private key = '';

  constructor(private readonly host: HTMLElement) {}

  show(pieces: Piece[]): void {
    const key = shapeKey(pieces);
    if (key !== this.key) this.build(pieces);
    this.key = key;
    let t = 0;
    const walk = (ps: Piece[]): void => {
      for (const p of ps) {
        if ('matrix' in p) this.view(p.matrix).update(p.matrix);
        else {
          if (p.text !== undefined) this.texts[t++].data = p.text;
          walk(p.children ?? []);
        }
      }
    };
    walk(pieces);
  }

  /** Something other than matrices (a placeholder): the views are dropped. */
  replace(...nodes: Node[]): void {
    this.key = '';
    this.views.clear();
    this.host.replaceChildren(...nodes);
  }

  retheme(): void {
    for (const v of this.views.values()) v.retheme();
  }

  private view(p: MatrixViewProps): MatrixView {
    const label = matrixLabel(p.ref);
    let v = this.views.get(label);
    if (!v) this.views.set(label, (v = new MatrixView(p.ref)));
    return v;
  }

  /** New elements for the pieces, reusing the matrix views; what had focus gets it back. */
  private build(pieces: Piece[]): void {
    const active = document.activeElement;
    const used = new Set<string>();
    this.texts = [];
    const make = (p: Piece): Node => {
      if ('matrix' in p) {
        used.add(matrixLabel(p.matrix.ref));
        return this.view(p.matrix).root;
      }
      const e = el(p.tag, { class: p.class, attrs: p.attrs });
      if (p.text !== undefined) {
        const text = document.createTextNode('');
        e.append(text);
        this.texts.push(text); // in the order show() walks the pieces: a piece's text, then its children's
      }
      e.append(...(p.children ?? []).map(make));
      return e;
    };
    this.host.replaceChildren(...pieces.map(make));
    for (const label of [...this.views.keys()]) if (!used.has(label)) this.views.delete(label);
    if (active instanceof HTMLElement && active !== document.body && active.isConnected) {
      active.focus({ preventScroll: true });
    }
  }
}

/** What the student does in a section of matrices. */
export interface MatrixActions {
  select: (entry: MatrixEntry | undefined) => void;
  chooseExamples: (choice: ExampleChoice) => void;
}

/**
 * A maker of matrix pieces for one snapshot: the selection, the chosen examples and the actions filled in;
 * `blank` for a step whose values have not come (blankStep.ts).
 */
export function matrixPieces(
  d: ViewState,
  s: SnapshotDTO,
  examples: readonly number[],
  select: MatrixActions['select'],
  blank = false,
): (ref: MatrixRef, matrix: MatrixDTO, formula?: string) => Piece {
  return (ref, matrix, formula) => ({
    matrix: { ref, formula, matrix, exampleAxis: s.exampleAxis, examples, selected: d.selected, select, blank },
  });
}

/** How the matrices are coloured, said once per section; for a blank step, what will come (the same piece, so nothing is rebuilt). */
export const colourNote = (blank = false): Piece => ({
  tag: 'p',
  class: 'note',
  text: label(blank ? 'matrix.blankNote' : 'matrix.colourNote'),
});
