// Training one analysed spec to the end, and what `train --json` prints of that run: the file's
// own run and each compare: variant go through the same two functions.
import type { Dataset } from '../core/data/types';
import { parametersJson, stepJson } from '../core/report';
import type { Spec } from '../core/spec/types';
import { Trainer, type Evaluation } from '../core/training/trainer';
import type { Out } from './io';

export interface Run {
  spec: Spec;
  dataset: Dataset;
  trainer: Trainer;
  /** With the final parameters; absent when the run diverged. */
  evaluation?: Evaluation;
  /** The first `steps` steps in full, when asked for. */
  recorded: ReturnType<typeof stepJson>[];
}

/** `spec` with training.iterations replaced (--iterations), for the file and every variant alike. */
export function withIterations(spec: Spec, iterations: number | undefined): Spec {
  if (iterations === undefined) return spec;
  return { ...spec, training: { ...spec.training, iterations, epochs: undefined } };
}

/** Runs every step; records the first `steps` in full. With `progress`, draws a labelled progress line. */
export function trainToEnd(
  spec: Spec,
  dataset: Dataset,
  steps: number | undefined,
  io: Out,
  progress: { label: string } | undefined,
): Run {
  const trainer = new Trainer(spec, dataset);
  const recorded: ReturnType<typeof stepJson>[] = [];
  let lastDraw = 0;
  for (;;) {
    const want = steps !== undefined && trainer.stepIndex < steps;
    const r = trainer.next(want);
    if (!r) break;
    if (want && r.snapshot) recorded.push(stepJson(r.snapshot, spec.layout));
    if (progress && (r.step & 63) === 0 && Date.now() - lastDraw > 100) {
      lastDraw = Date.now();
      const acc = r.accuracy === undefined ? '' : `  accuracy ${(100 * r.accuracy).toFixed(1)}%`;
      io.err(`\r${progress.label}step ${r.step + 1}/${trainer.totalSteps}  cost ${r.cost.toPrecision(6)}${acc}   `);
    }
  }
  if (progress) io.err('\r\x1b[K');
  const evaluation = trainer.divergence ? undefined : trainer.evaluate();
  return { spec, dataset, trainer, evaluation, recorded };
}

/** costs, finalCost, parameters, and accuracy, test figures and divergence where there are any. */
export function runJson(run: Run) {
  const { trainer, evaluation } = run;
  return {
    costs: trainer.history.costs,
    finalCost: evaluation?.cost ?? null,
    parameters: parametersJson(trainer.parameters(), run.spec.layout),
    ...(run.dataset.task === 'classification' && evaluation ? { accuracy: evaluation.accuracy } : {}),
    ...(evaluation?.testCost !== undefined
      ? { testCost: evaluation.testCost, testAccuracy: evaluation.testAccuracy }
      : {}),
    ...(trainer.divergence ? { diverged: trainer.divergence } : {}),
  };
}
