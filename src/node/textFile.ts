// Reading a text file the user named, bounded: a regular file no larger than a limit, or a
// sentence saying why not (a device or a FIFO would never end; a huge file would exhaust memory).
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { kindOf } from '../core/data/files';
import type { MessageId } from '../core/messages/en';
import { msg, render, type Language, type Param } from '../core/messages/message';
import { bytes, MAX_PRINTED_STEP_NUMBERS } from '../core/spec/limits';
import { shown } from '../core/spec/shown';

/** How large a file may be read: `bytes` on disk (UTF-8 may take up to 4 bytes a character), said as `shown`. */
export interface TextLimit {
  bytes: number;
  shown: number;
  /** What such files are called: 'spec files', 'trace files'. */
  what: MessageId;
}

/** A trace holds what `train --json --steps K` prints at most: 10,000,000 numbers of about 20 bytes. */
export const TRACE_FILES: TextLimit = {
  bytes: 20 * MAX_PRINTED_STEP_NUMBERS,
  shown: 20 * MAX_PRINTED_STEP_NUMBERS,
  what: 'cli.traceFiles',
};

/** The file's text, or why it cannot be read, in `lang`: 'Cannot read trace.json: no such file.' */
export function readTextFile(
  file: string,
  limit: TextLimit,
  lang: Language = 'en',
): { text: string } | { problem: string } {
  const say = (id: MessageId, params: Record<string, Param>) => render(lang, msg(id, params));
  let fd: number | undefined;
  try {
    fd = openSync(resolve(file), constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: say('cli.notAFile', { file: shown(file), kind: kindOf(stats) }) };
    if (stats.size > limit.bytes) {
      const size = msg('cli.tooLarge', { size: bytes(stats.size), what: msg(limit.what), max: bytes(limit.shown) });
      return { problem: say('cli.cannotRead', { file: shown(file), why: size }) };
    }
    return { text: readFileSync(fd, 'utf8') };
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? msg('cli.noSuchFile') : shown((e as Error).message);
    return { problem: say('cli.cannotRead', { file: shown(file), why }) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
