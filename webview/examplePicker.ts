// Which of the batch's examples the step's matrices show, from the student's choice: all of them, a
// range, one class, the misclassified ones, or those with the largest loss. Pure, and remembered for
// the last snapshot so that the two matrix sections share one computation.

import type { Activation, LossKind } from '../src/core/spec/types';
import { alongExamples } from '../src/core/layout';
import type { ExampleChoice, SnapshotDTO } from '../src/protocol';
import { classOf, exampleLosses, examplesOf, lossOf, outputLayer, taskOf, unitsOf, type Task } from './exampleLoss';
import type { ViewState } from './state';

export interface PickedExamples {
  /** The examples shown, in the order shown (0-based indices into the batch). */
  indices: readonly number[];
  /** The batch's size m. */
  m: number;
  /** With a choice by loss: the loss of each shown example, aligned with `indices`. */
  losses?: readonly number[];
  task: Task;
  /**
   * When only some of the batch's examples were sent (big layers): each sent example's index in the
   * batch (`indices` and `m` count the sent ones), and the batch's own size.
   */
  sampled?: { index: readonly number[]; m: number };
}

export const DEFAULT_CHOICE: ExampleChoice = { by: 'all' };

/** Whether the choice means something for the task (no classes in a regression). */
export function choiceFits(c: ExampleChoice, task: Task): boolean {
  return task !== 'regression' || (c.by !== 'class' && c.by !== 'misclassified');
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** The chosen examples among those sent, with where they sit in the batch when only some were sent. */
export function pickExamples(
  s: SnapshotDTO,
  choice: ExampleChoice,
  loss: LossKind | undefined,
  output?: Activation,
): PickedExamples {
  const picked = pickSent(s, choice, loss, output);
  const of = s.X.of;
  if (!of) return picked;
  const ax = s.exampleAxis;
  const m = alongExamples(ax, of.rows, of.cols);
  return m > picked.m ? { ...picked, sampled: { index: alongExamples(ax, of.rowIndex, of.colIndex), m } } : picked;
}

function pickSent(
  s: SnapshotDTO,
  choice: ExampleChoice,
  loss: LossKind | undefined,
  output?: Activation,
): PickedExamples {
  const ax = s.exampleAxis;
  const m = examplesOf(s.X, ax);
  const task = taskOf(loss, s.layers.length > 0 ? unitsOf(s.Y, ax) : 1);
  const all = range(0, m);
  const last = s.layers.at(-1)?.A;
  const c = choiceFits(choice, task) && last ? choice : DEFAULT_CHOICE;
  switch (c.by) {
    case 'all':
      return { indices: all, m, task };
    case 'range':
      return { indices: range(Math.min(c.first, m), Math.min(c.last + 1, m)), m, task };
    case 'class':
      return { indices: all.filter((i) => classOf(s.Y, ax, i) === c.label), m, task };
    case 'misclassified':
      return { indices: all.filter((i) => classOf(last!, ax, i) !== classOf(s.Y, ax, i)), m, task };
    case 'largestLoss': {
      const l = exampleLosses(s, loss ?? 'mse', output);
      // Largest first; NaN (a diverged step) counts as largest, ties keep the batch's order.
      const key = (i: number) => (Number.isNaN(l[i]) ? Infinity : l[i]);
      const indices = all.sort((a, b) => key(b) - key(a) || a - b).slice(0, c.count);
      return { indices, m, task, losses: indices.map((i) => l[i]) };
    }
  }
}

/** The classes the targets of a classification hold: 0/1 for one output unit, else 0..n-1; with counts. */
export function classCounts(s: SnapshotDTO): number[] {
  const ax = s.exampleAxis;
  const n = unitsOf(s.Y, ax);
  const counts = new Array<number>(Math.max(2, n)).fill(0);
  for (let i = 0; i < examplesOf(s.Y, ax); i++) counts[classOf(s.Y, ax, i)]++;
  return counts;
}

let memo: { snapshot: SnapshotDTO; choice: ExampleChoice; loss?: LossKind; picked: PickedExamples } | undefined;

/** The examples to show for the state's snapshot and choice (computed once per snapshot and choice). */
export function shownExamples(st: ViewState, s: SnapshotDTO): PickedExamples {
  const loss = lossOf(st.analysis);
  if (memo && memo.snapshot === s && memo.choice === st.examples && memo.loss === loss) return memo.picked;
  const picked = pickExamples(s, st.examples, loss, outputLayer(st.analysis)?.activation);
  memo = { snapshot: s, choice: st.examples, loss, picked };
  return picked;
}
