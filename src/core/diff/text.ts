// A diff's result in words: the full report `nnspec diff` prints (and the editor's output channel
// shows), and the one-line summary the editor's notification gives, in English or Korean.
// The formula, the hint, the note and the trace's problems come from the comparison as messages.
import { msg, render, type Language, type Message } from '../messages/message';
import { DIFF_TOLERANCE } from './compare';
import type { Compared, DiffResult, Difference } from './types';

/** '12 matrices of 3 steps (340 numbers), 3 costs, 4 final parameters', or 'nothing'. */
export function comparedText(c: Compared, lang: Language = 'en'): string {
  const parts: Message[] = [];
  if (c.matrices > 0) {
    const counts = { n: c.matrices, entries: c.entries };
    parts.push(
      c.steps > 0
        ? msg('diff.matricesOf', { ...counts, steps: msg('diff.steps', { n: c.steps }) })
        : msg('diff.matrices', counts),
    );
  }
  if (c.costs > 0) parts.push(msg('diff.costs', { n: c.costs }));
  if (c.parameters > 0) parts.push(msg('diff.parameters', { n: c.parameters }));
  if (c.finalCost) parts.push(msg('text.verbatim', { text: 'finalCost' }));
  return parts.length > 0 ? parts.map((p) => render(lang, p)).join(', ') : render(lang, msg('diff.nothing'));
}

const isCost = (d: Difference): boolean => d.kind === 'J' || d.kind === 'finalCost';

/** 'step 3' or 'after training'. */
export function differenceWhere(d: Difference, lang: Language = 'en'): string {
  return render(lang, d.step === undefined ? msg('diff.afterTraining') : msg('diff.step', { step: d.step }));
}

function differenceLines(trace: string, d: Difference, c: Compared, lang: Language): string[] {
  const say = (m: Message) => render(lang, m);
  const entry = isCost(d) ? d.entry : say(msg('diff.entryAt', { entry: d.entry, row: d.row, column: d.column }));
  const relative = d.relativeDifference.toPrecision(2);
  const lines = [
    say(msg('diff.first', { where: differenceWhere(d, lang), entry })),
    say(msg('diff.yours', { value: d.yours })),
    say(msg('diff.nnspec', { value: d.nnspec, relative })),
    `  ${say(d.formula)}`,
  ];
  if (d.hint) lines.push(`  ${say(d.hint)}`);
  lines.push(say(msg('diff.where', { at: d.at, trace, compared: comparedText(c, lang) })));
  if (c.note) lines.push(`  ${say(c.note)}`);
  return lines;
}

function agreeLine(trace: string, c: Compared, lang: Language): string {
  const tolerance = DIFF_TOLERANCE.toExponential();
  return render(lang, msg('diff.agrees', { trace, tolerance, compared: comparedText(c, lang) }));
}

/** The whole report, line by line; `trace` names the trace file. 'invalid' lists every problem. */
export function diffReportLines(trace: string, r: DiffResult, lang: Language = 'en'): string[] {
  const say = (m: Message) => render(lang, m);
  if (r.status === 'invalid') return [say(msg('diff.invalid', { trace })), ...r.problems.map((p) => `  ${say(p)}`)];
  if (r.status === 'differ') return differenceLines(trace, r.first, r.compared, lang);
  const agree = agreeLine(trace, r.compared, lang);
  return r.compared.note ? [agree, say(r.compared.note)] : [agree];
}

/** One sentence for a notification: where the first difference is, both numbers and the formula; or the counts. */
export function diffSummary(trace: string, r: DiffResult, lang: Language = 'en'): string {
  if (r.status === 'invalid') {
    const problem = r.problems[0];
    const n = r.problems.length - 1;
    return render(
      lang,
      n > 0 ? msg('diff.invalidMore', { trace, problem, n }) : msg('diff.invalidOne', { trace, problem }),
    );
  }
  if (r.status === 'agree') return agreeLine(trace, r.compared, lang);
  const d = r.first;
  const what = isCost(d)
    ? msg('diff.theCost', { matrix: d.matrix })
    : msg('diff.entryOf', { matrix: d.matrix, entry: d.entry, row: d.row, column: d.column });
  const where = differenceWhere(d, lang);
  return render(lang, msg('diff.summary', { where, what, yours: d.yours, nnspec: d.nnspec, formula: d.formula }));
}

/** What `nnspec diff --json` prints: the result with its messages as text in `lang` (English by default). */
export function diffResultJson(r: DiffResult, lang: Language = 'en'): object {
  const say = (m: Message) => render(lang, m);
  if (r.status === 'invalid') return { status: r.status, problems: r.problems.map(say) };
  const compared = r.compared.note ? { ...r.compared, note: say(r.compared.note) } : r.compared;
  if (r.status === 'agree') return { status: r.status, compared };
  const first = { ...r.first, formula: say(r.first.formula), ...(r.first.hint ? { hint: say(r.first.hint) } : {}) };
  return { status: r.status, first, compared };
}
