// A diff's result in words: the full report `nnspec diff` prints (and the editor's output channel
// shows), and the one-line summary the editor's notification gives.
import { plural } from '../shapes/dims';
import { DIFF_TOLERANCE } from './compare';
import type { Compared, DiffResult, Difference } from './types';

/** '12 matrices of 3 steps (340 numbers), 3 costs, 4 final parameters', or 'nothing'. */
export function comparedText(c: Compared): string {
  const parts: string[] = [];
  if (c.matrices > 0) {
    const of = c.steps > 0 ? ` of ${plural(c.steps, 'step')}` : '';
    parts.push(`${c.matrices} ${c.matrices === 1 ? 'matrix' : 'matrices'}${of} (${c.entries} numbers)`);
  }
  if (c.costs > 0) parts.push(plural(c.costs, 'cost'));
  if (c.parameters > 0) parts.push(plural(c.parameters, 'final parameter'));
  if (c.finalCost) parts.push('finalCost');
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

const isCost = (d: Difference): boolean => d.kind === 'J' || d.kind === 'finalCost';

/** 'step 3' or 'after training'. */
export function differenceWhere(d: Difference): string {
  return d.step === undefined ? 'after training' : `step ${d.step}`;
}

function differenceLines(trace: string, d: Difference, c: Compared): string[] {
  const entry = isCost(d) ? d.entry : `${d.entry} (row ${d.row}, column ${d.column})`;
  const lines = [
    `First difference: ${differenceWhere(d)}, ${entry}`,
    `  yours   ${d.yours}`,
    `  nnspec  ${d.nnspec}   (relative difference ${d.relativeDifference.toPrecision(2)})`,
    `  ${d.formula}`,
  ];
  if (d.hint) lines.push(`  ${d.hint}`);
  lines.push(`  It is ${d.at} in ${trace}. Everything compared before it agrees: ${comparedText(c)}.`);
  if (c.note) lines.push(`  ${c.note}`);
  return lines;
}

function agreeLine(trace: string, c: Compared): string {
  const tolerance = `relative differences at most ${DIFF_TOLERANCE.toExponential()}`;
  return `${trace} agrees with nnspec (${tolerance}): ${comparedText(c)}.`;
}

/** The whole report, line by line; `trace` names the trace file. 'invalid' lists every problem. */
export function diffReportLines(trace: string, r: DiffResult): string[] {
  if (r.status === 'invalid') return [`${trace} cannot be compared:`, ...r.problems.map((p) => `  ${p}`)];
  if (r.status === 'differ') return differenceLines(trace, r.first, r.compared);
  return r.compared.note ? [agreeLine(trace, r.compared), r.compared.note] : [agreeLine(trace, r.compared)];
}

/** One sentence for a notification: where the first difference is, both numbers and the formula; or the counts. */
export function diffSummary(trace: string, r: DiffResult): string {
  if (r.status === 'invalid') {
    const more = r.problems.length > 1 ? ` (and ${plural(r.problems.length - 1, 'more problem')})` : '';
    return `${trace} cannot be compared: ${r.problems[0]}${more}`;
  }
  if (r.status === 'agree') return agreeLine(trace, r.compared);
  const d = r.first;
  const what = isCost(d) ? `the cost ${d.matrix}` : `${d.matrix}, entry ${d.entry} (row ${d.row}, column ${d.column})`;
  const numbers = `yours ${d.yours}, nnspec ${d.nnspec}`;
  return `Your trace first differs at ${differenceWhere(d)} in ${what}: ${numbers}. ${d.formula}`;
}
