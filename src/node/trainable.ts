// The spec's text analysed for a run in a worker (train, diff, export): the analysis with its spec,
// data and shapes, or why it cannot be trained (its first error, for the caller to word).
import { analyze, type Analysis } from '../core/analyze';
import type { DataIO, Dataset } from '../core/data/types';
import type { ShapeTable } from '../core/shapes/types';
import type { Spec } from '../core/spec/types';

export type Trainable = Analysis & { spec: Spec; dataset: Dataset; shapes: ShapeTable };

export function trainable(text: string, io: DataIO): { analysis: Trainable } | { why: string } {
  const a = analyze(text, io);
  const spec = a.parse.spec;
  if (a.runnable && spec && a.dataset && a.shapes)
    return { analysis: { ...a, spec, dataset: a.dataset, shapes: a.shapes } };
  const first = a.diagnostics.find((d) => d.severity === 'error');
  return { why: first?.message ?? 'it is incomplete' };
}
