// The message shown when training stops because a number became NaN or ±Infinity.

import { msg, type Message } from '../messages/message';
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
export function divergenceMessage(spec: Spec, step: number, what: Message, afterUpdate: boolean): Message {
  const head = msg('diverge.head', { step, what });
  if (step === 0 && !afterUpdate) return msg('diverge.initial', { head });
  const lr = spec.training.learningRate;
  return msg('diverge.rate', { head, lr, smaller: smallerRate(lr) });
}
