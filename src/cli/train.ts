// `nnspec train FILE [--json] [--steps K] [--iterations N]`: trains the spec as the editor would
// and prints the costs, the final parameters and, with --steps, every matrix of the first K steps.
import type { Analysis } from '../core/analyze';
import { diagnosticJson, parametersJson, shapesJson, stepJson } from '../core/report';
import { shapeTableText } from '../core/shapes/text';
import type { Spec } from '../core/spec/types';
import { Trainer } from '../core/training/trainer';
import type { Command } from './command';
import { countsText, formatDiagnostic, load, oneFile, wholeNumber, withIterations, type Out } from './io';

function notTrained(file: string, analysis: Analysis, json: boolean, io: Out): number {
  if (json) io.out(JSON.stringify({ diagnostics: analysis.diagnostics.map(diagnosticJson) }, null, 2));
  else {
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(file, d));
    io.err(`${file}: not trained: ${countsText(analysis.diagnostics)}.`);
  }
  return 1;
}

/** Runs every step; records the first `steps` in full. Draws a progress line on a terminal. */
function runAll(trainer: Trainer, steps: number | undefined, layout: Spec['layout'], io: Out, progress: boolean) {
  const recorded: ReturnType<typeof stepJson>[] = [];
  let lastDraw = 0;
  for (;;) {
    const want = steps !== undefined && trainer.stepIndex < steps;
    const r = trainer.next(want);
    if (!r) break;
    if (want && r.snapshot) recorded.push(stepJson(r.snapshot, layout));
    if (progress && (r.step & 63) === 0 && Date.now() - lastDraw > 100) {
      lastDraw = Date.now();
      const acc = r.accuracy === undefined ? '' : `  accuracy ${(100 * r.accuracy).toFixed(1)}%`;
      io.err(`\rstep ${r.step + 1}/${trainer.totalSteps}  cost ${r.cost.toPrecision(6)}${acc}   `);
    }
  }
  if (progress) io.err('\r\x1b[K');
  return recorded;
}

function train(file: string, json: boolean, steps: number | undefined, iterations: number | undefined, io: Out) {
  const analysis = load(file);
  if (!analysis.runnable || !analysis.parse.spec || !analysis.dataset) return notTrained(file, analysis, json, io);
  const spec = withIterations(analysis.parse.spec, iterations);
  const layout = spec.layout;
  if (!json && analysis.shapes) io.out(shapeTableText(analysis.shapes, spec.name, false));

  const trainer = new Trainer(spec, analysis.dataset);
  const recorded = runAll(trainer, steps, layout, io, !json && io.isTTY);
  const evaluation = trainer.divergence ? undefined : trainer.evaluate();
  const costs = trainer.history.costs;
  if (json) {
    io.out(
      JSON.stringify({
        shapes: analysis.shapes ? shapesJson(analysis.shapes) : null,
        costs,
        finalCost: evaluation?.cost ?? null,
        parameters: parametersJson(trainer.parameters(), layout),
        ...(analysis.dataset.task === 'classification' && evaluation ? { accuracy: evaluation.accuracy } : {}),
        ...(evaluation?.testCost !== undefined
          ? { testCost: evaluation.testCost, testAccuracy: evaluation.testAccuracy }
          : {}),
        ...(steps !== undefined ? { steps: recorded } : {}),
        ...(trainer.divergence ? { diverged: trainer.divergence } : {}),
        diagnostics: analysis.diagnostics.map(diagnosticJson),
      }),
    );
  } else if (trainer.divergence) {
    io.err(trainer.divergence.message);
  } else if (evaluation) {
    const lines = [
      `trained ${costs.length} steps: cost J = ${evaluation.cost.toPrecision(6)} (J_0 = ${costs[0]?.toPrecision(6)})`,
    ];
    if (evaluation.accuracy !== undefined) lines.push(`training accuracy ${(100 * evaluation.accuracy).toFixed(2)}%`);
    if (evaluation.testCost !== undefined) {
      const acc =
        evaluation.testAccuracy === undefined ? '' : `, accuracy ${(100 * evaluation.testAccuracy).toFixed(2)}%`;
      lines.push(`test cost ${evaluation.testCost.toPrecision(6)}${acc}`);
    }
    io.out(lines.join('\n'));
  }
  return trainer.divergence ? 1 : 0;
}

export const trainCommand: Command = {
  name: 'train',
  usage: ['nnspec train  FILE [--json] [--steps K] [--iterations N]'],
  options: { steps: { type: 'string' }, iterations: { type: 'string' } },
  run(positionals, values, io) {
    const file = oneFile('train', positionals);
    const steps = wholeNumber('steps', values.steps as string | undefined, 0);
    const iterations = wholeNumber('iterations', values.iterations as string | undefined, 1);
    return train(file, values.json === true, steps, iterations, io);
  },
};
