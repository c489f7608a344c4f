// One analysed spec trained to the end, the same way for the file and each compare: variant: the
// records are read as they come (the trainer keeps no snapshots and few scalars), so a run of any
// length costs bounded memory; a terminal gets one progress line.
import type { Dataset } from '../core/data/types';
import { progressLine } from '../core/runText';
import { language } from './language';
import type { Spec } from '../core/spec/types';
import { Trainer, type Evaluation } from '../core/training/trainer';
import type { StepRecord } from '../core/training/types';
import type { Out } from './io';

/** The CLI reads each step's record as it comes: the trainer's history keeps no snapshots and few scalars. */
const HISTORY = { first: 0, last: 0, thinned: 0, scalars: 1000 };

export interface Run {
  spec: Spec;
  dataset: Dataset;
  trainer: Trainer;
  /** J_0, the cost of the first step. */
  first?: number;
  /** With the final parameters; absent when the run diverged. */
  evaluation?: Evaluation;
}

export function newTrainer(spec: Spec, dataset: Dataset): Trainer {
  return new Trainer(spec, dataset, { history: HISTORY });
}

/** Draws `label step t / T · J … · accuracy …` on one terminal line, at most ten times a second. */
export function progressDrawer(io: Out, label: string): (r: StepRecord, totalSteps: number) => void {
  let lastDraw = 0;
  return (r, totalSteps) => {
    if ((r.step & 63) !== 0 || Date.now() - lastDraw <= 100) return;
    lastDraw = Date.now();
    io.err(`\r${label}${progressLine(r.step + 1, totalSteps, r, language())}   `);
  };
}

/** Runs every remaining step, handing each record to `each` (costs streamed, a progress line drawn). */
export function finish(run: Run, each?: (r: StepRecord) => void): Run {
  for (let r = run.trainer.next(); r; r = run.trainer.next()) {
    run.first ??= r.cost;
    each?.(r);
  }
  run.evaluation = run.trainer.divergence ? undefined : run.trainer.evaluate();
  return run;
}
