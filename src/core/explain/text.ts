// An explanation as plain text for a student's notes (the CLI's output; a hover can use it too), and the
// words the panel shows an explanation with, in the reader's language.

import { msg, render, type Language } from '../messages/message';
import { formatNumber, renderExpr } from './render';
import type { Explanation, Line } from './types';

/** The line's formula, then its numbers and its result, each '=' under the first. */
function equation(line: Line, lang: Language): string[] {
  const pad = ' '.repeat(line.lhs.length + 1);
  const out = [line.formula];
  if (line.expr.op !== 'num') out.push(`${pad}= ${renderExpr(line.expr, 'numbers', lang)}`);
  out.push(`${pad}= ${formatNumber(line.value)}`);
  return out;
}

/** At most this many operand entries are offered as the next step back. */
const NEXT = 8;

/** The main sum's terms one by one, where the equation alone hides them: J's per-example losses, or "… and N more". */
function termLines(e: Explanation, lang: Language): string[] {
  if (e.terms.length === 0 || (!e.truncated && e.entry !== 'J')) return [];
  const head = e.truncated
    ? msg('explain.largestTerms', { shown: e.truncated.shown, total: e.truncated.shown + e.truncated.more })
    : msg('explain.allTerms', { n: e.terms.length });
  const terms = e.terms.map((t) => `    ${t.label} = ${t.substituted} = ${formatNumber(t.value)}`);
  return [`  ${render(lang, head)}`, ...terms.map((t) => t.replace(/ = ([^=]+) = \1$/, ' = $1')), ''];
}

export function explanationText(e: Explanation, where: string, lang: Language = 'en'): string {
  const say = (id: Parameters<typeof msg>[0], params: Parameters<typeof msg>[1]) => render(lang, msg(id, params));
  const out = [say('explain.heading', { entry: e.entry, step: e.step, where, value: String(e.value) }), ''];
  for (const line of e.lines) out.push(...equation(line, lang).map((s) => `  ${s}`), '');
  out.push(...termLines(e, lang));
  for (const note of e.notes) out.push(`  ${note}`);
  out.push('', `  ${say('explain.reads', { operands: e.operands.join(', ') })}`);
  if (e.links.length > 0) {
    const names = e.links.slice(0, NEXT).map((l) => l.name);
    const more = e.links.length > NEXT ? msg('explain.walkBackMore', { n: e.links.length - NEXT }) : '';
    out.push(`  ${say('explain.walkBack', { names: names.join(', '), more })}`);
  }
  return out.join('\n');
}

/** The words the panel draws an explanation with: its terms table's caption, headings and "… and N more". */
export function explanationWords(e: Explanation, lang: Language) {
  const t = e.truncated;
  const say = (id: Parameters<typeof msg>[0], params: Parameters<typeof msg>[1] = {}) => render(lang, msg(id, params));
  return {
    caption: t
      ? say('explain.captionLargest', { shown: t.shown, total: t.shown + t.more })
      : say('explain.captionAll', { n: e.terms.length }),
    more: t ? say('explain.moreSumming', { n: t.more, sum: formatNumber(t.sum) }) : undefined,
    columns: [
      say('explain.columnTerm'),
      say('explain.columnNumbers'),
      say('explain.columnValue'),
      say('explain.columnReads'),
    ],
    operands: say('explain.operands'),
    select: (entry: string) => say('explain.selectLink', { entry }),
  };
}
