// The student's choice of examples for the step's matrices: all, a range, one class, the
// misclassified ones, or those with the largest loss; and a line saying what is shown.

import type { ExampleChoice, SnapshotDTO } from '../src/protocol';
import { el } from './dom';
import { fmt } from './format';
import { label, type LabelId } from './labels';
import { choiceFits, classCounts, DEFAULT_CHOICE, type PickedExamples } from './examplePicker';

const KINDS: [ExampleChoice['by'], LabelId][] = [
  ['all', 'examples.byAll'],
  ['range', 'examples.byRange'],
  ['class', 'examples.byClass'],
  ['misclassified', 'examples.byMisclassified'],
  ['largestLoss', 'examples.byLargestLoss'],
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
  const text = choiceText(c, p);
  return p.sampled ? text + label('examples.sampled', { sent: p.m, m: p.sampled.m }) : text;
}

function choiceText(c: ExampleChoice, p: PickedExamples): string {
  const n = p.indices.length;
  const m = p.m;
  const of = label('examples.of', { shown: n, m });
  if (c.by === 'class' && p.task !== 'regression') return label('examples.ofClass', { of, cls: c.label });
  if (c.by === 'misclassified' && p.task !== 'regression')
    return n === 0 ? label('examples.noneMisclassified', { m }) : label('examples.misclassified', { of });
  if (c.by === 'largestLoss') {
    const inBatch = (i: number) => (p.sampled?.index[i] ?? i) + 1; // its place in the batch
    const list = p.indices.slice(0, 5).map((i, k) => `${inBatch(i)} (${fmt(p.losses?.[k] ?? NaN)})`);
    return label('examples.largestLoss', { of, list: `${list.join(', ')}${n > 5 ? ', …' : ''}` });
  }
  if (c.by === 'range') return n === 0 ? label('examples.noneInRange', { m }) : label('examples.range', { of });
  return label('examples.all', { m });
}

/** The bar's controls: what to choose by, and the details of each kind of choice. */
class ExampleControls {
  readonly by: HTMLSelectElement;
  readonly from: HTMLInputElement;
  readonly to: HTMLInputElement;
  readonly cls: HTMLSelectElement;
  readonly count: HTMLInputElement;
  readonly groups: Record<'range' | 'class' | 'largestLoss', HTMLElement>;
  private classKey = '';

  constructor(id: string) {
    this.by = el(
      'select',
      { id: `${id}-by` },
      ...KINDS.map(([v, t]) => el('option', { text: label(t), attrs: { value: v } })),
    );
    this.from = number(`${id}-from`, label('examples.firstName'));
    this.to = number(`${id}-to`, label('examples.lastName'));
    this.cls = el('select', { id: `${id}-class`, attrs: { 'aria-label': label('examples.className') } });
    this.count = number(`${id}-count`, label('examples.countName'));
    this.groups = {
      range: el('span', { class: 'example-group' }, this.from, label('examples.to'), this.to),
      class: el('span', { class: 'example-group' }, this.cls),
      largestLoss: el('span', { class: 'example-group' }, this.count, label('examples.countAfter')),
    };
  }

  /** The choice the controls say (1-based numbers in the inputs, 0-based indices in the choice). */
  read(): ExampleChoice {
    const n = (i: HTMLInputElement, d: number) => (Number.isInteger(i.valueAsNumber) ? i.valueAsNumber : d);
    switch (this.by.value) {
      case 'range': {
        const first = Math.max(0, n(this.from, 1) - 1);
        return { by: 'range', first, last: Math.max(first, n(this.to, first + RANGE_LENGTH) - 1) };
      }
      case 'class':
        return { by: 'class', label: Number(this.cls.value) || 0 };
      case 'misclassified':
        return { by: 'misclassified' };
      case 'largestLoss':
        return { by: 'largestLoss', count: Math.max(1, n(this.count, LOSS_COUNT)) };
      default:
        return { by: 'all' };
    }
  }

  /** Shows choice `c`; an input being edited keeps what the student is typing. */
  show(c: ExampleChoice, m: number, classes: number[]): void {
    for (const o of Array.from(this.by.options))
      o.disabled = classes.length === 0 && (o.value === 'class' || o.value === 'misclassified');
    this.by.value = c.by;
    const set = (i: HTMLInputElement, v: number) => {
      if (document.activeElement !== i) i.value = String(v);
    };
    set(this.from, c.by === 'range' ? c.first + 1 : 1);
    set(this.to, c.by === 'range' ? c.last + 1 : Math.min(m, RANGE_LENGTH));
    set(this.count, c.by === 'largestLoss' ? c.count : LOSS_COUNT);
    this.from.max = this.to.max = this.count.max = String(m);
    if (classes.join() !== this.classKey) {
      this.classKey = classes.join();
      const options = classes.map((n, k) =>
        el('option', { text: label('examples.classOption', { cls: k, count: n }), attrs: { value: String(k) } }),
      );
      this.cls.replaceChildren(...options);
    }
    this.cls.value = String(c.by === 'class' ? c.label : 0);
    this.groups.range.hidden = c.by !== 'range';
    this.groups.class.hidden = c.by !== 'class' || classes.length === 0;
    this.groups.largestLoss.hidden = c.by !== 'largestLoss';
  }
}

/** `live`: the note is announced when it changes (one bar of the two, so that it is said once). */
export function createExamplesBar(id: string, choose: (c: ExampleChoice) => void, live: boolean): ExamplesBar {
  const controls = new ExampleControls(id);
  const note = el('span', { id: `${id}-note`, class: 'note', attrs: live ? { 'aria-live': 'polite' } : {} });
  const shownLabel = el('label', {}, label('examples.shown'), controls.by);
  const root = el('div', { id, class: 'examples-bar' }, shownLabel, ...Object.values(controls.groups), note);
  for (const input of [controls.by, controls.from, controls.to, controls.cls, controls.count])
    input.addEventListener('change', () => choose(controls.read()));
  const render = (chosen: ExampleChoice, s: SnapshotDTO, p: PickedExamples): void => {
    const c = choiceFits(chosen, p.task) ? chosen : DEFAULT_CHOICE;
    controls.show(c, p.m, p.task === 'regression' ? [] : classCounts(s));
    const text = pickedText(c, p);
    if (note.textContent !== text) note.textContent = text; // a live region speaks on every write
  };
  return { root, render };
}
