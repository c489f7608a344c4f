// Targets that fit the loss: 0/1 for binary_cross_entropy, one-hot columns for cross_entropy.
import { msg, type Message } from '../messages/message';
import { Codes } from '../spec/codes';
import type { Matrix } from '../engine/matrix';
import { diagnosticAt } from '../spec/ranges';
import type { Diagnostic, LossKind, RangeMap } from '../spec/types';

export function taskOf(loss: LossKind): 'classification' | 'regression' {
  return loss === 'mse' ? 'regression' : 'classification';
}

/** Indices of the examples (columns of Y) for which `ok(Y, i)` fails. */
function badExamples(Y: Matrix, ok: (Y: Matrix, i: number) => boolean): number[] {
  const bad: number[] = [];
  for (let i = 0; i < Y.cols; i++) if (!ok(Y, i)) bad.push(i);
  return bad;
}

function allBinary(Y: Matrix, i: number): boolean {
  for (let k = 0; k < Y.rows; k++) {
    const v = Y.data[k * Y.cols + i];
    if (v !== 0 && v !== 1) return false;
  }
  return true;
}

function sumsToOne(Y: Matrix, i: number): boolean {
  let sum = 0;
  for (let k = 0; k < Y.rows; k++) sum += Y.data[k * Y.cols + i];
  return sum === 1;
}

function describe(Y: Matrix, i: number): string {
  const column = Array.from({ length: Y.rows }, (_, k) => Y.data[k * Y.cols + i]);
  return Y.rows === 1 ? `y = ${column[0]}` : `y = [${column.join(', ')}]`;
}

function others(n: number): Message | string {
  return n > 1 ? msg('space.more', { n: n - 1 }) : '';
}

export function checkTargets(Y: Matrix, loss: LossKind, at: string, ranges: RangeMap): Diagnostic[] {
  if (loss === 'mse') return [];
  const notBinary = badExamples(Y, allBinary);
  if (notBinary.length > 0) {
    const i = notBinary[0];
    return [
      diagnosticAt(
        ranges,
        at,
        'error',
        Codes.dataTargetsNotBinary,
        msg('targets.notBinary', {
          loss,
          example: i + 1,
          m: Y.cols,
          y: describe(Y, i),
          more: others(notBinary.length),
        }),
      ),
    ];
  }
  // A single row of Y under cross_entropy is the output layer's mistake (one unit: the loss; more: the
  // units against Y), reported by the shape check where it can be fixed.
  if (loss !== 'cross_entropy' || Y.rows === 1) return [];
  const notOneHot = badExamples(Y, sumsToOne);
  if (notOneHot.length === 0) return [];
  const i = notOneHot[0];
  return [
    diagnosticAt(
      ranges,
      at,
      'error',
      Codes.dataTargetsNotOneHot,
      msg('targets.notOneHot', { example: i + 1, m: Y.cols, y: describe(Y, i), more: others(notOneHot.length) }),
    ),
  ];
}
