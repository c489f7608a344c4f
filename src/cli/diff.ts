// `nnspec diff FILE TRACE.json [--json]`: a trace recorded from the student's own implementation
// against nnspec's run; names the first number that differs (exit 1) or says all agree (exit 0).
// `nnspec diff --helper` prints the numpy helper that records such a trace.
import {
  diffTrace,
  DIFF_TOLERANCE,
  readTraceJson,
  type Compared,
  type DiffResult,
  type Difference,
} from '../core/diff';
import { TRACE_HELPER_PY } from '../core/export/traceHelper';
import { plural } from '../core/shapes/dims';
import type { Command } from './command';
import { load, notRunnable, readText, TRACE_FILES, UsageError, type Out } from './io';

function comparedText(c: Compared): string {
  const parts: string[] = [];
  if (c.matrices > 0) {
    const of = c.steps > 0 ? ` of ${plural(c.steps, 'step')}` : '';
    parts.push(`${c.matrices} ${c.matrices === 1 ? 'matrix' : 'matrices'}${of} (${c.entries} numbers)`);
  }
  if (c.costs > 0) parts.push(plural(c.costs, 'cost'));
  if (c.parameters > 0) parts.push(plural(c.parameters, 'final parameter'));
  if (c.finalCost) parts.push('finalCost');
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

function differenceText(trace: string, d: Difference, c: Compared): string[] {
  const where = d.step === undefined ? 'after training' : `step ${d.step}`;
  const entry = d.kind === 'J' || d.kind === 'finalCost' ? d.entry : `${d.entry} (row ${d.row}, column ${d.column})`;
  const lines = [
    `First difference: ${where}, ${entry}`,
    `  yours   ${d.yours}`,
    `  nnspec  ${d.nnspec}   (relative difference ${d.relativeDifference.toPrecision(2)})`,
    `  ${d.formula}`,
  ];
  if (d.hint) lines.push(`  ${d.hint}`);
  lines.push(`  It is ${d.at} in ${trace}. Everything compared before it agrees: ${comparedText(c)}.`);
  if (c.note) lines.push(`  ${c.note}`);
  return lines;
}

function printResult(trace: string, r: DiffResult, io: Out): void {
  if (r.status === 'invalid') {
    io.err(`${trace} cannot be compared:`);
    for (const p of r.problems) io.err(`  ${p}`);
    return;
  }
  if (r.status === 'differ') {
    for (const line of differenceText(trace, r.first, r.compared)) io.out(line);
    return;
  }
  io.out(
    `${trace} agrees with nnspec (relative differences at most ${DIFF_TOLERANCE.toExponential()}): ${comparedText(r.compared)}.`,
  );
  if (r.compared.note) io.out(r.compared.note);
}

function diff(file: string, tracePath: string, json: boolean, io: Out): number {
  const analysis = load(file);
  const spec = analysis.parse.spec;
  if (!analysis.runnable || !spec || !analysis.dataset || !analysis.shapes)
    return notRunnable(file, analysis, json, io, 'nothing compared');
  const read = readTraceJson(readText(tracePath, TRACE_FILES));
  const result: DiffResult =
    'problem' in read
      ? { status: 'invalid', problems: [read.problem] }
      : diffTrace({ spec, data: analysis.dataset, table: analysis.shapes }, read.value);
  if (json) io.out(JSON.stringify({ tolerance: DIFF_TOLERANCE, ...result }, null, 2));
  else printResult(tracePath, result, io);
  return result.status === 'agree' ? 0 : 1;
}

export const diffCommand: Command = {
  name: 'diff',
  usage: [
    'nnspec diff   FILE TRACE.json [--json]',
    '                                       your implementation against nnspec: the first number that differs',
    'nnspec diff   --helper                 print the numpy helper that records TRACE.json',
  ],
  options: { helper: { type: 'boolean', default: false } },
  run(positionals, values, io) {
    if (values.helper === true) {
      if (positionals.length > 0) throw new UsageError('--helper prints the trace helper and takes no FILE.');
      io.out(TRACE_HELPER_PY.replace(/\n$/, ''));
      return 0;
    }
    const [file, trace, ...rest] = positionals;
    if (!file) throw new UsageError("Missing FILE for 'diff'.");
    if (!trace) throw new UsageError("Missing TRACE.json for 'diff': the trace of your own implementation.");
    if (rest.length > 0) throw new UsageError(`Unexpected argument '${rest[0]}'.`);
    return diff(file, trace, values.json === true, io);
  },
};
