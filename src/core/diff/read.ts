// A trace file's text as a JSON value: Python's NaN and Infinity read as numbers, and bad JSON
// reported with its line and column.
import { msg, type Message } from '../messages/message';
import { jsonErrorOffset } from './jsonError';

const NAN = '__nnspec_NaN__';
const INF = '__nnspec_Infinity__';
const NEG_INF = '__nnspec_-Infinity__';

/** What stands at `offset`, quoted, or that the text ends there. */
function nearText(text: string, offset: number): Message {
  if (offset >= text.length) return msg('diff.read.atEnd');
  return msg('diff.read.atText', { text: JSON.stringify(text.slice(offset, offset + 12)) });
}

function lineAndColumn(text: string, position: number): Message {
  const before = text.slice(0, position).split('\n');
  return msg('diff.read.lineColumn', { line: before.length, column: before[before.length - 1].length + 1 });
}

/**
 * The JSON value of a trace file. Python's json module writes NaN, Infinity and -Infinity for
 * non-finite floats; they are read as such (and `null`, as nnspec's own JSON writes them, as NaN).
 */
export function readTraceJson(text: string): { value: unknown } | { problem: Message } {
  if (text.trim() === '') return { problem: msg('diff.read.empty') };
  const marked = text.replace(/([[,:]\s*)(-Infinity|Infinity|NaN)(?=\s*[,\]}])/g, (_, lead: string, token: string) => {
    const mark = token === 'NaN' ? NAN : token === 'Infinity' ? INF : NEG_INF;
    return `${lead}"${mark}"`;
  });
  try {
    const value: unknown = JSON.parse(marked, (_key, v: unknown) =>
      v === NAN ? NaN : v === INF ? Infinity : v === NEG_INF ? -Infinity : v,
    );
    return { value };
  } catch (e) {
    const offset = jsonErrorOffset(marked);
    // JSON.parse's own explanation, as the JavaScript engine words it.
    const detail = e instanceof Error ? e.message : String(e);
    if (offset === undefined) return { problem: msg('diff.read.invalid', { detail }) };
    const place = lineAndColumn(marked, offset);
    return { problem: msg('diff.read.invalidAt', { place, near: nearText(marked, offset), detail }) };
  }
}
