// The forward pass with the shapes the file gives (ShapeTable.chain), drawn when they do not fit: each
// step's operands and result, those the file writes marked, the axes that disagree in the error colour,
// each step's verdict in words, and below them the fixes of the shape errors as buttons.

import { dimText, symbolicShape } from '../src/core/shapes/dims';
import type { ChainOperand, ChainStep, Dim, ForwardChain } from '../src/core/shapes/types';
import { sourceSentence, type Dimensions } from './dimensions';
import { el } from './dom';

/** An axis of a step: 'operand index:axis', the result's as 'r:axis'. */
type AxisKey = `${number | 'r'}:${number}`;

const differ = (a: Dim, b: Dim): boolean => a.value !== undefined && b.value !== undefined && a.value !== b.value;
const indexOf = (ops: ChainOperand[], matrix: 'W' | 'b'): number =>
  ops.findIndex((o) => o.name.startsWith(`${matrix}[`));

/** The bias's axes that disagree: its '1' axis must be 1, its other one as W's axis of the same symbol. */
function biasAxes(ops: ChainOperand[]): AxisKey[] {
  const [w, b] = [indexOf(ops, 'W'), indexOf(ops, 'b')];
  const out: AxisKey[] = [];
  ops[b].dims.forEach((d, axis) => {
    if (d.symbol === '1') {
      if (d.value !== 1) out.push(`${b}:${axis}`);
      return;
    }
    const wAxis = ops[w].dims.findIndex((x) => x.symbol === d.symbol);
    if (wAxis >= 0 && differ(ops[w].dims[wAxis], d)) out.push(`${b}:${axis}`, `${w}:${wAxis}`);
  });
  return out;
}

/** The axes whose sizes make the step fail. The operands are in the formula's order, so no layout is needed. */
function badAxes(step: ChainStep): Set<AxisKey> {
  const ops = step.operands;
  switch (step.failing) {
    case 'product':
      return new Set(['0:1', '1:0']); // the columns of the left factor against the rows of the right one
    case 'output':
      return new Set(
        [0, 1].filter((i) => differ(ops[0].dims[i], ops[1].dims[i])).flatMap((i) => [`0:${i}`, `1:${i}`] as const),
      );
    case 'bias':
      return new Set(biasAxes(ops));
    case 'units': {
      const n = `n[${step.layer}]`;
      const w = indexOf(ops, 'W');
      const onW: AxisKey = `${w}:${ops[w].dims.findIndex((d) => d.symbol === n)}`;
      const onZ: AxisKey = `r:${step.result?.dims.findIndex((d) => d.symbol === n) ?? -1}`;
      return new Set([onW, onZ]);
    }
    default:
      return new Set();
  }
}

/** An axis's tooltip: where its dimension is set, and when the file writes another size, that one. */
function axisTitle(d: Dim, dims: Dimensions): string {
  const src = dims.of(d.symbol);
  if (!src) return d.symbol;
  if (d.value !== undefined && src.value !== undefined && d.value !== src.value)
    return `${d.symbol} here is ${d.value}, but ${sourceSentence(src)}`;
  return sourceSentence(src);
}

function operandView(o: ChainOperand, key: number | 'r', bad: Set<AxisKey>, dims: Dimensions): HTMLElement {
  const shape = el('span', { class: 'op-shape' }, '(');
  o.dims.forEach((d, axis) => {
    const text = !o.written && d.symbol === 'm' ? 'm' : dimText(d); // as in the equations: m stays symbolic
    const marked = bad.has(`${key}:${axis}`);
    shape.append(el('span', { class: marked ? 'axis mismatch' : 'axis', text, title: axisTitle(d, dims) }));
    if (axis === 0) shape.append(', ');
  });
  shape.append(')');
  return el(
    'span',
    {
      class: `operand${o.written ? ' written' : ''}${key === 'r' ? ' result' : ''}`,
      attrs: { 'data-name': o.name },
      title: o.written ? `${o.name} as the file writes it` : undefined,
    },
    el('span', { class: 'op-name', text: o.name }),
    shape,
    el('span', { class: 'op-symbols' }, ...dims.text(symbolicShape(o))),
    o.written ? el('span', { class: 'op-tag', text: 'in the file' }) : null,
  );
}

