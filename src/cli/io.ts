// What every command shares: the output streams, the two kinds of failure, loading a spec file.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import { plural } from '../core/shapes/dims';
import { diskIO } from '../node/dataFiles';
import type { Diagnostic } from '../core/spec/types';

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

/**
 * The spec file analysed as the editor analyses it, data paths relative to the file. The data
 * root is the spec's own folder: a spec graded by a script cannot read the grader's other files.
 */
export function load(file: string): Analysis {
  const text = readText(file);
  return analyze(text, diskIO({ baseDir: dirname(resolve(file)) }));
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
