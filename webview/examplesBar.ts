// The student's choice of examples for the step's matrices: all, a range, one class, the
// misclassified ones, or those with the largest loss; and a line saying what is shown.

import type { ExampleChoice, SnapshotDTO } from '../src/protocol';
import { el } from './dom';
import { fmt } from './format';
import { choiceFits, classCounts, DEFAULT_CHOICE, type PickedExamples } from './examplePicker';

const KINDS: [ExampleChoice['by'], string][] = [
  ['all', 'all'],
  ['range', 'a range'],
  ['class', 'one class'],
  ['misclassified', 'misclassified'],
  ['largestLoss', 'largest loss'],
];
const LOSS_COUNT = 10;
const RANGE_LENGTH = 20;

export interface ExamplesBar {
  root: HTMLElement;
  render(choice: ExampleChoice, s: SnapshotDTO, picked: PickedExamples): void;
}

const number = (id: string, label: string) =>
  el('input', { id, class: 'example-number', attrs: { type: 'number', min: '1', step: '1', 'aria-label': label } });

/** What is shown, in words: '37 of 300 examples: class 2'. */
export function pickedText(c: ExampleChoice, p: PickedExamples): string {
  const n = p.indices.length;
  const of = `${n} of ${p.m} example${p.m === 1 ? '' : 's'}`;
  if (c.by === 'class' && p.task !== 'regression') return `${of}: those of class ${c.label}`;
  if (c.by === 'misclassified' && p.task !== 'regression')
    return n === 0 ? `none of the ${p.m} examples is misclassified` : `${of}: the misclassified ones`;
  if (c.by === 'largestLoss') {
    const list = p.indices.slice(0, 5).map((i, k) => `${i + 1} (${fmt(p.losses?.[k] ?? NaN)})`);
    return `${of}, largest loss first: example ${list.join(', ')}${n > 5 ? ', …' : ''}`;
  }
  if (c.by === 'range') return n === 0 ? `no example in that range (m = ${p.m})` : `${of}: a range`;
  return `all ${p.m} example${p.m === 1 ? '' : 's'}`;
}

export function createExamplesBar(id: string, choose: (c: ExampleChoice) => void): ExamplesBar {
  const by = el('select', { id: `${id}-by` }, ...KINDS.map(([v, t]) => el('option', { text: t, attrs: { value: v } })));
  const from = number(`${id}-from`, 'First example');
  const to = number(`${id}-to`, 'Last example');
  const cls = el('select', { id: `${id}-class`, attrs: { 'aria-label': 'Class' } });
  const count = number(`${id}-count`, 'How many examples');
  const groups = {
    range: el('span', { class: 'example-group' }, from, ' to ', to),
    class: el('span', { class: 'example-group' }, cls),
    largestLoss: el('span', { class: 'example-group' }, count, ' examples'),
  };
  const note = el('span', { id: `${id}-note`, class: 'note', attrs: { 'aria-live': 'polite' } });
  const root = el(
    'div',
    { id, class: 'examples-bar' },
    el('label', {}, 'Examples shown: ', by),
    ...Object.values(groups),
    note,
  );

  const current = (): ExampleChoice => {
    const n = (i: HTMLInputElement, d: number) => (Number.isInteger(i.valueAsNumber) ? i.valueAsNumber : d);
    switch (by.value) {
      case 'range': {
        const first = Math.max(0, n(from, 1) - 1);
        return { by: 'range', first, last: Math.max(first, n(to, first + RANGE_LENGTH) - 1) };
      }
      case 'class':
        return { by: 'class', label: Number(cls.value) || 0 };
      case 'misclassified':
        return { by: 'misclassified' };
      case 'largestLoss':
        return { by: 'largestLoss', count: Math.max(1, n(count, LOSS_COUNT)) };
      default:
        return { by: 'all' };
    }
  };
  for (const input of [by, from, to, cls, count]) input.addEventListener('change', () => choose(current()));

  let classKey = '';
  const render = (chosen: ExampleChoice, s: SnapshotDTO, p: PickedExamples): void => {
    const c = choiceFits(chosen, p.task) ? chosen : DEFAULT_CHOICE;
    const classes = p.task === 'regression' ? [] : classCounts(s);
    for (const o of Array.from(by.options))
      o.disabled = classes.length === 0 && (o.value === 'class' || o.value === 'misclassified');
    by.value = c.by;
    const set = (i: HTMLInputElement, v: number) => {
      if (document.activeElement !== i) i.value = String(v);
    };
    set(from, c.by === 'range' ? c.first + 1 : 1);
    set(to, c.by === 'range' ? c.last + 1 : Math.min(p.m, RANGE_LENGTH));
    set(count, c.by === 'largestLoss' ? c.count : LOSS_COUNT);
    from.max = to.max = count.max = String(p.m);
    if (classes.join() !== classKey) {
      classKey = classes.join();
      cls.replaceChildren(
        ...classes.map((n, k) => el('option', { text: `class ${k} (${n})`, attrs: { value: String(k) } })),
      );
    }
    cls.value = String(c.by === 'class' ? c.label : 0);
    groups.range.hidden = c.by !== 'range';
    groups.class.hidden = c.by !== 'class' || classes.length === 0;
    groups.largestLoss.hidden = c.by !== 'largestLoss';
    note.textContent = pickedText(c, p);
  };
  return { root, render };
}
