// The panel's entries explained by the core's explain(): the shown snapshot (file layout, as sent) back
// in the engine's orientation by its example axis, and between the panel's 0-based entries and explain's names.
// Pure (no DOM): the webview only draws what explain() returns.

import { explain, type ExplainContext, type ExplainResult } from '../src/core/explain';
import type { EntryRef } from '../src/core/explain/types';
import type { Matrix } from '../src/core/engine/matrix';
import { inFileLayoutForAxis } from '../src/core/layout';
import type { LayerUpdate, Snapshot } from '../src/core/training/types';
import type { MatrixDTO, MatrixEntry, MatrixKind, SnapshotDTO } from '../src/protocol';
import { panelLanguage } from './labels';
import { entryName } from './matrixEntry';

/** What the student asked to explain: an entry of a matrix, or the cost J. */
export type Explained = MatrixEntry | 'J';

/** A matrix as sent (file layout) in the engine's orientation: the file's transpose undone. */
function engineMatrix(m: MatrixDTO, exampleAxis: 0 | 1): Matrix {
  return inFileLayoutForAxis({ rows: m.rows, cols: m.cols, data: m.data }, exampleAxis); // read, never written
}

function engineSnapshot(s: SnapshotDTO): Snapshot {
  const m = (d: MatrixDTO) => engineMatrix(d, s.exampleAxis);
  const pair = (p: { W: MatrixDTO; b: MatrixDTO }) => ({ W: m(p.W), b: m(p.b) });
  const snapshot: Snapshot = {
    step: s.step,
    cost: s.cost,
    X: m(s.X),
    Y: m(s.Y),
    layers: s.layers.map((l) => ({
      W: m(l.W),
      b: m(l.b),
      Z: m(l.Z),
      A: m(l.A),
      dA: m(l.dA),
      dZ: m(l.dZ),
      dW: m(l.dW),
      db: m(l.db),
    })),
  };
  if (s.update) snapshot.update = s.update.map((u): LayerUpdate => ({ ...pair(u), moments: u.moments.map(pair) }));
  return snapshot;
}

/** Whether any matrix of the snapshot is only a sample of the whole one (a big layer). */
export function isSampled(s: SnapshotDTO): boolean {
  return [s.X, s.Y, ...s.layers.flatMap((l) => Object.values(l) as MatrixDTO[])].some((m) => m.of !== undefined);
}

// One conversion per snapshot shown: following links explains many entries of the same step.
const converted = new WeakMap<SnapshotDTO, Snapshot>();

/** explain()'s answer for an entry of the shown step (or J), in the panel's language. */
export function explainShown(s: SnapshotDTO, ctx: ExplainContext, what: Explained): ExplainResult {
  let snapshot = converted.get(s);
  if (!snapshot) converted.set(s, (snapshot = engineSnapshot(s)));
  return explain(snapshot, ctx, what === 'J' ? 'J' : entryName(what), panelLanguage());
}

const SELECTABLE: readonly string[] = ['W', 'b', 'Z', 'A', 'dA', 'dZ', 'dW', 'db', 'Y'] satisfies MatrixKind[];

/** The panel's entry an operand link names; undefined for W+ and b+, which the panel does not show. */
export function entryOfRef(r: EntryRef): MatrixEntry | undefined {
  if (!SELECTABLE.includes(r.matrix)) return undefined;
  return { matrix: r.matrix as MatrixKind, layer: r.layer, row: r.row - 1, col: r.col - 1 };
}
