// The limits a single key can break on its own, checked while the file is read (the ones that
// need the data, such as epochs × batches or the parameter count, are in ../runLimits.ts).
import { msg } from '../messages/message';
import { Codes } from './codes';
import type { Context } from './context';
import { count, MAX_STEPS, MAX_UNITS } from './limits';

/** iterations, or epochs (each epoch is at least one step), above the steps nnspec runs. */
export function checkStepsKey(ctx: Context, key: 'iterations' | 'epochs', value: number | undefined): void {
  if (value === undefined || value <= MAX_STEPS) return;
  const params = { key, value: count(value), max: count(MAX_STEPS) };
  ctx.error(`training.${key}`, Codes.tooManySteps, msg(key === 'epochs' ? 'limit.epochs' : 'limit.iterations', params));
}

/** A layer wider than nnspec builds. */
export function checkUnitsKey(ctx: Context, path: string, layer: number, units: number | undefined): void {
  if (units === undefined || units <= MAX_UNITS) return;
  ctx.error(
    path,
    Codes.tooManyUnits,
    msg('limit.units', {
      units: count(units),
      max: count(MAX_UNITS),
      layer,
      matrices: `Z[${layer}], A[${layer}], dZ[${layer}], ...`,
      dim: `n[${layer}]`,
    }),
  );
}
