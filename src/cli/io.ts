// What every command shares: the output streams, the two kinds of failure, loading a spec file.
import { dirname, resolve } from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import { diagnosticJson } from '../core/report';
import { parseSetArgument, type Override } from '../core/spec/overrides';
import { count, MAX_SPEC_CHARS } from '../core/spec/limits';
import { shown } from '../core/spec/shown';
import { diskIO } from '../node/dataFiles';
import { readTextFile, type TextLimit } from '../node/textFile';
import { language, say } from './language';
import { localizeDiagnostic } from '../core/messages/localize';
import type { MessageId } from '../core/messages/en';
import type { Diagnostic, Severity, Spec } from '../core/spec/types';

/** Where a command writes: `out` for results, `err` for diagnostics and progress. */
export interface Out {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
}

/** A mistake in the command line itself: exit 2 with the usage. */
export class UsageError extends Error {}
/** A file that cannot be read: exit 1 with the reason. */
export class FileError extends Error {}

export function wholeNumber(name: string, v: string | undefined, min: number, max = Infinity): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  const range = max === Infinity ? say('cli.atLeast', { min }) : say('cli.fromTo', { min, max: count(max) });
  throw new UsageError(say('cli.wholeNumber', { option: name, range, value: shown(v) }));
}

const SPEC_FILES: TextLimit = { bytes: 4 * MAX_SPEC_CHARS, shown: MAX_SPEC_CHARS, what: 'cli.specFiles' };

/** The file's text (by default a spec file, of a size the parser accepts); a FileError says why it cannot be read. */
export function readText(file: string, limit: TextLimit = SPEC_FILES): string {
  const r = readTextFile(file, limit, language());
  if ('problem' in r) throw new FileError(r.problem);
  return r.text;
}

/** The --set arguments of the command being run; main() sets them for the command's duration. */
let activeSets: readonly string[] = [];

/** Runs a command with its --set PATH=VALUE arguments, which every load() then applies. */
export function withSets<T>(sets: readonly string[], run: () => T): T {
  const before = activeSets;
  activeSets = sets;
  try {
    return run();
  } finally {
    activeSets = before;
  }
}

function overrides(): Override[] {
  return activeSets.map((arg) => {
    const o = parseSetArgument(arg, language());
    if (typeof o === 'string') throw new UsageError(o);
    return o;
  });
}

/**
 * The spec file analysed as the editor analyses it, data paths relative to the file, with the
 * --set overrides applied. A PATH or VALUE the file cannot take is a usage error naming it. The
 * data root is the spec's own folder: a spec graded by a script cannot read the grader's other files.
 */
export function load(file: string): Analysis {
  const sets = overrides();
  const text = readText(file);
  const analysis = analyze(text, diskIO({ baseDir: dirname(resolve(file)) }), sets);
  // Every diagnostic the commands print reads in the CLI's language.
  const diagnostics = analysis.diagnostics.map((d) => localizeDiagnostic(d, language()));
  const bad = diagnostics.filter((d) => d.severity === 'error' && d.from !== undefined);
  if (bad.length > 0) throw new UsageError(bad.map((d) => d.message).join('\n'));
  return { ...analysis, diagnostics };
}

/**
 * `file:6:8: error message [code]`, then each related place on its own indented line; nothing from
 * the file reaches the terminal unescaped.
 */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const name = shown(file, Infinity);
  const related = (d.related ?? []).map(
    (r) => `\n  ${name}:${r.range.line}:${r.range.column}: ${shown(r.message, Infinity)}`,
  );
  const severity = say(SEVERITY[d.severity]);
  const where = `${name}:${d.range.line}:${d.range.column}`;
  return `${where}: ${severity} ${shown(d.message, Infinity)} [${d.code}]${related.join('')}`;
}

const SEVERITY: Record<Severity, MessageId> = { error: 'cli.error', warning: 'cli.warning', info: 'cli.info' };

export function countsText(ds: Diagnostic[]): string {
  const n = (s: Diagnostic['severity']) => ds.filter((d) => d.severity === s).length;
  return say('cli.counts', { errors: n('error'), warnings: n('warning') });
}

/** The one FILE a command takes. */
export function oneFile(command: string, positionals: string[]): string {
  const [file, ...rest] = positionals;
  if (!file) throw new UsageError(say('cli.missingFile', { command }));
  if (rest.length > 0) throw new UsageError(say('cli.unexpectedArgument', { arg: rest[0] }));
  return file;
}

/** The spec with `--iterations N`: N steps instead of the file's iterations or epochs. */
export function withIterations(spec: Spec, iterations: number | undefined): Spec {
  if (iterations === undefined) return spec;
  return { ...spec, training: { ...spec.training, iterations, epochs: undefined } };
}

/** A file that cannot run: its diagnostics (as JSON with --json), and exit 1. `what` says what was not done. */
export function notRunnable(file: string, analysis: Analysis, json: boolean, io: Out, what: MessageId): number {
  if (json) io.out(JSON.stringify({ diagnostics: analysis.diagnostics.map(diagnosticJson) }, null, 2));
  else {
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(file, d));
    io.err(say('cli.notDone', { file, what: say(what), counts: countsText(analysis.diagnostics) }));
  }
  return 1;
}
