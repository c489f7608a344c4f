// The step the matrix sections draw: the one on screen, else, before any has come, step 0 laid out blank
// from the analysis (each matrix at the size it will come in), so that when it comes its values only
// fill in the matrices already built (a 784-256-10 step 0 drew in 117–128 ms instead of 167–201).

import { blankSnapshotDto } from '../src/core/blankSnapshot';
import { layoutWithExampleAxis } from '../src/core/layout';
import type { SnapshotDTO } from '../src/protocol';
import { DEFAULT_CHOICE, pickExamples, shownExamples, type PickedExamples } from './examplePicker';
import { shownSnapshot, type ViewState } from './state';

export interface DrawnStep {
  snapshot: SnapshotDTO;
  /** No values yet: step 0's shapes only. */
  blank: boolean;
}

let last: { key: string; snapshot: SnapshotDTO } | undefined;

export function drawnStep(d: ViewState): DrawnStep | undefined {
  const shown = shownSnapshot(d);
  if (shown) return { snapshot: shown, blank: false };
  const a = d.analysis;
  if (!a?.runnable || !a.firstStep) return undefined;
  const key = JSON.stringify([a.firstStep, a.exampleAxis]);
  if (last?.key !== key) {
    last = { key, snapshot: blankSnapshotDto(a.firstStep, layoutWithExampleAxis(a.exampleAxis)) };
  }
  return { snapshot: last.snapshot, blank: true };
}

/** The examples the step's matrices show: the student's choice, or a blank step's all (or chosen range). */
export function drawnExamples(d: ViewState, step: DrawnStep): PickedExamples {
  if (!step.blank) return shownExamples(d, step.snapshot);
  return pickExamples(step.snapshot, d.examples.by === 'range' ? d.examples : DEFAULT_CHOICE, undefined);
}