/** Why a failing step does not fit, in words that hold in either layout. */
function explanation(step: ChainStep): string {
  const ops = step.operands;
  switch (step.failing) {
    case 'product': {
      const [left, right] = ops;
      return `${left.name} has ${dimText(left.dims[1])} columns, ${right.name} has ${dimText(right.dims[0])} rows`;
    }
    case 'bias': {
      const [w, b] = [ops[indexOf(ops, 'W')], ops[indexOf(ops, 'b')]];
      const wanted = b.dims.map((d) =>
        d.symbol === '1' ? '1' : dimText(w.dims.find((x) => x.symbol === d.symbol) ?? d),
      );
      return `${b.name} is ${b.text}, but the sum needs (${wanted.join(', ')})`;
    }
    case 'units': {
      const n = `n[${step.layer}]`;
      const written = ops[indexOf(ops, 'W')].dims.find((d) => d.symbol === n);
      const has = dimText(step.result?.dims.find((d) => d.symbol === n) ?? { symbol: n });
      const wrote = written ? dimText(written) : '?';
      return `W[${step.layer}] is written for ${n} = ${wrote}, but layer ${step.layer} has ${has} units`;
    }
    case 'output':
      return `${ops[0].name} and ${ops[1].name} must have the same shape`;
    default:
      return '';
  }
}

function verdict(step: ChainStep, first: boolean): HTMLElement {
  if (!step.failure) return el('p', { class: 'chain-verdict fits', text: '✓ fits' });
  const sizes = step.failure.split(' — ').at(-1) ?? '';
  const text = `✗ does not fit${first ? '' : ' either'}: ${sizes} — ${explanation(step)}.`;
  return el('p', { class: `chain-verdict ${first ? 'first' : 'later'}`, text, title: step.failure });
}

function stepView(step: ChainStep, index: number, firstFailure: number, dims: Dimensions): HTMLElement {
  const bad = step.failure ? badAxes(step) : new Set<AxisKey>();
  const op = (text: string) => el('span', { class: 'chain-op', text, attrs: { 'aria-hidden': 'true' } });
  const [a, b, c] = step.operands.map((o, i) => operandView(o, i, bad, dims));
  const terms = step.result
    ? [a, op('·'), b, op('+'), c, op('→'), operandView(step.result, 'r', bad, dims)]
    : [a, op('−'), b];
  const first = index === firstFailure;
  const classes = ['chain-step', step.failure ? 'fails' : 'fits', first ? 'first-failure' : ''].join(' ').trim();
  return el(
    'li',
    {
      class: classes,
      attrs: { 'data-step': String(index), ...(step.failing ? { 'data-failing': step.failing } : {}) },
    },
    el(
      'div',
      { class: 'chain-formula' },
      el('span', { class: 'chain-label', text: step.result ? `Layer ${step.layer}` : 'Output' }),
      ' ',
      ...dims.text(step.formula),
    ),
    el('div', { class: 'chain-terms' }, ...terms),
    verdict(step, first),
  );
}

/** The chain of a spec whose shapes do not fit, with `fixes` (the shape errors' fix buttons) below it. */
export function chainBlock(chain: ForwardChain, dims: Dimensions, fixes: HTMLElement[]): HTMLElement {
  const firstFailure = chain.firstFailure ?? -1;
  return el(
    'div',
    { id: 'chain', class: 'chain', attrs: { role: 'group', 'aria-labelledby': 'chain-heading' } },
    el('h3', { id: 'chain-heading', text: 'Forward pass with the shapes the file gives' }),
    el('ol', { class: 'chain-steps' }, ...chain.steps.map((s, i) => stepView(s, i, firstFailure, dims))),
    fixes.length > 0
      ? el('div', { class: 'chain-fixes' }, ...fixes)
      : el('p', { class: 'note', text: 'No fix is certain here: change the file as the error above says.' }),
  );
}
