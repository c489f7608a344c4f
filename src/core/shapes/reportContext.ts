// What every shape report reads, and the certain fixes for a set of failed checks.
import { relatedAt } from '../messages/attached';
import { msg, type Message } from '../messages/message';
import type { Fix, Related } from '../spec/types';
import { otherLayout } from '../layout';
import { effectOf } from './causes';
import { replaceNumber, setLayoutFix, transposeAllFix, transposeFix, type FixContext } from './fixes';
import type { Hypothesis } from './hypotheses';
import { unitsPath } from './places';
import { sourceOf } from './sources';
import type { ChainStep, DimensionSource, ForwardChain, ShapeTable } from './types';
import type { Check } from './violations';

export interface ReportContext extends FixContext {
  /** The checks the file fails as written. */
  failed: Set<Check>;
  chain: ForwardChain;
  sources: DimensionSource[];
  table: ShapeTable;
}

/** The text fixes that make an edit. */
function textFixes(c: ReportContext, h: Hypothesis): (Fix | undefined)[] {
  switch (h.kind) {
    case 'transpose':
      return [transposeFix(c, h.matrix)];
    case 'layout':
      return [setLayoutFix(c, otherLayout(c.facts.layout)), transposeAllFix(c)];
    case 'units':
      return [
        replaceNumber(c.ranges, unitsPath(h.layer), h.value, msg('fix.setUnits', { layer: h.layer, value: h.value })),
      ];
    case 'input':
      return [replaceNumber(c.ranges, 'network.input', h.value, msg('fix.setInput', { value: h.value }))];
  }
}

/** Fixes for the edits that make every one of `checks` pass and no other check fail: only certain ones. */
export function certainFixes(c: ReportContext, checks: Check[], edits: Hypothesis[]): Fix[] {
  return edits
    .filter((h) => {
      const { removed, added } = effectOf(c.facts, h, c.failed);
      return added.length === 0 && checks.every((k) => removed.includes(k));
    })
    .flatMap((h) => textFixes(c, h))
    .filter((f): f is Fix => f !== undefined);
}

/** Where a dimension is set, as related information ('n[1] = 4 from layers[1].units'). */
export function sourceRelated(c: ReportContext, symbols: string[]): Related[] {
  return symbols
    .map((s) => sourceOf(c.sources, s))
    .filter((s): s is DimensionSource => s !== undefined)
    .map((s) => (s.l10n ? relatedAt(s.l10n.text, s.range) : { message: s.text, range: s.range }));
}

/** How a message names a dimension: 'n[1] = 4, the units of layer 1'. */
export function dimensionPhrase(c: ReportContext, symbol: string): Message | string {
  const s = sourceOf(c.sources, symbol);
  if (!s) return symbol;
  const phrase = s.l10n?.phrase ?? s.phrase;
  return msg('shape.dimensionPhrase', { dim: s.value === undefined ? symbol : `${symbol} = ${s.value}`, phrase });
}

/**
 * ' Z[2] = W[2] A[1]: (1, 3)(4, m) — 3 ≠ 4.' for the step of layer `l` (L + 1: the output) when it
 * fails in one of the ways given, or ''.
 */
export function productSentence(c: ReportContext, l: number, ways?: ChainStep['failing'][]): string {
  const step = c.chain.steps[l - 1];
  if (!step?.failure || (ways && !ways.includes(step.failing))) return '';
  return ` ${step.failure}.`;
}
