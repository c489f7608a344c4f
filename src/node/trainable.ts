// The spec's text analysed for a run in a worker (train, diff, export): the analysis with its spec,
// data and shapes, or why it cannot be trained (its first error, for the caller to word in its language).
import { analyze, type Analysis } from '../core/analyze';
import type { DataIO, Dataset } from '../core/data/types';
import { msg, type Message } from '../core/messages/message';
import type { ShapeTable } from '../core/shapes/types';
import type { Spec } from '../core/spec/types';

export type Trainable = Analysis & { spec: Spec; dataset: Dataset; shapes: ShapeTable };

export function trainable(text: string, io: DataIO): { analysis: Trainable } | { why: Message } {
  const a = analyze(text, io);
  const spec = a.parse.spec;
  if (a.runnable && spec && a.dataset && a.shapes)
    return { analysis: { ...a, spec, dataset: a.dataset, shapes: a.shapes } };
  const first = a.diagnostics.find((d) => d.severity === 'error');
  if (!first) return { why: msg('job.incomplete') };
  return { why: first.l10n?.message ?? msg('text.verbatim', { text: first.message }) };
}
