// The limits a single key can break on its own, checked while the file is read (the ones that
// need the data, such as epochs × batches or the parameter count, are in ../runLimits.ts).
import { Codes } from './codes';
import type { Context } from './context';
import { count, MAX_STEPS, MAX_UNITS } from './limits';

/** iterations, or epochs (each epoch is at least one step), above the steps nnspec runs. */
export function checkStepsKey(ctx: Context, key: 'iterations' | 'epochs', value: number | undefined): void {
  if (value === undefined || value <= MAX_STEPS) return;
  const unit = key === 'epochs' ? ' (each epoch is at least one step)' : '';
  ctx.error(
    `training.${key}`,
    Codes.tooManySteps,
    `${key}: ${count(value)} is more than the ${count(MAX_STEPS)} gradient-descent steps nnspec ` +
      `runs${unit}. The course's networks settle within 10,000 to 100,000 steps: use fewer ${key}.`,
  );
}

/** A layer wider than nnspec builds. */
export function checkUnitsKey(ctx: Context, path: string, layer: number, units: number | undefined): void {
  if (units === undefined || units <= MAX_UNITS) return;
  ctx.error(
    path,
    Codes.tooManyUnits,
    `units: ${count(units)} is more than the ${count(MAX_UNITS)} units nnspec builds in one layer: ` +
      `every matrix of layer ${layer} (Z[${layer}], A[${layer}], dZ[${layer}], ...) has n[${layer}] rows. Use fewer units.`,
  );
}
