// How a run's progress and outcome are worded, the same in the CLI, the status bar and the panel.
import { msg, render, type Language, type Message } from './messages/message';
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
  const last = totalSteps - 1;
  if (stepsRun === 0) return render(lang, msg('steps.none', { last }));
  const done = stepsRun >= totalSteps ? msg('steps.allDone', { total: totalSteps }) : '';
  return render(lang, msg('steps.at', { step: stepsRun - 1, last, done }));
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
  const parts: Message[] = [msg('summary.trained', { n: stepsRun, last: stepsRun - 1, cost: formatCost(e.cost) })];
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
