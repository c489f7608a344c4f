// What every command shares: the output streams, the two kinds of failure, loading a spec file.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import { plural } from '../core/shapes/dims';
import { kindOf } from '../core/data/files';
import { bytes, count, MAX_SPEC_CHARS } from '../core/spec/limits';
import { shown } from '../core/spec/shown';
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

export function wholeNumber(name: string, v: string | undefined, min: number, max = Infinity): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  const range = max === Infinity ? `≥ ${min}` : `from ${min} to ${count(max)}`;
  throw new UsageError(`--${name} must be a whole number ${range}, not '${shown(v)}'.`);
}

/** The spec file's text: a regular file of a size the parser accepts (a device or a FIFO would never end). */
export function readText(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(resolve(file), constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileError(`Cannot read ${shown(file)}: it is ${kindOf(stats)}, not a file.`);
    if (stats.size > 4 * MAX_SPEC_CHARS)
      throw new FileError(
        `Cannot read ${shown(file)}: it is ${bytes(stats.size)}; spec files are at most ${bytes(MAX_SPEC_CHARS)}.`,
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

/**
 * The spec file analysed as the editor analyses it, data paths relative to the file. The data
 * root is the spec's own folder: a spec graded by a script cannot read the grader's other files.
 */
export function load(file: string): Analysis {
  const text = readText(file);
  return analyze(text, diskIO({ baseDir: dirname(resolve(file)) }));
}

/** One line per diagnostic; nothing from the file reaches the terminal unescaped. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${shown(file, Infinity)}:${d.range.line}:${d.range.column}: ${d.severity} ${shown(d.message, Infinity)} [${d.code}]`;
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
