// `nnspec train FILE [--json] [--steps K] [--iterations N]`: trains the spec as the editor would
// and prints the costs, the final parameters and, with --steps, every matrix of the first K steps;
// then each compare: variant, trained the same way from the same seed. The JSON is streamed
// (src/cli/jsonOut.ts): `costs` holds J_t of every step however long the run.
import type { Analysis } from '../core/analyze';
import { diagnosticJson, parametersJson, shapesJson, stepJson } from '../core/report';
import { render } from '../core/messages/message';
import { finishedSummary, formatCost } from '../core/runText';
import { runSize } from '../core/runLimits';
import { shapeTableText } from '../core/shapes/text';
import { bytes, count, MAX_PRINTED_STEP_NUMBERS, MAX_STEPS } from '../core/spec/limits';
import { shown } from '../core/spec/shown';
import type { Spec } from '../core/spec/types';
import type { Command } from './command';
import { compareTableText } from './compareTable';
import { load, notRunnable, oneFile, UsageError, wholeNumber, withIterations, type Out } from './io';
import { language, say } from './language';
import { JsonOut } from './jsonOut';
import { finish, newTrainer, progressDrawer, type Run } from './runs';

interface TrainOptions {
  json: boolean;
  steps?: number;
  iterations?: number;
}

/** The file's own run and each variant's, before any step: the spec (with --iterations) and its data. */
function plannedRuns(analysis: Analysis, iterations: number | undefined): { name: string; run: Run }[] {
  const all = [{ name: say('cli.thisFile'), analysis }, ...analysis.variants];
  return all.flatMap(({ name, analysis: a }) => {
    if (!a.parse.spec || !a.dataset) return [];
    const spec = withIterations(a.parse.spec, iterations);
    return [{ name, run: { spec, dataset: a.dataset, trainer: newTrainer(spec, a.dataset) } }];
  });
}

/** --steps K prints Z, A, dA, dZ, dW, db of every layer K times: refused beyond a budget, before anything runs. */
function checkStepsBudget(steps: number, spec: Spec, analysis: Analysis, totalSteps: number): void {
  if (!analysis.shapes || !analysis.dataset) return;
  const run = runSize(spec, analysis.shapes, analysis.dataset.X.cols);
  const perStep = run.stepNumbers - run.batch * ((analysis.shapes.n0 ?? 0) + analysis.dataset.Y.rows);
  const printed = Math.min(steps, totalSteps) * perStep;
  if (printed <= MAX_PRINTED_STEP_NUMBERS) return;
  const most = Math.floor(MAX_PRINTED_STEP_NUMBERS / perStep);
  const advice = most >= 1 ? say('cli.stepsAtMost', { most }) : say('cli.oneStepTooMany');
  throw new UsageError(
    say('cli.stepsBudget', {
      steps: count(steps),
      printed: count(printed),
      bytes: bytes(20 * printed),
      perStep: count(perStep),
      max: count(MAX_PRINTED_STEP_NUMBERS),
      advice,
    }),
  );
}

/** A run's fields, as `train --json` prints them for the file and each variant: costs streamed as they come. */
function streamRun(json: JsonOut, run: Run, steps?: number): void {
  const { trainer, spec } = run;
  const pending: number[] = [];
  if (steps !== undefined) {
    json.beginArray('steps');
    for (let r; trainer.stepIndex < steps && (r = trainer.next(true));) {
      pending.push(r.cost);
      run.first ??= r.cost;
      if (r.snapshot) json.item(stepJson(r.snapshot, spec.layout));
    }
    json.endArray();
  }
  json.beginArray('costs');
  for (const c of pending) json.item(c);
  finish(run, (r) => json.item(r.cost));
  json.endArray();
  const e = run.evaluation;
  json.field('finalCost', e?.cost ?? null);
  json.field('parameters', parametersJson(trainer.parameters(), spec.layout));
  if (run.dataset.task === 'classification' && e) json.field('accuracy', e.accuracy);
  if (e?.testCost !== undefined) json.field('testCost', e.testCost);
  if (e?.testAccuracy !== undefined) json.field('testAccuracy', e.testAccuracy);
  const d = trainer.divergence;
  // In the language of the diagnostics beside it.
  if (d) json.field('diverged', { step: d.step, message: render(language(), d.l10n) });
}

function trainJson(analysis: Analysis, runs: { name: string; run: Run }[], steps: number | undefined, io: Out): void {
  const json = new JsonOut(io);
  json.beginObject();
  json.field('shapes', analysis.shapes ? shapesJson(analysis.shapes) : null);
  streamRun(json, runs[0].run, steps);
  json.field('diagnostics', analysis.diagnostics.map(diagnosticJson));
  if (analysis.variants.length > 0) {
    json.beginArray('variants');
    for (const { name, run } of runs.slice(1)) {
      json.beginObjectItem();
      json.field('name', name);
      streamRun(json, run);
      json.endObject();
    }
    json.endArray();
  }
  json.endObject();
  json.flush();
}

function trainText(analysis: Analysis, runs: { name: string; run: Run }[], io: Out): void {
  const spec = runs[0].run.spec;
  if (analysis.shapes) io.out(shapeTableText(analysis.shapes, spec.name && shown(spec.name, 200), false, language()));
  for (const { name, run } of runs) {
    const draw = io.isTTY ? progressDrawer(io, runs.length > 1 ? `${name}: ` : '') : undefined;
    finish(run, draw && ((r) => draw(r, run.trainer.totalSteps)));
    if (draw) io.err('\r\x1b[K');
  }
  const own = runs[0].run;
  if (own.trainer.divergence) io.err(render(language(), own.trainer.divergence.l10n));
  else if (own.evaluation) {
    io.out(
      `${finishedSummary(own.trainer.stepIndex, own.evaluation, language())} (J_0 = ${formatCost(own.first ?? NaN)})`,
    );
  }
  if (analysis.variants.length > 0) {
    const seeds = new Set(runs.map((r) => r.run.spec.seed));
    const title = seeds.size === 1 ? say('cli.compareSeed', { seed: [...seeds][0] }) : say('cli.compare');
    io.out(`\n${title}:\n${compareTableText(runs)}`);
  }
}

function train(file: string, opts: TrainOptions, io: Out): number {
  const analysis = load(file);
  if (!analysis.runnable || !analysis.parse.spec || !analysis.dataset)
    return notRunnable(file, analysis, opts.json, io, 'cli.notTrained');
  const runs = plannedRuns(analysis, opts.iterations);
  const own = runs[0].run;
  if (opts.json) {
    if (opts.steps !== undefined) checkStepsBudget(opts.steps, own.spec, analysis, own.trainer.totalSteps);
    trainJson(analysis, runs, opts.steps, io);
  } else trainText(analysis, runs, io);
  return own.trainer.divergence ? 1 : 0;
}

export const trainCommand: Command = {
  name: 'train',
  usage: [{ synopsis: 'nnspec train  FILE [--json] [--steps K] [--iterations N]' }],
  options: { steps: { type: 'string' }, iterations: { type: 'string' } },
  run(positionals, values, io) {
    const file = oneFile('train', positionals);
    const steps = wholeNumber('steps', values.steps as string | undefined, 0);
    const iterations = wholeNumber('iterations', values.iterations as string | undefined, 1, MAX_STEPS);
    return train(file, { json: values.json === true, steps, iterations }, io);
  },
};
