// The top of both scripts: the docstring that says what the script is and how to run it, and the
// constants that hold the spec's settings.
import { forLayout } from '../layout';
import { dataSummary } from './data';
import type { ExportPlan } from './plan';
import { pyDocText, pyList, pyNumber, wrap } from './python';

const OPTIMIZER_NAMES = { gd: 'gradient descent', momentum: 'momentum (β = 0.9)', adam: 'Adam' } as const;

/** Docstring paragraphs are wrapped to this width. */
export const DOC_WIDTH = 96;

function networkLine(plan: ExportPlan): string {
  const layers = plan.activations.map((g, i) => `${plan.dims[i + 1]} ${g}`);
  const t = plan.spec.training;
  const reg = plan.regularization ? `, ${plan.regularization.kind} λ = ${pyNumber(plan.regularization.lambda)}` : '';
  return (
    `Network: ${[String(plan.dims[0]), ...layers].join(' -> ')}; loss ${plan.spec.loss}; ` +
    `${OPTIMIZER_NAMES[t.optimizer]} with α = ${pyNumber(t.learningRate)}${reg}; ${scheduleText(plan)}.`
  );
}

export function scheduleText(plan: ExportPlan): string {
  const b = plan.batch;
  if (b.kind === 'full') return `${plan.steps} iterations on all m = ${plan.m} training examples`;
  const epochs = b.kind === 'epochs' ? `${b.epochs} epochs of ` : '';
  return `${plan.steps} steps: ${epochs}${b.perEpoch} mini-batches of ${b.size} (m = ${plan.m})`;
}

export function layoutLine(plan: ExportPlan): string {
  return forLayout(plan.spec.layout, {
    columns:
      `Layout columns (the course's): one example per column. X is (n[0], m), W[l] is (n[l], ` +
      `n[l-1]), b[l] is (n[l], 1), Z[l] and A[l] are (n[l], m).`,
    rows:
      `Layout rows (CS231n's): one example per row. X is (m, n[0]), W[l] is (n[l-1], n[l]), b[l] ` +
      `is (1, n[l]), Z[l] and A[l] are (m, n[l]).`,
  });
}

export interface HeaderText {
  library: string;
  /** Usage: [command line, what it does]. */
  usage: [string, string][];
  /** Paragraphs after the network's description (wrapped here). */
  notes: string[];
}

export function docstring(plan: ExportPlan, h: HeaderText): string {
  const title = pyDocText(plan.spec.name ?? plan.sourceName);
  const source = pyDocText(plan.sourceName);
  const intro =
    `Trains the network of ${source} in float64 as \`nnspec train\` does: the same data ` +
    `(${dataSummary(plan.spec)}), the same initial parameters, the same batches in the same order and the ` +
    "same updates, so that its costs and parameters agree with nnspec's (to within 1e-9, relative).";
  const usage = h.usage.map(([c, what]) => `    ${c}\n${wrap(what, DOC_WIDTH, '        ')}`).join('\n');
  const paragraphs = [
    wrap(`${title}: ${source}, exported by nnspec for ${h.library}.`, DOC_WIDTH),
    wrap(intro, DOC_WIDTH),
    `Run it:\n${usage}`,
    [networkLine(plan), ...h.notes].map((p) => wrap(p, DOC_WIDTH)).join('\n'),
  ];
  return `#!/usr/bin/env python3\n"""${paragraphs.join('\n\n')}\n"""`;
}

/** The module constants: the spec's settings, named as the course names them. */
export function constantsCode(plan: ExportPlan): string {
  const t = plan.spec.training;
  const lines = [
    `SEED = ${plan.spec.seed}`,
    `LAYER_DIMS = ${pyList(plan.dims)}  # n[0], n[1], ..., n[L]`,
    `L = ${plan.L}  # layers (the input, layer 0, is not counted)`,
    `ACTIVATIONS = [None, ${plan.activations.map((g) => `"${g}"`).join(', ')}]  # g[l] of layer l`,
  ];
  if (plan.activations.includes('leaky_relu')) {
    const alphas = plan.spec.network.layers.map((l) => (l.activation === 'leaky_relu' ? pyNumber(l.alpha) : 'None'));
    lines.push(`ALPHAS = [None, ${alphas.join(', ')}]  # leaky_relu's slope for z < 0, per layer`);
  }
  lines.push(`LEARNING_RATE = ${pyNumber(t.learningRate)}`);
  if (plan.regularization)
    lines.push(`LAMBD = ${pyNumber(plan.regularization.lambda)}  # λ of the ${plan.regularization.kind} penalty`);
  const b = plan.batch;
  if (b.kind === 'full') lines.push(`NUM_ITERATIONS = ${plan.steps}`);
  else {
    lines.push(`BATCH_SIZE = ${b.size}`, `BATCHES_PER_EPOCH = ${b.perEpoch}  # ceil(m / BATCH_SIZE), m = ${plan.m}`);
    if (b.kind === 'epochs') lines.push(`NUM_EPOCHS = ${b.epochs}`, 'NUM_STEPS = NUM_EPOCHS * BATCHES_PER_EPOCH');
    else lines.push(`NUM_STEPS = ${plan.steps}  # iterations: one mini-batch each`);
  }
  lines.push(`PRINT_EVERY = ${printEvery(plan.steps)}  # steps between printed costs`);
  return lines.join('\n');
}

/** About ten printed costs: the largest 1, 2 or 5 times a power of ten that fits ten times. */
function printEvery(steps: number): number {
  const target = Math.max(1, steps / 10);
  const power = 10 ** Math.floor(Math.log10(target));
  return [5, 2, 1].map((k) => k * power).find((v) => v <= target) ?? 1;
}
