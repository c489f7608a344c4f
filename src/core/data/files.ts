// What may be read as a data file, and what is said when it may not: the policy every DataIO
// follows (src/node/dataFiles.ts does the reading). A message names the path, never the contents.
import * as path from 'node:path';
import { Codes } from '../spec/codes';
import type { FileRead } from './types';
import { bytes, count, MAX_CSV_BYTES } from '../spec/limits';
import { shown } from '../spec/shown';

export type { FileRead } from './types';

/** Where data files may come from: paths are relative to `baseDir` and must resolve inside `root`. */
export interface DataRoot {
  /** The folder of the .nnspec file. */
  baseDir: string;
  /** The workspace folder holding the spec, or the spec's own folder; `baseDir` when absent. */
  root?: string;
}

/** Whether `file` is `root` or lies under it (both absolute, already resolved). */
export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

function quoted(file: string): string {
  return `data.csv.path '${shown(file, 120)}'`;
}

export function missing(file: string, lookedIn: string): FileRead {
  return {
    code: Codes.dataCsvMissing,
    problem: `Cannot read ${quoted(file)}: no such file next to the spec (looked in ${shown(lookedIn, 200)}).`,
  };
}

export function outside(file: string, where: DataRoot): FileRead {
  const root = where.root ?? where.baseDir;
  const whose = root === where.baseDir ? "the spec's folder" : 'the workspace folder';
  return {
    code: Codes.dataCsvOutside,
    problem:
      `${quoted(file)} leads outside ${whose} (${shown(root, 200)}): nnspec reads data files ` +
      `only inside it, so that a spec cannot read other files on this computer. Copy the file into ${whose}.`,
  };
}

/** `kind` is what the path is instead of a file: 'a folder', 'a named pipe (FIFO)', 'a device', ... */
export function notAFile(file: string, kind: string): FileRead {
  return {
    code: Codes.dataCsvNotFile,
    problem: `${quoted(file)} is ${kind}, not a file: point it at a .csv file.`,
  };
}

/** `size` when the file's size is known (from its stats), otherwise it is only known to be over the cap. */
export function tooLarge(file: string, size?: number): FileRead {
  const what = size === undefined ? 'larger than that' : `${count(size)} bytes`;
  return {
    code: Codes.dataCsvTooLarge,
    problem:
      `${quoted(file)} is ${what}: nnspec reads CSV files of up to ${bytes(MAX_CSV_BYTES)} ` +
      `(${count(MAX_CSV_BYTES)} bytes, about 100,000 examples). Use a sample of the rows.`,
  };
}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an error',
  ECHANGED: 'it grew while it was read; try again',
};

/** Any other failure: the reason in words, from the error's code only (an error's message may quote the file). */
export function unreadable(file: string, e: unknown): FileRead {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  const why = ERRNO[code] ?? (code ? `error ${shown(code, 20)}` : 'it could not be read');
  return { code: Codes.dataCsvMissing, problem: `Cannot read ${quoted(file)}: ${why}.` };
}

/** What a path is when it is not a regular file, from fs.Stats. */
export function kindOf(stats: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}
