// What every command shares: the output streams, the two kinds of failure, loading a spec file.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import { plural } from '../core/shapes/dims';
import { diagnosticJson } from '../core/report';
import { parseSetArgument, type Override } from '../core/spec/overrides';
import { kindOf } from '../core/data/files';
import { bytes, count, MAX_PRINTED_STEP_NUMBERS, MAX_SPEC_CHARS } from '../core/spec/limits';
import { shown } from '../core/spec/shown';
import { diskIO } from '../node/dataFiles';
import type { Diagnostic, Spec } from '../core/spec/types';

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
  const range = max === Infinity ? `≥ ${min}` : `from ${min} to ${count(max)}`;
  throw new UsageError(`--${name} must be a whole number ${range}, not '${shown(v)}'.`);
}

/** How large a file a command reads: `bytes` on disk (UTF-8 may take up to 4 bytes a character), said as `shown`. */
export interface TextLimit {
  bytes: number;
  shown: number;
  what: string;
}
const SPEC_FILES: TextLimit = { bytes: 4 * MAX_SPEC_CHARS, shown: MAX_SPEC_CHARS, what: 'spec files' };
/** A trace holds what `train --json --steps K` prints at most: 10,000,000 numbers of about 20 bytes. */
export const TRACE_FILES: TextLimit = {
  bytes: 20 * MAX_PRINTED_STEP_NUMBERS,
  shown: 20 * MAX_PRINTED_STEP_NUMBERS,
  what: 'trace files',
};

/** The spec file's text: a regular file of a size the parser accepts (a device or a FIFO would never end). */
export function readText(file: string, limit: TextLimit = SPEC_FILES): string {
  let fd: number | undefined;
  try {
    fd = openSync(resolve(file), constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileError(`Cannot read ${shown(file)}: it is ${kindOf(stats)}, not a file.`);
    if (stats.size > limit.bytes)
      throw new FileError(
        `Cannot read ${shown(file)}: it is ${bytes(stats.size)}; ${limit.what} are at most ${bytes(limit.shown)}.`,
      );
    return readFileSync(fd, 'utf8');
  } catch (e) {
    if (e instanceof FileError) throw e;
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new FileError(`Cannot read ${shown(file)}: ${shown(why)}.`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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
    const o = parseSetArgument(arg);
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
  const bad = analysis.diagnostics.filter((d) => d.severity === 'error' && d.from !== undefined);
  if (bad.length > 0) throw new UsageError(bad.map((d) => d.message).join('\n'));
  return analysis;
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
  return `${name}:${d.range.line}:${d.range.column}: ${d.severity} ${shown(d.message, Infinity)} [${d.code}]${related.join('')}`;
}

export function countsText(ds: Diagnostic[]): string {
  const n = (s: Diagnostic['severity']) => ds.filter((d) => d.severity === s).length;
  return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}`;
}

/** The one FILE a command takes. */
export function oneFile(command: string, positionals: string[]): string {
  const [file, ...rest] = positionals;
  if (!file) throw new UsageError(`Missing FILE for '${command}'.`);
  if (rest.length > 0) throw new UsageError(`Unexpected argument '${rest[0]}'.`);
  return file;
}

/** The spec with `--iterations N`: N steps instead of the file's iterations or epochs. */
export function withIterations(spec: Spec, iterations: number | undefined): Spec {
  if (iterations === undefined) return spec;
  return { ...spec, training: { ...spec.training, iterations, epochs: undefined } };
}

/** A file that cannot run: its diagnostics (as JSON with --json), and exit 1. `what` says what was not done. */
export function notRunnable(file: string, analysis: Analysis, json: boolean, io: Out, what: string): number {
  if (json) io.out(JSON.stringify({ diagnostics: analysis.diagnostics.map(diagnosticJson) }, null, 2));
  else {
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(file, d));
    io.err(`${file}: ${what}: ${countsText(analysis.diagnostics)}.`);
  }
  return 1;
}
