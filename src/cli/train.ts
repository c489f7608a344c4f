// `nnspec train FILE [--json] [--steps K] [--iterations N]`: trains the spec as the editor would
// and prints the costs, the final parameters and, with --steps, every matrix of the first K steps;
// then each compare: variant, trained the same way from the same seed.
import type { Analysis } from '../core/analyze';
import { diagnosticJson, shapesJson } from '../core/report';
import { shapeTableText } from '../core/shapes/text';
import type { Command } from './command';
import { compareTableText } from './compareTable';
import { load, notRunnable, oneFile, wholeNumber, type Out } from './io';
import { runJson, trainToEnd, withIterations, type Run } from './runs';

interface TrainOptions {
  json: boolean;
  steps?: number;
  iterations?: number;
}

/** The file's run, then each variant's; one diverging never stops the others. */
function trainAll(analysis: Analysis, opts: TrainOptions, io: Out): { name: string; run: Run }[] {
  const progress = (label: string) => (!opts.json && io.isTTY ? { label } : undefined);
  const runs = [{ name: 'this file', analysis, steps: opts.steps }];
  for (const v of analysis.variants) runs.push({ name: v.name, analysis: v.analysis, steps: undefined });
  return runs.flatMap(({ name, analysis: a, steps }) => {
    if (!a.parse.spec || !a.dataset) return [];
    const spec = withIterations(a.parse.spec, opts.iterations);
    const label = runs.length > 1 ? `${name}: ` : '';
    return [{ name, run: trainToEnd(spec, a.dataset, steps, io, progress(label)) }];
  });
}

function printText(analysis: Analysis, runs: { name: string; run: Run }[], io: Out): void {
  const { trainer, evaluation } = runs[0].run;
  const costs = trainer.history.costs;
  if (trainer.divergence) io.err(trainer.divergence.message);
  else if (evaluation) {
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
  if (analysis.variants.length > 0) {
    const seeds = new Set(runs.map((r) => r.run.spec.seed));
    const title = seeds.size === 1 ? `compare (every run from seed ${[...seeds][0]})` : 'compare';
    io.out(`\n${title}:\n${compareTableText(runs)}`);
  }
}

function train(file: string, opts: TrainOptions, io: Out): number {
  const analysis = load(file);
  if (!analysis.runnable || !analysis.parse.spec || !analysis.dataset)
    return notRunnable(file, analysis, opts.json, io, 'trained');
  if (!opts.json && analysis.shapes) io.out(shapeTableText(analysis.shapes, analysis.parse.spec.name, false));
  const runs = trainAll(analysis, opts, io);
  const own = runs[0].run;
  if (opts.json) {
    const variants = runs.slice(1).map(({ name, run }) => ({ name, ...runJson(run) }));
    io.out(
      JSON.stringify({
        shapes: analysis.shapes ? shapesJson(analysis.shapes) : null,
        ...runJson(own),
        ...(opts.steps !== undefined ? { steps: own.recorded } : {}),
        diagnostics: analysis.diagnostics.map(diagnosticJson),
        ...(analysis.variants.length > 0 ? { variants } : {}),
      }),
    );
  } else printText(analysis, runs, io);
  return own.trainer.divergence ? 1 : 0;
}

export const trainCommand: Command = {
  name: 'train',
  usage: ['nnspec train  FILE [--json] [--steps K] [--iterations N]'],
  options: { steps: { type: 'string' }, iterations: { type: 'string' } },
  run(positionals, values, io) {
    const file = oneFile('train', positionals);
    const steps = wholeNumber('steps', values.steps as string | undefined, 0);
    const iterations = wholeNumber('iterations', values.iterations as string | undefined, 1);
    return train(file, { json: values.json === true, steps, iterations }, io);
  },
};
