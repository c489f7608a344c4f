// `nnspec diff FILE TRACE.json [--json]`: a trace recorded from the student's own implementation
// against nnspec's run; names the first number that differs (exit 1) or says all agree (exit 0).
// `nnspec diff --helper` prints the numpy helper that records such a trace.
import { diffTrace, DIFF_TOLERANCE, readTraceJson, type DiffResult } from '../core/diff';
import { diffReportLines, diffResultJson } from '../core/diff/text';
import { TRACE_HELPER_PY } from '../core/export/traceHelper';
import type { Command } from './command';
import { TRACE_FILES } from '../node/textFile';
import { load, notRunnable, readText, UsageError, type Out } from './io';
import { language, say } from './language';

function diff(file: string, tracePath: string, json: boolean, io: Out): number {
  const analysis = load(file);
  const spec = analysis.parse.spec;
  if (!analysis.runnable || !spec || !analysis.dataset || !analysis.shapes)
    return notRunnable(file, analysis, json, io, 'cli.nothingCompared');
  const read = readTraceJson(readText(tracePath, TRACE_FILES));
  const result: DiffResult =
    'problem' in read
      ? { status: 'invalid', problems: [read.problem] }
      : diffTrace({ spec, data: analysis.dataset, table: analysis.shapes }, read.value);
  if (json) io.out(JSON.stringify({ tolerance: DIFF_TOLERANCE, ...diffResultJson(result) }, null, 2));
  else {
    for (const line of diffReportLines(tracePath, result, language())) {
      if (result.status === 'invalid') io.err(line);
      else io.out(line);
    }
  }
  return result.status === 'agree' ? 0 : 1;
}

export const diffCommand: Command = {
  name: 'diff',
  usage: [
    { synopsis: 'nnspec diff   FILE TRACE.json [--json]' },
    { synopsis: ' '.repeat(39), what: 'cli.usage.diff' },
    { synopsis: 'nnspec diff   --helper                 ', what: 'cli.usage.diffHelper' },
  ],
  options: { helper: { type: 'boolean', default: false } },
  run(positionals, values, io) {
    if (values.helper === true) {
      if (positionals.length > 0) throw new UsageError(say('cli.helperTakesNoFile'));
      // The helper does not depend on any spec, so an override could only be silently ignored.
      if ((values.set as string[] | undefined)?.length) throw new UsageError(say('cli.helperTakesNoSet'));
      io.out(TRACE_HELPER_PY.replace(/\n$/, ''));
      return 0;
    }
    const [file, trace, ...rest] = positionals;
    if (!file) throw new UsageError(say('cli.missingFile', { command: 'diff' }));
    if (!trace) throw new UsageError(say('cli.missingTrace'));
    if (rest.length > 0) throw new UsageError(say('cli.unexpectedArgument', { arg: rest[0] }));
    return diff(file, trace, values.json === true, io);
  },
};
