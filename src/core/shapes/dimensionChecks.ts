// Every dimension check of the spec: causes found first, each reported once in the file as the causes before it
// leave it; what is left, where it fails, in the file as it will be once the causes are fixed.
import type { Diagnostic } from '../spec/types';
import { causeDiagnostic } from './causeReports';
import { diagnose, type Cause } from './causes';
import { forwardChain } from './chain';
import { dataSizes, n0Of, type DataDims, type ShapeFacts } from './facts';
import { applyHypothesis } from './hypotheses';
import type { ReportContext } from './reportContext';
import { dimensionSources } from './sources';
import { symptomDiagnostic } from './symptoms';
import { buildTable } from './table';
import { failedChecks } from './violations';

/**
 * The context a failure left after causes is reported in: the facts, sizes and places as the causes'
 * fixes make them, so that its numbers and its fixes agree with theirs (network.input set to the n[0] of
 * X read in the right layout, not the n[0] of X misread).
 */
function afterCauses(c: ReportContext, facts: ShapeFacts, data?: DataDims): ReportContext {
  if (facts === c.facts) return c;
  const layers = c.spec.network.layers.map((l, i) => ({ ...l, units: facts.units[i] }));
  const spec = { ...c.spec, layout: facts.layout, network: { ...c.spec.network, layers } };
  return {
    ...c,
    facts,
    failed: failedChecks(facts),
    chain: forwardChain(facts),
    sources: dimensionSources(spec, c.ranges, facts, data),
    table: buildTable(spec, n0Of(facts), data?.m ?? dataSizes(facts).mX),
  };
}

/** The panel's table shows the file's layout: a mismatch found in another layout would mark the wrong axis. */
function keepMarks(shown: ReportContext, after: ReportContext): void {
  if (after.table === shown.table || after.facts.layout !== shown.facts.layout) return;
  after.table.layers.forEach((l, i) => {
    shown.table.layers[i].mismatch ??= l.mismatch;
  });
}

/**
 * Each cause reported with the causes before it applied: W[1] written transposed beside a transposed X is
 * (n[1], n[0]) for the n[0] of X read the right way, as the X error says, and its transpose is then certain.
 */
function causeDiagnostics(context: ReportContext, causes: Cause[], data?: DataDims): Diagnostic[] {
  let frame = context;
  return causes.map((cause) => {
    const d = causeDiagnostic(frame, cause);
    keepMarks(context, frame);
    frame = afterCauses(context, applyHypothesis(frame.facts, cause.hypothesis), data);
    return readsAsFixed(cause) && frame.sources !== context.sources ? { ...d, dimensions: frame.sources } : d;
  });
}

/** A transposed matrix or a file in the other layout: its message gives the sizes as its fix reads the data. */
const readsAsFixed = (cause: Cause): boolean =>
  cause.hypothesis.kind === 'transpose' || cause.hypothesis.kind === 'layout';

/** The diagnostics, and the facts as the causes' fixes leave them. */
export function checkDimensions(
  c: Omit<ReportContext, 'failed'>,
  data?: DataDims,
): { diagnostics: Diagnostic[]; facts: ShapeFacts } {
  const context: ReportContext = { ...c, failed: failedChecks(c.facts) };
  const diagnosis = diagnose(c.facts);
  const causes = causeDiagnostics(context, diagnosis.causes, data);
  const after = afterCauses(context, diagnosis.facts, data);
  const symptoms = diagnosis.symptoms.map((k) => symptomDiagnostic(after, k));
  keepMarks(context, after);
  return { diagnostics: [...causes, ...symptoms], facts: diagnosis.facts };
}
