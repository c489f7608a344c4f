// The formula of each matrix a trace may hold, in course notation, from the shape table's equations.
import { outputGradientFormula } from '../shapes/equations';
import type { ShapeTable } from '../shapes/types';
import { msg, type Message, type Param } from '../messages/message';
import type { Spec } from '../spec/types';

const UPDATES: Record<Spec['training']['optimizer'], (p: string) => Param> = {
  gd: (p) => `${p} := ${p} - α d${p}`,
  momentum: (p) => `v := 0.9 v + 0.1 d${p}, ${p} := ${p} - α v`,
  adam: (p) => msg('diff.formula.adam', { p }),
};

export function costFormula(spec: Spec): string {
  const L = spec.network.layers.length;
  const A = `A[${L}]`;
  const data = {
    binary_cross_entropy: `J = -(1/m) Σ [Y log ${A} + (1 - Y) log(1 - ${A})]`,
    cross_entropy: `J = -(1/m) Σ Y log ${A}`,
    mse: `J = (1/(2m)) Σ (${A} - Y)²`,
  }[spec.loss];
  const reg = spec.training.regularization;
  if (!reg || reg.lambda === 0) return data;
  return reg.kind === 'l2' ? `${data} + (λ/(2m)) Σ_l ||W[l]||²` : `${data} + (λ/m) Σ_l |W[l]|`;
}

/** The formula of `name` (`Z[1]`, `dA[2]`, `dW[1]`, ...) as the shape table writes it. */
export function matrixFormula(table: ShapeTable, spec: Spec, name: string): Message {
  const equations = table.layers.flatMap((l) => [...l.forward, ...l.backward]);
  const found = equations.find((e) => e.formula.startsWith(`${name} =`));
  if (found) return msg('text.verbatim', { text: found.formula });
  const L = table.layers.length;
  // With a fused output dZ[L] = A[L] - Y is used, but dA[L] is still recorded by the loss formula.
  if (name === `dA[${L}]`) return msg('diff.formula.recorded', { formula: outputGradientFormula(spec.loss, L), L });
  return msg('text.verbatim', { text: name });
}

/** The formula of a final parameter W[l] / b[l]. */
export function updateFormula(spec: Spec, name: string, steps: number): Message {
  return msg('diff.formula.update', { name, steps, update: UPDATES[spec.training.optimizer](name) });
}

/** The formula of finalCost: J with the parameters after `steps` steps, on all m examples. */
export function finalCostFormula(spec: Spec, steps: number, m: number): Message {
  return msg('diff.formula.finalCost', { cost: costFormula(spec), steps, m });
}
