// Gradient check: a button asking the host to compare backprop with finite differences, and the results.

import { el, placeholder } from './dom';
import { fmt } from './format';
import { label, type LabelId } from './labels';
import type { Section } from './section';
import type { ViewState } from './state';

const PASS = 1e-7;
const WARN = 1e-4;
const HEADS: LabelId[] = [
  'gradcheck.parameter',
  'gradcheck.relativeError',
  'gradcheck.maxDifference',
  'gradcheck.result',
];

type Verdict = 'pass' | 'warn' | 'fail';
const VERDICT: Record<Verdict, LabelId> = { pass: 'gradcheck.pass', warn: 'gradcheck.warn', fail: 'gradcheck.fail' };

function verdict(relativeError: number): Verdict {
  if (relativeError < PASS) return 'pass';
  if (relativeError < WARN) return 'warn';
  return 'fail';
}

export function createGradcheck(body: HTMLElement, request: () => void): Section {
  const run = el('button', {
    id: 'gradcheck-run',
    text: label('gradcheck.run'),
    attrs: { type: 'button', 'aria-label': label('gradcheck.runName') },
  });
  run.addEventListener('click', request);
  const out = el('div', { attrs: { 'aria-live': 'polite' } });
  body.append(
    el('p', {
      class: 'note',
      text: label('gradcheck.note', { pass: PASS, warn: WARN }),
    }),
    run,
    out,
  );

  const render = (d: ViewState): void => {
    run.disabled = !(d.analysis?.runnable ?? false) || d.gradcheckPending;
    out.replaceChildren();
    if (d.gradcheckPending) out.append(placeholder(label('gradcheck.checking')));
    const rows = d.run?.gradcheck;
    if (!rows) return;
    out.append(
      el(
        'table',
        { id: 'gradcheck-table', class: 'gradcheck' },
        el('thead', {}, el('tr', {}, ...HEADS.map((h) => el('th', { text: label(h) })))),
        el(
          'tbody',
          {},
          ...rows.map((r) => {
            const v = verdict(r.relativeError);
            return el(
              'tr',
              { class: v },
              el('td', { text: `d${r.param}[${r.layer}]` }),
              el('td', { text: fmt(r.relativeError) }),
              el('td', { text: fmt(r.maxAbsDiff) }),
              el('td', { class: `verdict ${v}`, text: label(VERDICT[v]) }),
            );
          }),
        ),
      ),
    );
  };
  return { render };
}
