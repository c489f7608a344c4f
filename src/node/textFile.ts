// Reading a text file the user named, bounded: a regular file no larger than a limit, or a
// sentence saying why not (a device or a FIFO would never end; a huge file would exhaust memory).
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { kindOf } from '../core/data/files';
import { render, type Language } from '../core/messages/message';
import { bytes, MAX_PRINTED_STEP_NUMBERS } from '../core/spec/limits';
import { shown } from '../core/spec/shown';

/** How large a file may be read: `bytes` on disk (UTF-8 may take up to 4 bytes a character), said as `shown`. */
export interface TextLimit {
  bytes: number;
  shown: number;
  what: string;
}

/** A trace holds what `train --json --steps K` prints at most: 10,000,000 numbers of about 20 bytes. */
export const TRACE_FILES: TextLimit = {
  bytes: 20 * MAX_PRINTED_STEP_NUMBERS,
  shown: 20 * MAX_PRINTED_STEP_NUMBERS,
  what: 'trace files',
};

/** Fills a message's {0}, {1}… placeholders: the CLI passes its translator, the editor keeps English. */
export type Say = (message: string, ...args: (string | number)[]) => string;
const english: Say = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

/** The file's text, or why it cannot be read: 'Cannot read trace.json: no such file.' */
export function readTextFile(
  file: string,
  limit: TextLimit,
  say: Say = english,
  lang: Language = 'en',
): { text: string } | { problem: string } {
  let fd: number | undefined;
  try {
    fd = openSync(resolve(file), constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return { problem: say('Cannot read {0}: it is {1}, not a file.', shown(file), render(lang, kindOf(stats))) };
    if (stats.size > limit.bytes) {
      const size = `it is ${bytes(stats.size)}; ${limit.what} are at most ${bytes(limit.shown)}`;
      return { problem: say('Cannot read {0}: {1}.', shown(file), size) };
    }
    return { text: readFileSync(fd, 'utf8') };
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? say('no such file') : (e as Error).message;
    return { problem: say('Cannot read {0}: {1}.', shown(file), shown(why)) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
