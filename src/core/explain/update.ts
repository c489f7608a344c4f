// Explaining W, b (θ_T, before step T's update) and W+, b+ (θ_T+1, after it): the update of
// gd, momentum or Adam written out, with the moments before the step taken from the snapshot.

import { BETA, BETA1, BETA2, EPSILON } from '../engine/optimizers';
import type { Draft, LineDraft } from './draft';
import { add, div, lineLeaf, mul, num, sub, unary } from './expr';
import type { Source } from './source';

type Param = 'W' | 'b';

/** What every optimizer's lines share: the entry (r, c) of W[l] or b[l], its gradient, and α. */
interface At {
  src: Source;
  param: Param;
  l: number;
  r: number;
  c: number;
  /** Index in the explanation's lines of the first update line. */
  first: number;
}

const sym = (at: At, name: string) => at.src.symbol(name, at.l, at.r, at.c);

/** `name+ = β · name + (1 − β) · g` (g squared for Adam's s): a moment after the step. */
function momentLine(at: At, k: number, beta: number, betaName: string, squared: boolean): LineDraft {
  const name = `${k === 0 ? 'v' : 's'}d${at.param}`;
  const prev = at.src.momentLeaf(k, at.param, at.l, at.r, at.c, name);
  const g = at.src.leaf(at.param === 'W' ? 'dW' : 'db', at.l, at.r, at.c);
  const gText = squared ? `${g.symbol!}²` : g.symbol!;
  const expr = add([
    mul(num(beta, betaName), prev),
    mul(num(1 - beta, `(1 − ${betaName})`), squared ? unary('sq', g) : g),
  ]);
  const lhs = sym(at, `${name}+`);
  return { lhs, formula: `${lhs} = ${betaName} · ${prev.symbol!} + (1 − ${betaName}) · ${gText}`, expr };
}

function gdLines(at: At): LineDraft[] {
  const [theta, lhs] = [at.src.leaf(at.param, at.l, at.r, at.c), sym(at, `${at.param}+`)];
  const g = at.src.leaf(at.param === 'W' ? 'dW' : 'db', at.l, at.r, at.c);
  const alpha = num(at.src.context.learningRate, 'α');
  return [{ lhs, formula: `${lhs} = ${theta.symbol!} − α · ${g.symbol!}`, expr: sub(theta, mul(alpha, g)) }];
}

function momentumLines(at: At): LineDraft[] {
  const [theta, lhs] = [at.src.leaf(at.param, at.l, at.r, at.c), sym(at, `${at.param}+`)];
  const v = momentLine(at, 0, BETA, 'β', false);
  const alpha = num(at.src.context.learningRate, 'α');
  const expr = sub(theta, mul(alpha, lineLeaf(at.first + 1, v.expr.value, v.lhs)));
  return [{ lhs, formula: `${lhs} = ${theta.symbol!} − α · ${v.lhs}`, expr }, v];
}

function adamLines(at: At, t: number): LineDraft[] {
  const [theta, lhs] = [at.src.leaf(at.param, at.l, at.r, at.c), sym(at, `${at.param}+`)];
  const [v, s] = [momentLine(at, 0, BETA1, 'β₁', false), momentLine(at, 1, BETA2, 'β₂', true)];
  const hat = (line: LineDraft, at0: number, beta: number, name: string, symbol: string): LineDraft => {
    const lhs = sym(at, symbol);
    const c = num(1 - Math.pow(beta, t), `(1 − ${name}ᵗ)`);
    return {
      lhs,
      formula: `${lhs} = ${line.lhs} / (1 − ${name}ᵗ)`,
      expr: div(lineLeaf(at0, line.expr.value, line.lhs), c),
    };
  };
  const vHat = hat(v, at.first + 3, BETA1, 'β₁', `v̂d${at.param}`);
  const sHat = hat(s, at.first + 4, BETA2, 'β₂', `ŝd${at.param}`);
  const step = mul(num(at.src.context.learningRate, 'α'), lineLeaf(at.first + 1, vHat.expr.value, vHat.lhs));
  const denominator = add([unary('sqrt', lineLeaf(at.first + 2, sHat.expr.value, sHat.lhs)), num(EPSILON, 'ε')]);
  const formula = `${lhs} = ${theta.symbol!} − α · ${vHat.lhs} / (√${sHat.lhs} + ε)`;
  return [{ lhs, formula, expr: sub(theta, div(step, denominator)) }, vHat, sHat, v, s];
}

function optimizerNote(at: At, T: number): string {
  const alpha = `α = ${at.src.context.learningRate}`;
  const [v, s] = [`vd${at.param}`, `sd${at.param}`];
  switch (at.src.context.optimizer) {
    case 'gd':
      return at.src.say('explain.gd', { alpha });
    case 'momentum':
      return at.src.say('explain.momentum', { beta: BETA, alpha, v, step: T });
    case 'adam':
      return at.src.say('explain.adam', {
        beta1: BETA1,
        beta2: BETA2,
        epsilon: EPSILON,
        alpha,
        t: T + 1,
        v,
        s,
        step: T,
      });
  }
}

/** The update of entry (r, c) of W[l] or b[l] as lines starting at index `first`, with its notes. */
export function updateLines(src: Source, param: Param, l: number, r: number, c: number, first: number) {
  const at: At = { src, param, l, r, c, first };
  const t = src.snapshot.step + 1;
  const optimizer = src.context.optimizer;
  const lines = optimizer === 'gd' ? gdLines(at) : optimizer === 'momentum' ? momentumLines(at) : adamLines(at, t);
  const notes = [optimizerNote(at, src.snapshot.step)];
  if (param === 'W' && src.context.regularization) notes.push(src.say('explain.dwRegularised'));
  const d = param === 'W' ? 'dW' : 'db';
  const moments = optimizer === 'gd' ? [] : optimizer === 'momentum' ? [`v${d}[${l}]`] : [`v${d}[${l}]`, `s${d}[${l}]`];
  return { lines, notes, moments };
}

/** W+ / b+: θ_T+1. The caller checks that the step has an update. */
export function explainAfter(src: Source, param: Param, l: number, r: number, c: number): Draft {
  return updateLines(src, param, l, r, c, 0);
}

/** W / b: θ_T as step T starts, then (when the step has one) its update. */
export function explainBefore(src: Source, param: Param, l: number, r: number, c: number): Draft {
  const T = src.snapshot.step;
  const lhs = src.symbol(param, l, r, c);
  const origin =
    T === 0
      ? src.say('explain.initial')
      : src.say('explain.previous', { entry: src.symbol(`${param}+`, l, r, c), step: T - 1 });
  src.read(param, l, r, r, c, c);
  const own = { lhs, formula: `${lhs} = ${origin}`, expr: num(src.value(param, l, r, c), lhs) };
  const notes = [src.say('explain.theta', { step: T })];
  if (!src.snapshot.update) {
    notes.push(src.say('explain.noUpdate', { step: T }));
    return { lines: [own], notes };
  }
  const after = updateLines(src, param, l, r, c, 1);
  notes.push(src.say('explain.thenGives', { step: T, lhs: after.lines[0].lhs }), ...after.notes);
  return { lines: [own, ...after.lines], notes, moments: after.moments };
}
