// Engine matrices and data as the panel's plain DTOs, in the file's layout.
import type { Matrix } from './engine/matrix';
import { exampleAxis, inFileLayout } from './layout';
import type { Dataset } from './data/types';
import type { Layout } from './spec/types';
import type { DataPointsDTO, MatrixDTO, MatrixSampling, SnapshotDTO } from '../protocol';
import type { Snapshot } from './training/types';

/** `m` in the file's layout; a sample of a bigger matrix (messageBudget.ts) keeps saying where it sits in it. */
export function matrixDto(m: Matrix & { of?: MatrixSampling }, layout: Layout): MatrixDTO {
  const t = inFileLayout(m, layout);
  const dto: MatrixDTO = { rows: t.rows, cols: t.cols, data: t.data.slice() }; // its own buffer: posting it copies no more
  const o = m.of;
  if (o) {
    const turned = exampleAxis(layout) === 0; // inFileLayout transposed it
    dto.of = turned ? { rows: o.cols, cols: o.rows, rowIndex: o.colIndex, colIndex: o.rowIndex } : o;
  }
  return dto;
}

export function snapshotDto(s: Snapshot, layout: Layout): SnapshotDTO {
  const d = (m: Matrix) => matrixDto(m, layout);
  return {
    step: s.step,
    cost: s.cost,
    exampleAxis: exampleAxis(layout),
    X: d(s.X),
    Y: d(s.Y),
    layers: s.layers.map((l) => ({
      W: d(l.W),
      b: d(l.b),
      Z: d(l.Z),
      A: d(l.A),
      dA: d(l.dA),
      dZ: d(l.dZ),
      dW: d(l.dW),
      db: d(l.db),
    })),
    update: s.update?.map((u) => ({
      W: d(u.W),
      b: d(u.b),
      moments: u.moments.map((p) => ({ W: d(p.W), b: d(p.b) })),
    })),
  };
}

/** Column j's label: the target itself for one output row, the argmax class for several (one-hot). */
export function labelOf(Y: Matrix, j: number): number {
  if (Y.rows === 1) return Y.data[j];
  let best = 0;
  for (let k = 1; k < Y.rows; k++) if (Y.data[k * Y.cols + j] > Y.data[best * Y.cols + j]) best = k;
  return best;
}

/** The points to scatter under the decision boundary; only for 2-D inputs. */
export function dataPoints(ds: Dataset): DataPointsDTO | undefined {
  if (ds.X.rows !== 2) return undefined;
  const out: DataPointsDTO = { x: [], y: [], label: [], test: [] };
  const add = (X: Matrix, Y: Matrix, test: boolean) => {
    for (let j = 0; j < X.cols; j++) {
      out.x.push(X.data[j]);
      out.y.push(X.data[X.cols + j]);
      out.label.push(labelOf(Y, j));
      out.test.push(test);
    }
  };
  add(ds.X, ds.Y, false);
  if (ds.Xtest && ds.Ytest) add(ds.Xtest, ds.Ytest, true);
  return out;
}
