// How a run's progress and outcome are worded, the same in the CLI, the status bar and the panel.
import { msg, render, type Language, type Message } from './messages/message';
import type { RunMessageId } from './messages/runEn';
import type { RunStatus } from './training/runStatus';
import type { Evaluation } from './training/types';

/** A cost J: four significant digits, an exponent for tiny or huge ones, non-finite ones as they are. */
export function formatCost(c: number): string {
  if (Number.isNaN(c)) return 'NaN';
  if (!Number.isFinite(c)) return c > 0 ? '∞' : '-∞';
  const a = Math.abs(c);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return c.toExponential(3).replace('e+', 'e');
  return String(Number(c.toPrecision(4)));
}

/** An accuracy in [0, 1] as a percentage with one decimal: 0.9125 → '91.3%'. */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/**
 * The last step run, numbered from 0 as the timeline numbers steps. `stepsRun` counts the steps
 * run so far: after 1200 of 10000, 'step 1199 / 9999'; after all of them, 'step 9999 / 9999 (all
 * 10000 steps done)'; before any, 'no step run yet (steps 0–9999)'.
 */
export function stepsText(stepsRun: number, totalSteps: number, lang: Language = 'en'): string {
  const last = lastStep(totalSteps);
  if (stepsRun === 0) return render(lang, msg('steps.none', { last }));
  const done = stepsRun >= totalSteps ? msg('steps.allDone', { total: totalSteps }) : '';
  return render(lang, msg('steps.at', { step: lastStep(stepsRun), last, done }));
}

/** The index of the last step of `stepsRun` steps (steps are numbered from 0); -1 before any. */
export function lastStep(stepsRun: number): number {
  return stepsRun - 1;
}

/** A run's status in a word, in the run list's wording ('not started' where the controls say 'ready'). */
const STATE_WORD = {
  idle: 'state.idle',
  running: 'state.running',
  paused: 'state.paused',
  done: 'state.done',
  diverged: 'state.diverged',
  stopped: 'state.stopped',
} as const satisfies Record<RunStatus, RunMessageId>;

/**
 * Where a run is, in a few words (the run list): 'paused at step 1199 / 9999', 'done (10000 steps)',
 * 'not started, no step run yet', with ', stale' once the spec changed since it started.
 */
export function runStateText(
  s: { status: RunStatus; stale: boolean; stepsRun: number; totalSteps: number },
  lang: Language = 'en',
): string {
  const status = render(lang, msg(STATE_WORD[s.status]));
  const base =
    s.status === 'idle' || s.stepsRun === 0
      ? msg('state.noStep', { status })
      : s.status === 'done'
        ? msg('state.doneSteps', { n: s.totalSteps })
        : msg('state.at', { status, step: lastStep(s.stepsRun), last: lastStep(s.totalSteps) });
  const where = render(lang, base);
  return s.stale ? render(lang, msg('state.stale', { where })) : where;
}

/** 'step 1199 / 9999 · J 0.2631 · accuracy 91.3%': where a run is, with the last step's cost and accuracy. */
export function progressLine(
  stepsRun: number,
  totalSteps: number,
  last?: { cost: number; accuracy?: number },
  lang: Language = 'en',
): string {
  const parts = [stepsText(stepsRun, totalSteps, lang)];
  if (last) {
    parts.push(render(lang, msg('progress.cost', { cost: formatCost(last.cost) })));
    if (last.accuracy !== undefined)
      parts.push(render(lang, msg('progress.accuracy', { accuracy: formatPercent(last.accuracy) })));
  }
  return parts.join(' · ');
}

/** The outcome of a run that ran every step, with the final parameters on the training (and test) set. */
export function finishedSummary(stepsRun: number, e: Evaluation, lang: Language = 'en'): string {
  const parts: Message[] = [
    msg('summary.trained', { n: stepsRun, last: lastStep(stepsRun), cost: formatCost(e.cost) }),
  ];
  if (e.accuracy !== undefined) parts.push(msg('summary.accuracy', { accuracy: formatPercent(e.accuracy) }));
  if (e.testCost !== undefined) parts.push(msg('summary.testCost', { cost: formatCost(e.testCost) }));
  if (e.testAccuracy !== undefined)
    parts.push(msg('summary.testAccuracy', { accuracy: formatPercent(e.testAccuracy) }));
  const said = parts.map((p) => render(lang, p)).join(', ');
  return render(lang, msg('summary.end', { parts: said }));
}

export function stoppedSummary(stepsRun: number, totalSteps: number, lang: Language = 'en'): string {
  return render(lang, msg('summary.stopped', { n: stepsRun, total: totalSteps }));
}
