// What every command shares: the output streams, the two kinds of failure, loading a spec file.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import { plural } from '../core/shapes/dims';
import { diagnosticJson } from '../core/report';
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

export function wholeNumber(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, not '${v}'.`);
  return n;
}

export function readText(file: string): string {
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new FileError(`Cannot read ${file}: ${why}.`);
  }
}

/** The spec file analysed as the editor analyses it, data paths relative to the file. */
export function load(file: string): Analysis {
  const text = readText(file);
  const io = { baseDir: dirname(resolve(file)), readFile: (p: string) => readFileSync(p, 'utf8') };
  return analyze(text, io);
}

export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.range.line}:${d.range.column}: ${d.severity} ${d.message} [${d.code}]`;
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
