// `nnspec train FILE [--json] [--steps K] [--iterations N]`: trains the spec as the editor would
// and prints the costs, the final parameters and, with --steps, every matrix of the first K steps.
// The JSON is streamed (src/cli/jsonOut.ts): `costs` holds J_t of every step however long the run.
import type { Analysis } from '../core/analyze';
import { diagnosticJson, parametersJson, shapesJson, stepJson } from '../core/report';
import { runSize } from '../core/runLimits';
import { shapeTableText } from '../core/shapes/text';
import { bytes, count, MAX_PRINTED_STEP_NUMBERS, MAX_STEPS } from '../core/spec/limits';
import { shown } from '../core/spec/shown';
import type { Spec } from '../core/spec/types';
import { Trainer } from '../core/training/trainer';
import type { StepRecord } from '../core/training/types';
import type { Command } from './command';
import { countsText, formatDiagnostic, load, oneFile, UsageError, wholeNumber, type Out } from './io';
import { JsonOut } from './jsonOut';

/** The CLI reads each step's record as it comes: the trainer's history keeps no snapshots and few scalars. */
const HISTORY = { first: 0, last: 0, thinned: 0, scalars: 1000 };

function withIterations(spec: Spec, iterations: number | undefined): Spec {
  if (iterations === undefined) return spec;
  return { ...spec, training: { ...spec.training, iterations, epochs: undefined } };
}

function notTrained(file: string, analysis: Analysis, json: boolean, io: Out): number {
  if (json) io.out(JSON.stringify({ diagnostics: analysis.diagnostics.map(diagnosticJson) }, null, 2));
  else {
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(file, d));
    io.err(`${file}: not trained: ${countsText(analysis.diagnostics)}.`);
  }
  return 1;
}

/** --steps K prints Z, A, dA, dZ, dW, db of every layer K times: refused beyond a budget, before anything runs. */
function checkStepsBudget(steps: number, spec: Spec, analysis: Analysis, totalSteps: number): void {
  if (!analysis.shapes || !analysis.dataset) return;
  const run = runSize(spec, analysis.shapes, analysis.dataset.X.cols);
  const perStep = run.stepNumbers - run.batch * ((analysis.shapes.n0 ?? 0) + analysis.dataset.Y.rows);
  const printed = Math.min(steps, totalSteps) * perStep;
  if (printed <= MAX_PRINTED_STEP_NUMBERS) return;
  const most = Math.floor(MAX_PRINTED_STEP_NUMBERS / perStep);
  const advice = most >= 1 ? `use --steps ${most} or fewer` : 'one step of this network is already more';
  throw new UsageError(
    `--steps ${count(steps)} would print ${count(printed)} numbers (about ${bytes(20 * printed)} of JSON), ${count(perStep)} per step. --steps prints at most ${count(MAX_PRINTED_STEP_NUMBERS)} numbers: ${advice}.`,
  );
}

/** Draws `step t/T cost J` on one terminal line, at most ten times a second. */
function progressLine(io: Out, totalSteps: number): (r: StepRecord) => void {
  let lastDraw = 0;
  return (r) => {
    if ((r.step & 63) !== 0 || Date.now() - lastDraw <= 100) return;
    lastDraw = Date.now();
    const acc = r.accuracy === undefined ? '' : `  accuracy ${(100 * r.accuracy).toFixed(1)}%`;
    io.err(`\rstep ${r.step + 1}/${totalSteps}  cost ${r.cost.toPrecision(6)}${acc}   `);
  };
}

/** Streams the run as JSON: steps (first K) while they are made, then costs as they come, then the rest. */
function trainJson(analysis: Analysis, trainer: Trainer, steps: number | undefined, io: Out): void {
  const json = new JsonOut(io);
  const layout = trainer.spec.layout;
  json.beginObject();
  json.field('shapes', analysis.shapes ? shapesJson(analysis.shapes) : null);
  const pending: number[] = [];
  if (steps !== undefined) {
    json.beginArray('steps');
    for (let r: StepRecord | undefined; trainer.stepIndex < steps && (r = trainer.next(true));) {
      pending.push(r.cost);
      if (r.snapshot) json.item(stepJson(r.snapshot, layout));
    }
    json.endArray();
  }
  json.beginArray('costs');
  for (const c of pending) json.item(c);
  for (let r = trainer.next(); r; r = trainer.next()) json.item(r.cost);
  json.endArray();
  const evaluation = trainer.divergence ? undefined : trainer.evaluate();
  json.field('finalCost', evaluation?.cost ?? null);
  json.field('parameters', parametersJson(trainer.parameters(), layout));
  if (analysis.dataset?.task === 'classification' && evaluation) json.field('accuracy', evaluation.accuracy);
  if (evaluation?.testCost !== undefined) {
    json.field('testCost', evaluation.testCost);
    json.field('testAccuracy', evaluation.testAccuracy);
  }
  if (trainer.divergence) json.field('diverged', trainer.divergence);
  json.field('diagnostics', analysis.diagnostics.map(diagnosticJson));
  json.endObject();
  json.flush();
}

function trainText(analysis: Analysis, trainer: Trainer, io: Out): void {
  const spec = trainer.spec;
  if (analysis.shapes) io.out(shapeTableText(analysis.shapes, spec.name && shown(spec.name, 200), false));
  const draw = io.isTTY ? progressLine(io, trainer.totalSteps) : undefined;
  let first: number | undefined;
  for (let r = trainer.next(); r; r = trainer.next()) {
    first ??= r.cost;
    draw?.(r);
  }
  if (draw) io.err('\r\x1b[K');
  if (trainer.divergence) {
    io.err(trainer.divergence.message);
    return;
  }
  const e = trainer.evaluate();
  const lines = [
    `trained ${trainer.stepIndex} steps: cost J = ${e.cost.toPrecision(6)} (J_0 = ${first?.toPrecision(6)})`,
  ];
  if (e.accuracy !== undefined) lines.push(`training accuracy ${(100 * e.accuracy).toFixed(2)}%`);
  if (e.testCost !== undefined) {
    const acc = e.testAccuracy === undefined ? '' : `, accuracy ${(100 * e.testAccuracy).toFixed(2)}%`;
    lines.push(`test cost ${e.testCost.toPrecision(6)}${acc}`);
  }
  io.out(lines.join('\n'));
}

function train(file: string, json: boolean, steps: number | undefined, iterations: number | undefined, io: Out) {
  const analysis = load(file);
  if (!analysis.runnable || !analysis.parse.spec || !analysis.dataset) return notTrained(file, analysis, json, io);
  const spec = withIterations(analysis.parse.spec, iterations);
  const trainer = new Trainer(spec, analysis.dataset, { history: HISTORY });
  if (json) {
    if (steps !== undefined) checkStepsBudget(steps, spec, analysis, trainer.totalSteps);
    trainJson(analysis, trainer, steps, io);
  } else trainText(analysis, trainer, io);
  return trainer.divergence ? 1 : 0;
}

export const trainCommand: Command = {
  name: 'train',
  usage: ['nnspec train  FILE [--json] [--steps K] [--iterations N]'],
  options: { steps: { type: 'string' }, iterations: { type: 'string' } },
  run(positionals, values, io) {
    const file = oneFile('train', positionals);
    const steps = wholeNumber('steps', values.steps as string | undefined, 0);
    const iterations = wholeNumber('iterations', values.iterations as string | undefined, 1, MAX_STEPS);
    return train(file, values.json === true, steps, iterations, io);
  },
};
