// Writing an expression tree out: with symbols ('W[1]₂,₁ · A[0]₁,₃₇') or with its numbers
// ('0.1 · (-0.5)'), parenthesised only where needed. Operators use '−'; numbers keep '-' so
// they can be copied into code.

import { msg, render as say, type Language } from '../messages/message';
import type { Expr } from './types';

export type RenderMode = 'symbols' | 'numbers';

const SUM = 1;
const PRODUCT = 2;
const UNARY = 3;
const ATOM = 4;

interface Rendered {
  text: string;
  prec: number;
}

/** Six significant digits, trailing zeros dropped; exponent form outside [1e-4, 1e6). */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e6) return String(Number(x.toPrecision(6)));
  return x.toExponential(5).replace(/\.?0+e/, 'e');
}

function number(x: number, display?: string): Rendered {
  const text = display ?? formatNumber(x);
  return { text, prec: text.startsWith('-') ? SUM : ATOM };
}

function wrap(r: Rendered, min: number): string {
  return r.prec >= min ? r.text : `(${r.text})`;
}

function call(name: string, arg: Rendered): Rendered {
  return { text: `${name}(${arg.text})`, prec: ATOM };
}

function sum(e: Expr, mode: RenderMode, lang: Language): Rendered {
  const args = e.args!;
  const parts = args.map((a, k) => wrap(render(a, mode, lang), k === 0 ? SUM : PRODUCT));
  if (e.rest) {
    const more = msg('explain.andMore', { n: e.rest.count });
    parts.push(
      say(lang, mode === 'numbers' ? msg('explain.andMoreSum', { more, sum: formatNumber(e.rest.sum) }) : more),
    );
  }
  return { text: parts.join(' + '), prec: SUM };
}

function operator(e: Expr, mode: RenderMode, lang: Language): Rendered {
  const r = (k: number) => render(e.args![k], mode, lang);
  switch (e.op) {
    case 'add':
      return sum(e, mode, lang);
    case 'sub':
      return { text: `${wrap(r(0), SUM)} − ${wrap(r(1), PRODUCT)}`, prec: SUM };
    case 'mul':
      return { text: e.args!.map((a) => wrap(render(a, mode, lang), PRODUCT)).join(' · '), prec: PRODUCT };
    case 'div':
      return { text: `${wrap(r(0), PRODUCT)} / ${wrap(r(1), UNARY)}`, prec: PRODUCT };
    case 'neg':
      return { text: `−${wrap(r(0), UNARY)}`, prec: UNARY };
    case 'sq':
      return { text: `${wrap(r(0), ATOM)}²`, prec: ATOM };
    case 'sqrt':
      return { text: `√${wrap(r(0), ATOM)}`, prec: ATOM };
    case 'exp':
      return { text: `e^(${r(0).text})`, prec: ATOM };
    case 'log1p':
      return { text: `log(1 + ${wrap(r(0), PRODUCT)})`, prec: ATOM };
    case 'max':
      return { text: `max(${e.args!.map((a) => render(a, mode, lang).text).join(', ')})`, prec: ATOM };
    case 'ifpos':
      return { text: `(${ifElse(lang, r(1).text, `${r(0).text} > 0`, r(2).text)})`, prec: ATOM };
    default:
      return call(e.op, r(0));
  }
}

function render(e: Expr, mode: RenderMode, lang: Language, top = false): Rendered {
  if (e.op === 'num') {
    if (mode === 'symbols' && e.symbol !== undefined) return { text: e.symbol, prec: ATOM };
    return number(e.value, e.display);
  }
  if (!top && e.symbol !== undefined) return mode === 'symbols' ? { text: e.symbol, prec: ATOM } : number(e.value);
  return operator(e, mode, lang);
}

/** 'a if z > 0, else b' in `lang`: the words between the parts of a piecewise formula. */
export function ifElse(lang: Language, then: string, cond: string, otherwise: string): string {
  return say(lang, msg('explain.ifElse', { then, cond, otherwise }));
}

/** The expression written out; its own `symbol`, if any, is ignored (its parts are written). */
export function renderExpr(e: Expr, mode: RenderMode, lang: Language = 'en'): string {
  return render(e, mode, lang, true).text;
}
