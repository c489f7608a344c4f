// explain(snapshot, context, 'dW[1][2,1]'): where one number of a step comes from, as plain JSON
// (see types.ts). The CLI, the panel and the hover all call this; none recomputes anything.

import { exampleAxis, layoutWithExampleAxis, orderForAxis } from '../layout';
import { msg, render, type Language } from '../messages/message';
import type { Spec } from '../spec/types';
import type { Snapshot } from '../training/types';
import { explainDA, explainDZ } from './backward';
import { explainJ } from './cost';
import type { Draft } from './draft';
import { checkEntry, matrixLabel, parseEntry, type Entry } from './entry';
import { nodes, num } from './expr';
import { exampleText, explainA, explainZ } from './forward';
import { explainDb, explainDW } from './gradients';
import { formatNumber, renderExpr } from './render';
import { Source } from './source';
import { entryName } from './symbols';
import type { EntryRef, ExplainContext, ExplainResult, Explanation, Expr, Line, Term } from './types';
import { explainAfter, explainBefore } from './update';

export type { ExplainContext, ExplainResult, Explanation } from './types';

export function explainContext(spec: Spec): ExplainContext {
  const layers = spec.network.layers;
  const context: ExplainContext = {
    exampleAxis: exampleAxis(spec.layout),
    activations: layers.map((l) => l.activation),
    alphas: layers.map((l) => l.alpha),
    loss: spec.loss,
    optimizer: spec.training.optimizer,
    learningRate: spec.training.learningRate,
  };
  if (spec.training.regularization) context.regularization = spec.training.regularization;
  return context;
}

/** X and Y: data, which nothing in the network computes. */
function explainData(src: Source, matrix: 'A' | 'Y', r: number, c: number): Draft {
  const layer = matrix === 'A' ? 0 : src.L;
  const lhs = src.symbol(matrix, layer, r, c);
  src.read(matrix, layer, r, r, c, c);
  const what = src.say(matrix === 'A' ? 'explain.dataFeature' : 'explain.dataTarget', { row: r + 1, example: c + 1 });
  const formula = matrix === 'A' ? `${lhs} = ${src.symbol('X', 0, r, c)}: ${what}` : `${lhs}: ${what}`;
  return {
    lines: [{ lhs, formula, expr: num(src.value(matrix, layer, r, c), lhs) }],
    notes: [src.say('explain.dataNote', { example: exampleText(src, c) })],
  };
}

function draftOf(src: Source, e: Exclude<Entry, { matrix: 'J' }>, r: number, c: number): Draft {
  const l = e.layer;
  switch (e.matrix) {
    case 'Z':
      return explainZ(src, l, r, c);
    case 'A':
      return l === 0 ? explainData(src, 'A', r, c) : explainA(src, l, r, c);
    case 'Y':
      return explainData(src, 'Y', r, c);
    case 'dA':
      return explainDA(src, l, r, c);
    case 'dZ':
      return explainDZ(src, l, r, c);
    case 'dW':
      return explainDW(src, l, r, c);
    case 'db':
      return explainDb(src, l, r);
    case 'W':
    case 'b':
      return explainBefore(src, e.matrix, l, r, c);
    case 'W+':
    case 'b+':
      return explainAfter(src, e.matrix === 'W+' ? 'W' : 'b', l, r, c);
  }
}

function refsIn(e: Expr, into: Map<string, EntryRef> = new Map()): EntryRef[] {
  for (const n of nodes(e)) if (n.ref && !into.has(n.ref.name)) into.set(n.ref.name, n.ref);
  return [...into.values()];
}

function line(draft: Draft['lines'][number], value: number, lang: Language): Line {
  const numbers = draft.expr.op === 'num' ? '' : `${renderExpr(draft.expr, 'numbers', lang)} = `;
  return {
    lhs: draft.lhs,
    formula: draft.formula,
    substituted: `${draft.lhs} = ${numbers}${formatNumber(value)}`,
    value,
    expr: draft.expr,
  };
}

function term(e: Expr, lang: Language): Term {
  return {
    label: e.symbol ?? renderExpr(e, 'symbols', lang),
    substituted: renderExpr(e, 'numbers', lang),
    value: e.value,
    refs: refsIn(e),
  };
}

function assemble(src: Source, entry: string, value: number, draft: Draft): Explanation {
  const lines = draft.lines.map((d, k) => line(d, k === 0 ? value : d.expr.value, src.lang));
  const links = new Map<string, EntryRef>();
  for (const l of lines) refsIn(l.expr, links);
  const highlights = src.regions();
  const explanation: Explanation = {
    entry,
    step: src.snapshot.step,
    value,
    formula: lines.map((l) => l.formula).join('\n'),
    substituted: lines.map((l) => l.substituted).join('\n'),
    operands: [...highlights.map((h) => matrixLabel(h.matrix, h.layer)), ...(draft.moments ?? [])],
    lines,
    terms: draft.main?.args?.map((t) => term(t, src.lang)) ?? [],
    notes: draft.notes,
    links: [...links.values()],
    highlights,
  };
  const rest = draft.main?.rest;
  if (rest) explanation.truncated = { shown: draft.main!.args!.length, more: rest.count, sum: rest.sum };
  return explanation;
}

/**
 * Explains entry `name` of the step in `snapshot` (for `context`, see explainContext), its notes and errors in
 * `lang`; formulas and numbers are the same in every language.
 */
export function explain(
  snapshot: Snapshot,
  context: ExplainContext,
  name: string,
  lang: Language = 'en',
): ExplainResult {
  const parsed = parseEntry(name, lang);
  if (!parsed.ok) return parsed;
  const src = new Source(snapshot, context, lang);
  const checked = checkEntry(
    parsed.value,
    { sizes: src.sizes, m: src.m, layout: layoutWithExampleAxis(context.exampleAxis) },
    lang,
  );
  if (!checked.ok) return checked;
  const e = checked.value;
  if (e.matrix === 'J') return { ok: true, explanation: assemble(src, 'J', snapshot.cost, explainJ(src)) };
  const entry = entryName(e.matrix, e.layer, e.row, e.col);
  if ((e.matrix === 'W+' || e.matrix === 'b+') && !snapshot.update) {
    return { ok: false, error: render(lang, msg('explain.diverged', { entry, step: snapshot.step })) };
  }
  const [r, c] = orderForAxis(context.exampleAxis, e.row - 1, e.col - 1);
  return { ok: true, explanation: assemble(src, entry, src.value(e.matrix, e.layer, r, c), draftOf(src, e, r, c)) };
}
