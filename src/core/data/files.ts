// What may be read as a data file, and what is said when it may not: the policy every DataIO
// follows (src/node/dataFiles.ts does the reading). A message names the path, never the contents.
import * as path from 'node:path';
import { english, msg, type Message } from '../messages/message';
import { Codes, type Code } from '../spec/codes';
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

function quoted(file: string): Message {
  return msg('file.path', { file: shown(file, 120) });
}

/** A problem in English, with the message it was rendered from. */
function problem(code: Code, message: Message): FileRead {
  return { code, problem: english(message), l10n: message };
}

export function missing(file: string, lookedIn: string): FileRead {
  return problem(Codes.dataCsvMissing, msg('file.missing', { path: quoted(file), dir: shown(lookedIn, 200) }));
}

export function outside(file: string, where: DataRoot): FileRead {
  const root = where.root ?? where.baseDir;
  const whose = msg(root === where.baseDir ? 'file.specFolder' : 'file.workspaceFolder');
  return problem(Codes.dataCsvOutside, msg('file.outside', { path: quoted(file), whose, root: shown(root, 200) }));
}

/** `kind` is what the path is instead of a file: 'a folder', 'a named pipe (FIFO)', 'a device', ... */
export function notAFile(file: string, kind: Message): FileRead {
  return problem(Codes.dataCsvNotFile, msg('file.notAFile', { path: quoted(file), kind }));
}

/** `size` when the file's size is known (from its stats), otherwise it is only known to be over the cap. */
export function tooLarge(file: string, size?: number): FileRead {
  const what = size === undefined ? msg('file.largerThanThat') : msg('file.bytes', { n: count(size) });
  const max = bytes(MAX_CSV_BYTES);
  return problem(
    Codes.dataCsvTooLarge,
    msg('file.tooLarge', { path: quoted(file), what, max, n: count(MAX_CSV_BYTES) }),
  );
}

const ERRNO: Record<string, Message> = {
  ENOENT: msg('errno.noEntry'),
  EACCES: msg('errno.denied'),
  EPERM: msg('errno.denied'),
  ELOOP: msg('errno.loop'),
  ENAMETOOLONG: msg('errno.longName'),
  ENOTDIR: msg('errno.notDir'),
  EMFILE: msg('errno.tooManyOpen'),
  EIO: msg('errno.io'),
  ECHANGED: msg('errno.changed'),
};

/** Any other failure: the reason in words, from the error's code only (an error's message may quote the file). */
export function unreadable(file: string, e: unknown): FileRead {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  const why = ERRNO[code] ?? (code ? msg('file.errorCode', { code: shown(code, 20) }) : msg('file.couldNotRead'));
  return problem(Codes.dataCsvMissing, msg('file.unreadable', { path: quoted(file), why }));
}

/** What a path is when it is not a regular file, from fs.Stats. */
export function kindOf(stats: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): Message {
  if (stats.isDirectory()) return msg('kind.folder');
  if (stats.isFIFO()) return msg('kind.fifo');
  if (stats.isSocket()) return msg('kind.socket');
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return msg('kind.device');
  return msg('kind.other');
}
