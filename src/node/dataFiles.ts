// Reads the CSV file a spec names, from disk, inside its data root (src/core/data/files.ts says
// what is allowed): the path resolved with symlinks, only a regular file, at most MAX_CSV_BYTES + 1
// bytes read. A synchronous reader for the CLI and the workers, an asynchronous one for the host;
// and the readers of a file the host read itself, or of none.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  isInside,
  kindOf,
  missing,
  notAFile,
  outside,
  tooLarge,
  unreadable,
  type DataRoot,
  type FileRead,
} from '../core/data/files';
import type { DataIO } from '../core/data';
import { english, msg, type Message } from '../core/messages/message';
import { parseSpec } from '../core/spec';
import { MAX_CSV_BYTES } from '../core/spec/limits';
import { Codes } from '../core/spec/codes';
import { shown } from '../core/spec/shown';

/** O_NONBLOCK: opening a FIFO must not wait for a writer (the path may change between the checks and the open). */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** The real path of the file inside the root, or why it may not be read. */
type Located = { real: string } | { problem: FileRead };

/** The folders, resolved, and the path as written resolved against the spec's folder. */
interface Resolved {
  root: string;
  base: string;
  lexical: string;
}

function resolvedPaths(where: DataRoot, file: string, root: string, base: string): Resolved | FileRead {
  const lexical = resolve(base, file);
  // Outside already as written: refused before touching the disk, so nothing is learnt about other folders.
  return isInside(root, lexical) ? { root, base, lexical } : outside(file, where);
}

function judge(where: DataRoot, file: string, r: Resolved, real: string | NodeJS.ErrnoException): Located {
  if (typeof real !== 'string')
    return { problem: real.code === 'ENOENT' ? missing(file, dirname(r.lexical)) : unreadable(file, real) };
  return isInside(r.root, real) ? { real } : { problem: outside(file, where) };
}

function checkStats(file: string, stats: Stats): FileRead | undefined {
  if (!stats.isFile()) return notAFile(file, kindOf(stats));
  if (stats.size > MAX_CSV_BYTES) return tooLarge(file, stats.size);
  return undefined;
}

/** Room for the size fstat gave plus one byte, so a file that grew since is noticed rather than cut. */
function bufferFor(stats: Stats): Buffer {
  return Buffer.allocUnsafe(Math.min(stats.size, MAX_CSV_BYTES) + 1);
}

function decode(file: string, buffer: Buffer, n: number): FileRead {
  if (n > MAX_CSV_BYTES) return tooLarge(file);
  if (n === buffer.length) return unreadable(file, { code: 'ECHANGED' });
  return { text: buffer.toString('utf8', 0, n) };
}

function locateSync(where: DataRoot, file: string): Located {
  const r = resolvedPaths(where, file, realpathSync(resolve(where.root ?? where.baseDir)), realpathSync(where.baseDir));
  if (!('lexical' in r)) return { problem: r };
  let real: string | NodeJS.ErrnoException;
  try {
    real = realpathSync(r.lexical);
  } catch (e) {
    real = e as NodeJS.ErrnoException;
  }
  return judge(where, file, r, real);
}

/** Synchronous: for the CLI and the training worker, which have no event loop to keep free. */
export function readDataFileSync(where: DataRoot, file: string): FileRead {
  try {
    const located = locateSync(where, file);
    if ('problem' in located) return located.problem;
    const fd = openSync(located.real, OPEN_FLAGS);
    try {
      const stats = fstatSync(fd);
      const problem = checkStats(file, stats);
      if (problem) return problem;
      const buffer = bufferFor(stats);
      let n = 0;
      for (let got = -1; got !== 0 && n < buffer.length; n += got)
        got = readSync(fd, buffer, n, buffer.length - n, null);
      return decode(file, buffer, n);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return unreadable(file, e);
  }
}

async function locate(where: DataRoot, file: string): Promise<Located> {
  const [root, base] = await Promise.all([realpath(resolve(where.root ?? where.baseDir)), realpath(where.baseDir)]);
  const r = resolvedPaths(where, file, root, base);
  if (!('lexical' in r)) return { problem: r };
  const real = await realpath(r.lexical).catch((e: NodeJS.ErrnoException) => e);
  return judge(where, file, r, real);
}

/** Asynchronous, for the extension host: the disk is never waited on while the editor runs. */
export async function readDataFile(where: DataRoot, file: string, signal?: AbortSignal): Promise<FileRead> {
  try {
    const located = await locate(where, file);
    if ('problem' in located) return located.problem;
    signal?.throwIfAborted();
    const handle = await open(located.real, OPEN_FLAGS);
    try {
      const stats = await handle.stat();
      const problem = checkStats(file, stats);
      if (problem) return problem;
      const buffer = bufferFor(stats);
      let n = 0;
      for (let got = -1; got !== 0 && n < buffer.length; n += got) {
        signal?.throwIfAborted();
        got = (await handle.read(buffer, n, buffer.length - n, null)).bytesRead;
      }
      return decode(file, buffer, n);
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (signal?.aborted) throw e;
    return unreadable(file, e);
  }
}

/** Reads from disk as analyze() asks, synchronously: the CLI and the worker. */
export function diskIO(where: DataRoot): DataIO {
  return { readCsv: (file) => readDataFileSync(where, file) };
}

/**
 * For the extension host: reads the spec's CSV file (if any) asynchronously first, so that
 * analyze(text, await prefetchedIO(text, where)) never waits on the disk. Rejects when `signal`
 * aborts (the text changed).
 */
export async function prefetchedIO(text: string, where: DataRoot, signal?: AbortSignal): Promise<DataIO> {
  const wanted = dataFileOf(text);
  return wanted === undefined ? givenIO() : givenIO(wanted, await readDataFile(where, wanted, signal));
}

/** data.csv.path as the spec's text writes it, when it reads a file (the spec parsed once more). */
export function dataFileOf(text: string): string | undefined {
  const source = parseSpec(text).spec?.data.source;
  return source?.kind === 'csv' ? source.path : undefined;
}

/** The one file `path` already read (by the host); any other path is unreadable. */
export function givenIO(path?: string, read?: FileRead): DataIO {
  return { readCsv: (file) => (file === path && read ? read : unreadable(file, undefined)) };
}

/** Reads nothing: every data file is reported unreadable for `reason` (Restricted Mode). */
export function refusedIO(reason: Message): DataIO {
  return {
    readCsv: (file) => {
      const l10n = msg('access.refused', { file: shown(file, 120), reason });
      return { code: Codes.dataCsvMissing, problem: english(l10n), l10n };
    },
  };
}
