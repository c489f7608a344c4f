// The limits that depend on the data as well as the file: steps of an epoch-based run, the
// parameter count, the size of one step's matrices, and how long the run would take.
import { msg } from './messages/message';
import { fileOrder } from './layout';
import type { ShapeTable } from './shapes/types';
import { Codes } from './spec/codes';
import {
  bytes,
  count,
  duration,
  estimatedSeconds,
  LARGE_STEP_NUMBERS,
  LONG_RUN_SECONDS,
  MAX_PARAMETERS,
  MAX_STEP_NUMBERS,
  MAX_STEPS,
} from './spec/limits';
import { diagnosticAt } from './spec/ranges';
import type { Diagnostic, RangeMap, Spec } from './spec/types';

/** What a run of the spec would hold and do, from its shape table and, when loaded, its data's m. */
export interface RunSize {
  steps: number;
  parameters: number;
  /** Examples in one step's batch. */
  batch: number;
  /** Numbers in one step's matrices (a snapshot): A[0], Y, and W, b, Z, A, dA, dZ, dW, db of every layer. */
  stepNumbers: number;
  /** 0-based index of the widest layer, where a per-step size problem is reported. */
  widest: number;
}

export function runSize(spec: Spec, table: ShapeTable, m: number): RunSize {
  const t = spec.training;
  const batch = t.batchSize === 'full' ? m : Math.min(m, t.batchSize);
  const steps = t.iterations ?? (t.epochs ?? 0) * Math.ceil(m / Math.max(1, batch));
  const units = table.layers.map((l) => l.units);
  const widest = units.indexOf(Math.max(...units));
  const nL = units[units.length - 1];
  const activity = units.reduce((s, n) => s + 4 * n, 0);
  const stepNumbers = batch * ((table.n0 ?? 0) + nL + activity) + 2 * table.totalParameters;
  return { steps, parameters: table.totalParameters, batch, stepNumbers, widest };
}

function stepsKey(spec: Spec): string {
  return spec.training.iterations !== undefined ? 'training.iterations' : 'training.epochs';
}

function tooManySteps(spec: Spec, ranges: RangeMap, run: RunSize, m: number): Diagnostic | undefined {
  const epochs = spec.training.epochs;
  // More epochs than steps is already an error at the key (spec/validateLimits.ts).
  if (epochs === undefined || epochs > MAX_STEPS || run.steps <= MAX_STEPS) return undefined;
  const perEpoch = Math.ceil(m / Math.max(1, run.batch));
  return diagnosticAt(
    ranges,
    'training.epochs',
    'error',
    Codes.tooManySteps,
    msg('run.tooManySteps', {
      epochs: count(epochs),
      perEpoch: count(perEpoch),
      m: count(m),
      batch: count(run.batch),
      steps: count(run.steps),
      max: count(MAX_STEPS),
    }),
  );
}

/** Layer 1's count is unknown (NaN) until n[0] is: the other layers can already be too many. */
function tooManyParameters(ranges: RangeMap, table: ShapeTable): Diagnostic | undefined {
  const known = table.layers.filter((l) => Number.isFinite(l.parameters));
  const total = known.reduce((s, l) => s + l.parameters, 0);
  if (total <= MAX_PARAMETERS) return undefined;
  const largest = known.reduce((a, b) => (b.parameters > a.parameters ? b : a));
  const l = largest.layer;
  const atLeast = known.length < table.layers.length;
  return diagnosticAt(
    ranges,
    `network.layers.${l - 1}.units`,
    'error',
    Codes.tooManyParameters,
    msg(atLeast ? 'run.tooManyParametersAtLeast' : 'run.tooManyParameters', {
      total: count(total),
      w: `W[${l}]`,
      b: `b[${l}]`,
      largest: count(largest.parameters),
      max: count(MAX_PARAMETERS),
      bytes: bytes(8 * 6 * MAX_PARAMETERS),
    }),
  );
}

function stepSize(spec: Spec, ranges: RangeMap, table: ShapeTable, run: RunSize): Diagnostic | undefined {
  if (run.stepNumbers <= LARGE_STEP_NUMBERS) return undefined;
  const layer = table.layers[run.widest];
  const l = layer.layer;
  const shape = `(${fileOrder(spec.layout, layer.units, run.batch).join(', ')})`;
  const what = msg('run.stepNumbers', {
    numbers: count(run.stepNumbers),
    bytes: bytes(8 * run.stepNumbers),
    z: `Z[${l}]`,
    a: `A[${l}]`,
    da: `dA[${l}]`,
    dz: `dZ[${l}]`,
    shape,
  });
  const smaller = msg(spec.training.batchSize === 'full' ? 'run.smallerFull' : 'run.smallerBatch');
  const at = `network.layers.${run.widest}.units`;
  if (run.stepNumbers > MAX_STEP_NUMBERS) {
    return diagnosticAt(
      ranges,
      at,
      'error',
      Codes.stepTooLarge,
      msg('run.stepTooLarge', { what, max: count(MAX_STEP_NUMBERS), bytes: bytes(8 * MAX_STEP_NUMBERS), smaller }),
    );
  }
  return diagnosticAt(ranges, at, 'warning', Codes.largeStep, msg('run.largeStep', { what, smaller }));
}

function longRun(spec: Spec, ranges: RangeMap, table: ShapeTable, run: RunSize): Diagnostic | undefined {
  const units = table.layers.reduce((s, l) => s + l.units, 0);
  const seconds = estimatedSeconds(run.steps, run.parameters, units, run.batch);
  if (!(seconds > LONG_RUN_SECONDS)) return undefined;
  return diagnosticAt(
    ranges,
    stepsKey(spec),
    'warning',
    Codes.longRun,
    msg('run.long', {
      steps: count(run.steps),
      parameters: count(run.parameters),
      batch: count(run.batch),
      duration: duration(seconds),
    }),
  );
}

/**
 * Every limit the spec and its data break together. `m` is the number of training examples when
 * the data is loaded; without it only the parameter count is checked (when n[0] is known).
 */
export function checkRunLimits(spec: Spec, ranges: RangeMap, table: ShapeTable, m?: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const params = tooManyParameters(ranges, table);
  if (params) out.push(params);
  if (m === undefined || table.n0 === undefined || params) return out;
  const run = runSize(spec, table, m);
  const steps = tooManySteps(spec, ranges, run, m);
  if (steps) out.push(steps);
  const size = stepSize(spec, ranges, table, run);
  if (size) out.push(size);
  const tooBig = steps || size?.severity === 'error' || run.steps > MAX_STEPS;
  const long = tooBig ? undefined : longRun(spec, ranges, table, run);
  if (long) out.push(long);
  return out;
}
