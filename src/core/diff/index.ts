// diffTrace: a student's recorded trace against nnspec's own run of the same spec, in the order
// the numbers are computed (each step: forward, J, backward; then the final parameters), so the
// first difference reported is the first one the student's code made.
import type { Dataset } from '../data/types';
import { msg, type Message } from '../messages/message';
import type { LayerParameters } from '../engine/network';
import { toFileLayout } from '../layout';
import type { ShapeTable } from '../shapes/types';
import type { Spec } from '../spec/types';
import { Trainer } from '../training/trainer';
import type { StepRecord } from '../training/types';
import { compareCost, compareMatrix, newCompared } from './compare';
import { costFormula, finalCostFormula, matrixFormula, updateFormula } from './formulas';
import { shapeProblems } from './shapes';
import { validateTrace, type MatrixKind, type Trace } from './trace';
import type { Compared, DiffResult, Difference } from './types';

export { DIFF_TOLERANCE } from './compare';
export { readTraceJson } from './read';
export type { Compared, DiffResult, Difference } from './types';

export interface DiffInput {
  spec: Spec;
  data: Dataset;
  /** The shape table analyze() made for the spec and its data (for shapes and formulas). */
  table: ShapeTable;
}

const FORWARD: MatrixKind[] = ['Z', 'A'];
const BACKWARD: MatrixKind[] = ['dA', 'dZ', 'dW', 'db'];

function countProblems(trace: Trace, total: number): Message[] {
  const out: Message[] = [];
  if (trace.steps.length > total)
    out.push(msg('diff.trace.tooManySteps', { at: 'steps', n: trace.steps.length, total }));
  if ((trace.costs?.length ?? 0) > total)
    out.push(msg('diff.trace.tooManySteps', { at: 'costs', n: trace.costs!.length, total }));
  return out;
}

/** The comparisons of one run, in order; stops at the first difference. */
class Walk {
  readonly compared: Compared = newCompared();
  private costScale = 0;

  constructor(
    private readonly input: DiffInput,
    private readonly trace: Trace,
  ) {}

  private matrices(t: number, record: StepRecord, kinds: MatrixKind[], reverse: boolean): Difference | undefined {
    const given = this.trace.steps[t].layers;
    const snap = record.snapshot!;
    const order = given.map((_, i) => i);
    if (reverse) order.reverse();
    for (const i of order) {
      for (const kind of kinds) {
        const yours = given[i][kind];
        if (!yours) continue;
        const name = `${kind}[${i + 1}]`;
        const d = compareMatrix({
          name,
          kind,
          layer: i + 1,
          step: t,
          m: snap.X.cols,
          yours,
          nnspec: toFileLayout(snap.layers[i][kind], this.input.spec.layout),
          formula: matrixFormula(this.input.table, this.input.spec, name),
          at: `steps[${t}].layers[${i}].${kind}`,
        });
        if (d) return d;
        this.compared.matrices++;
        this.compared.entries += yours.length * yours[0].length;
      }
    }
    return undefined;
  }

  private costs(t: number, J: number): Difference | undefined {
    const formula = msg('text.verbatim', { text: costFormula(this.input.spec) });
    const given: [number | undefined, string][] = [
      [this.trace.steps[t]?.cost, `steps[${t}].cost`],
      [this.trace.costs?.[t], `costs[${t}]`],
    ];
    let compared = false;
    for (const [yours, at] of given) {
      if (yours === undefined) continue;
      const d = compareCost({ kind: 'J', step: t, yours, nnspec: J, scale: this.costScale, formula, at });
      if (d) return d;
      compared = true;
    }
    if (compared) this.compared.costs++;
    return undefined;
  }

  /** Step t: forward matrices, J, backward matrices. */
  step(t: number, record: StepRecord): Difference | undefined {
    this.costScale = Math.max(this.costScale, Math.abs(record.cost));
    const withMatrices = t < this.trace.steps.length && record.snapshot !== undefined;
    const d =
      (withMatrices ? this.matrices(t, record, FORWARD, false) : undefined) ??
      this.costs(t, record.cost) ??
      (withMatrices ? this.matrices(t, record, BACKWARD, true) : undefined);
    if (!d && withMatrices) this.compared.steps++;
    return d;
  }

  /** The parameters after `steps` steps, then J with them on the whole training set. */
  final(params: LayerParameters[], cost: number, steps: number): Difference | undefined {
    const { spec } = this.input;
    for (const [key, yours] of Object.entries(this.trace.parameters ?? {})) {
      const layer = Number(key.slice(1));
      const kind = key[0] as 'W' | 'b';
      const name = `${kind}[${layer}]`;
      const nnspec = toFileLayout(params[layer - 1][kind], spec.layout);
      const at = `parameters.${key}`;
      const formula = updateFormula(spec, name, steps);
      const d = compareMatrix({ name, kind, layer, m: this.input.data.X.cols, yours, nnspec, formula, at });
      if (d) return d;
      this.compared.parameters++;
    }
    if (this.trace.finalCost === undefined) return undefined;
    const formula = finalCostFormula(spec, steps, this.input.data.X.cols);
    const d = compareCost({
      kind: 'finalCost',
      yours: this.trace.finalCost,
      nnspec: cost,
      scale: Math.max(this.costScale, Math.abs(cost)),
      formula,
      at: 'finalCost',
    });
    if (!d) this.compared.finalCost = true;
    return d;
  }
}

function run(input: DiffInput, trace: Trace, trainer: Trainer): DiffResult {
  const walk = new Walk(input, trace);
  const costs = trace.costs?.length ?? 0;
  const finalAfter = costs > 0 ? costs : trainer.totalSteps;
  const wantsFinal = trace.parameters !== undefined || trace.finalCost !== undefined;
  const total = Math.max(trace.steps.length, costs, wantsFinal ? finalAfter : 0);
  let final: { params: LayerParameters[]; cost: number } | undefined;
  for (let t = 0; t < total; t++) {
    const record = trainer.next(t < trace.steps.length);
    if (!record) break;
    const d = walk.step(t, record);
    if (d) return { status: 'differ', first: d, compared: walk.compared };
    if (wantsFinal && t + 1 === finalAfter) final = { params: trainer.parameters(), cost: trainer.evaluate().cost };
    if (trainer.status === 'diverged' && t + 1 < total) {
      walk.compared.note = msg(wantsFinal ? 'diff.note.divergedWithFinal' : 'diff.note.diverged', { step: t });
      break;
    }
  }
  const d = final && walk.final(final.params, final.cost, finalAfter);
  return d ? { status: 'differ', first: d, compared: walk.compared } : { status: 'agree', compared: walk.compared };
}

/**
 * Compares a trace (the JSON value of a file in the form of `train --json --steps K`) with nnspec's
 * run of a runnable spec: 'invalid' with every problem of its form, or the first difference above
 * DIFF_TOLERANCE, or 'agree'.
 */
export function diffTrace(input: DiffInput, value: unknown): DiffResult {
  const { trace, problems } = validateTrace(value, input.spec.network.layers.length);
  const trainer = new Trainer(input.spec, input.data, { history: { first: 0, last: 0, thinned: 0, testPoints: 1 } });
  for (const p of countProblems(trace, trainer.totalSteps)) problems.push(p);
  for (const p of shapeProblems(trace, input.table, input.data.X.cols, trainer.batches.batchSize)) problems.push(p);
  if (problems.length > 0) return { status: 'invalid', problems: problems.list() };
  return run(input, trace, trainer);
}
