// An explanation as plain text for a student's notes (the CLI's output; a hover can use it too).

import { formatNumber, renderExpr } from './render';
import type { Explanation, Line } from './types';

/** The line's formula, then its numbers and its result, each '=' under the first. */
function equation(line: Line): string[] {
  const pad = ' '.repeat(line.lhs.length + 1);
  const out = [line.formula];
  if (line.expr.op !== 'num') out.push(`${pad}= ${renderExpr(line.expr, 'numbers')}`);
  out.push(`${pad}= ${formatNumber(line.value)}`);
  return out;
}

/** At most this many operand entries are offered as the next step back. */
const NEXT = 8;

/** The main sum's terms one by one, where the equation alone hides them: J's per-example losses, or "… and N more". */
function termLines(e: Explanation): string[] {
  if (e.terms.length === 0 || (!e.truncated && e.entry !== 'J')) return [];
  const head = e.truncated
    ? `The ${e.truncated.shown} largest terms of ${e.truncated.shown + e.truncated.more}:`
    : `The ${e.terms.length} terms:`;
  const terms = e.terms.map((t) => `    ${t.label} = ${t.substituted} = ${formatNumber(t.value)}`);
  return [`  ${head}`, ...terms.map((t) => t.replace(/ = ([^=]+) = \1$/, ' = $1')), ''];
}

export function explanationText(e: Explanation, where: string): string {
  const out = [`${e.entry} at step ${e.step} of ${where}: ${e.value}`, ''];
  for (const line of e.lines) out.push(...equation(line).map((s) => `  ${s}`), '');
  out.push(...termLines(e));
  for (const note of e.notes) out.push(`  ${note}`);
  out.push('', `  Reads ${e.operands.join(', ')}.`);
  if (e.links.length > 0) {
    const names = e.links.slice(0, NEXT).map((l) => l.name);
    const more = e.links.length > NEXT ? `, … (${e.links.length - NEXT} more)` : '';
    out.push(`  Walk back with --entry: ${names.join(', ')}${more}.`);
  }
  return out.join('\n');
}
