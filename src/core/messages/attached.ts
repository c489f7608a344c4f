// Fixes and related places keep the plain shape tests and clients read ({ title, ... }, { message, range });
// the message they were built from rides beside them until diagnostic() files it on the diagnostic.
import type { Fix, Range, Related, TextEdit } from '../spec/types';
import { english, type Message } from './message';

const built = new WeakMap<object, Message>();

/** The message an object's English text was rendered from, if it was built from one. */
export const messageOf = (o: object): Message | undefined => built.get(o);

/** A fix titled by a message. */
export function fixTitled(title: Message, range: Range, text: string, also?: TextEdit[]): Fix {
  const fix: Fix = also ? { title: english(title), range, text, also } : { title: english(title), range, text };
  built.set(fix, title);
  return fix;
}

/** A copy of an edit (or fix) with a title from a message. */
export function titled<T extends Omit<Fix, 'title'>>(title: Message, edit: T): T & Fix {
  const fix = { title: english(title), ...edit };
  built.set(fix, title);
  return fix;
}

/** A related place whose message is a message of the catalog. */
export function relatedAt(message: Message, range: Range): Related {
  const r = { message: english(message), range };
  built.set(r, message);
  return r;
}
