// From failed checks to causes: the single edits that explain several failures at once, found greedily.
import { dataSizes, type ShapeFacts } from './facts';
import { applyHypothesis, candidateHypotheses, writtenMatrices, type Hypothesis } from './hypotheses';
import { failedChecks, type Check } from './violations';

export interface Cause {
  hypothesis: Hypothesis;
  /** The failed checks this edit makes pass. */
  explains: Check[];
}

export interface Diagnosis {
  causes: Cause[];
  /** Failed checks no cause explains: each is reported where it fails. */
  symptoms: Check[];
  /** The facts once every cause is fixed: the frame the symptoms are reported in. */
  facts: ShapeFacts;
}

/** What an edit does to the failed checks: those it makes pass, and those it makes fail that passed. */
export function effectOf(f: ShapeFacts, h: Hypothesis, failed: Set<Check>): { removed: Check[]; added: Check[] } {
  const after = failedChecks(applyHypothesis(f, h));
  return {
    removed: [...failed].filter((c) => !after.has(c)),
    added: [...after].filter((c) => !failed.has(c)),
  };
}

/**
 * With one failure as its only evidence, X or Y read the other way must
 * look like data: more examples than rows of features.
 */
function plausibleAlone(f: ShapeFacts, h: Hypothesis): boolean {
  if (h.kind !== 'transpose') return false;
  if (h.matrix !== 'X' && h.matrix !== 'Y') return true;
  const d = dataSizes(applyHypothesis(f, h));
  return h.matrix === 'X' ? (d.mX ?? 0) >= (d.n0 ?? 0) : (d.mY ?? 0) >= (d.nY ?? 0);
}

/** How many written matrices an edit reinterprets: the smaller explanation wins a tie. */
function cost(f: ShapeFacts, h: Hypothesis): number {
  return h.kind === 'layout' ? writtenMatrices(f).length : 1;
}

function lexicallyBefore(a: number[], b: number[]): boolean {
  const k = a.findIndex((x, i) => x !== b[i]);
  return k >= 0 && a[k] < b[k];
}

const KIND_ORDER: Hypothesis['kind'][] = ['transpose', 'layout', 'units', 'input'];

function best(f: ShapeFacts, failed: Set<Check>): Cause | undefined {
  let found: { cause: Cause; score: number[] } | undefined;
  for (const h of candidateHypotheses(f)) {
    const { removed, added } = effectOf(f, h, failed);
    if (added.length > 0 || removed.length === 0) continue;
    // A value changed (units, input) is only the cause when it explains several failures.
    if (removed.length === 1 ? !plausibleAlone(f, h) : h.kind === 'input') continue;
    const score = [-removed.length, cost(f, h), KIND_ORDER.indexOf(h.kind)];
    if (!found || lexicallyBefore(score, found.score)) found = { cause: { hypothesis: h, explains: removed }, score };
  }
  return found?.cause;
}

/** The causes of the failed checks, one edit at a time, and what is left unexplained. */
export function diagnose(f: ShapeFacts): Diagnosis {
  const causes: Cause[] = [];
  let facts = f;
  let failed = failedChecks(f);
  for (let cause = best(facts, failed); cause; cause = best(facts, failed)) {
    causes.push(cause);
    facts = applyHypothesis(facts, cause.hypothesis);
    failed = failedChecks(facts);
  }
  return { causes, symptoms: [...failed], facts };
}
