// The message shown when training stops because a number became NaN or ±Infinity.

import type { Spec } from '../spec/types';

/** A learning rate ten times smaller, written plainly (0.1, 1, 0.05, ...). */
function smallerRate(lr: number): string {
  return String(Number((lr / 10).toPrecision(2)));
}

/**
 * `what` says what went bad, e.g. 'the cost became Infinity' or 'W[2] overflowed after the update'.
 * When it went bad with the initial parameters (step 0, before its update) the learning rate
 * cannot be the cause.
 */
export function divergenceMessage(spec: Spec, step: number, what: string, afterUpdate: boolean): string {
  const head = `Training diverged at step ${step}: ${what}.`;
  if (step === 0 && !afterUpdate) {
    return (
      `${head} This happens with the initial parameters, before any update: check the data for ` +
      `missing or huge values, and that the output activation suits the loss (binary_cross_entropy needs A[L] in (0, 1), cross_entropy a softmax output).`
    );
  }
  const lr = spec.training.learningRate;
  return `${head} The learning rate (α = ${lr}) is probably too large; try ${smallerRate(lr)} or smaller.`;
}
