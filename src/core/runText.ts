// How a run's progress and outcome are worded, the same in the CLI, the status bar and the panel.
import type { Language } from './messages/message';
import { RUN_EN, type RunMessageId } from './messages/runEn';
import { RUN_KO } from './messages/runKo';
import { fillTemplate } from './messages/template';
import type { RunStatus } from './training/runStatus';
import type { Evaluation } from './training/types';

/** The run's own catalogs, not the whole one: the panel's first script words its controls with them. */
const RUN_TEXT: Record<Language, Record<RunMessageId, string>> = { en: RUN_EN, ko: RUN_KO };

/** The run message `id` in `lang`, its parameters filled in. */
function say(lang: Language, id: RunMessageId, params: Record<string, string | number> = {}): string {
  return fillTemplate(RUN_TEXT[lang][id], (name) => params[name]);
}

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
  if (stepsRun === 0) return say(lang, 'steps.none', { last });
  const done = stepsRun >= totalSteps ? say(lang, 'steps.allDone', { total: totalSteps }) : '';
  return say(lang, 'steps.at', { step: lastStep(stepsRun), last, done });
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
  const status = say(lang, STATE_WORD[s.status]);
  const where =
    s.status === 'idle' || s.stepsRun === 0
      ? say(lang, 'state.noStep', { status })
      : s.status === 'done'
        ? say(lang, 'state.doneSteps', { n: s.totalSteps })
        : say(lang, 'state.at', { status, step: lastStep(s.stepsRun), last: lastStep(s.totalSteps) });
  return s.stale ? say(lang, 'state.stale', { where }) : where;
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
    parts.push(say(lang, 'progress.cost', { cost: formatCost(last.cost) }));
    if (last.accuracy !== undefined)
      parts.push(say(lang, 'progress.accuracy', { accuracy: formatPercent(last.accuracy) }));
  }
  return parts.join(' · ');
}

/** The outcome of a run that ran every step, with the final parameters on the training (and test) set. */
export function finishedSummary(stepsRun: number, e: Evaluation, lang: Language = 'en'): string {
  const parts = [say(lang, 'summary.trained', { n: stepsRun, last: lastStep(stepsRun), cost: formatCost(e.cost) })];
  if (e.accuracy !== undefined) parts.push(say(lang, 'summary.accuracy', { accuracy: formatPercent(e.accuracy) }));
  if (e.testCost !== undefined) parts.push(say(lang, 'summary.testCost', { cost: formatCost(e.testCost) }));
  if (e.testAccuracy !== undefined)
    parts.push(say(lang, 'summary.testAccuracy', { accuracy: formatPercent(e.testAccuracy) }));
  return say(lang, 'summary.end', { parts: parts.join(', ') });
}

export function stoppedSummary(stepsRun: number, totalSteps: number, lang: Language = 'en'): string {
  return say(lang, 'summary.stopped', { n: stepsRun, total: totalSteps });
}
