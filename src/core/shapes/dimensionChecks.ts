// Every dimension check of the spec: causes found first, each reported once; what is left, where it fails.
import type { Diagnostic } from '../spec/types';
import { causeDiagnostic } from './causeReports';
import { diagnose } from './causes';
import type { ReportContext } from './reportContext';
import { symptomDiagnostic } from './symptoms';
import { failedChecks } from './violations';

export function checkDimensions(c: Omit<ReportContext, 'failed'>): Diagnostic[] {
  const context: ReportContext = { ...c, failed: failedChecks(c.facts) };
  const { causes, symptoms } = diagnose(c.facts);
  return [
    ...causes.map((cause) => causeDiagnostic(context, cause)),
    ...symptoms.map((k) => symptomDiagnostic(context, k)),
  ];
}
