// Gradient check: a button asking the host to compare backprop with finite differences, and the results.

import { el, placeholder } from './dom';
import { fmt } from './format';
import type { Section } from './section';
import type { ViewState } from './state';

const PASS = 1e-7;
const WARN = 1e-4;

function verdict(relativeError: number): 'pass' | 'warn' | 'fail' {
  if (relativeError < PASS) return 'pass';
  if (relativeError < WARN) return 'warn';
  return 'fail';
}

export function createGradcheck(body: HTMLElement, request: () => void): Section {
  const run = el('button', {
    id: 'gradcheck-run',
    text: 'Check gradients',
    attrs: { type: 'button', 'aria-label': 'Check gradients with finite differences' },
  });
  run.addEventListener('click', request);
  const out = el('div', { attrs: { 'aria-live': 'polite' } });
  body.append(
    el('p', {
      class: 'note',
      text: `Compares dW[l] and db[l] from backprop with centred finite differences of J. Relative error: pass below ${PASS}, warning below ${WARN}.`,
    }),
    run,
    out,
  );

  const render = (d: ViewState): void => {
    run.disabled = !(d.analysis?.runnable ?? false) || d.gradcheckPending;
    out.replaceChildren();
    if (d.gradcheckPending) out.append(placeholder('Checking…'));
    const rows = d.run?.gradcheck;
    if (!rows) return;
    out.append(
      el(
        'table',
        { id: 'gradcheck-table', class: 'gradcheck' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...['parameter', 'relative error', 'max |difference|', 'result'].map((h) => el('th', { text: h })),
          ),
        ),
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
              el('td', { class: `verdict ${v}`, text: v }),
            );
          }),
        ),
      ),
    );
  };
  return { render };
}
