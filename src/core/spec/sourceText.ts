// The text the parser reads, as an editor shows it: no byte-order mark, every line break one that
// VS Code counts ("\r", "\n", "\r\n"), and Unicode spaces pasted from a web page or a PDF read as
// the plain spaces the student meant. Offsets stay those of the text without its BOM.
import type { MessageId } from '../messages/en';
import { msg, type Message } from '../messages/message';

export interface UnicodeSpace {
  /** Offsets of the run of Unicode spaces in the normalised text, end exclusive. */
  start: number;
  end: number;
  /** The first character of the run. */
  char: string;
  /** Whether the run ends its line (so the fix deletes it rather than writing plain spaces). */
  trailing: boolean;
}

export interface SourceText {
  text: string;
  unicodeSpaces: UnicodeSpace[];
}

/** Spaces YAML does not count as spaces (only ' ' and tab are), and line separators VS Code does not break at. */
const UNICODE_SPACE = /[\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const SINGLE_SPACE = /^[\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]$/;

const NAMES: Record<string, MessageId> = {
  '\u00a0': 'space.noBreak',
  '\u202f': 'space.narrowNoBreak',
  '\u3000': 'space.ideographic',
  '\u200b': 'space.zeroWidth',
  '\ufeff': 'space.zeroWidthNoBreak',
  '\u2028': 'space.lineSeparator',
  '\u2029': 'space.paragraphSeparator',
  '\u0085': 'space.nextLine',
};

/** How a run of Unicode spaces is named in a message. */
export function unicodeSpaceName(char: string): Message {
  const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return msg(NAMES[char] ?? 'space.other', { code: `U+${code}` });
}

function blankOrEdge(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * A '-' or '?' that starts a list entry or an explicit key: preceded by a blank (a Unicode space
 * counts, so that fixing one run never makes its neighbour look different).
 */
function isIndicator(text: string, at: number): boolean {
  const c = text[at];
  const before = text[at - 1];
  return (c === '-' || c === '?') && (blankOrEdge(before) || SINGLE_SPACE.test(before));
}

/**
 * Whether the run [start, end) sits where YAML syntax expects a plain space: at the start or end of
 * a line, next to ':' ',' or a bracket, after a list dash, before a comment. A Unicode space between
 * two words (`name: Café Lab`) is part of the text and stays.
 */
function isStructural(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const beforeOk = blankOrEdge(before) || ':,[{'.includes(before) || isIndicator(text, start - 1);
  const afterOk = blankOrEdge(after) || ':,]}#'.includes(after);
  return beforeOk || afterOk;
}

export function sourceText(raw: string): SourceText {
  // VS Code keeps the BOM out of the document's text; columns on line 1 count from after it.
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // A lone CR ends a line for VS Code; YAML would read the whole file as one line. Same length, same offsets.
  const lines = noBom.replace(/\r(?!\n)/g, '\n');
  const unicodeSpaces: UnicodeSpace[] = [];
  const text = lines.replace(UNICODE_SPACE, (run: string, start: number) => {
    const end = start + run.length;
    if (!isStructural(lines, start, end)) return run;
    const next = lines[end];
    unicodeSpaces.push({ start, end, char: run[0], trailing: next === undefined || next === '\n' || next === '\r' });
    return ' '.repeat(run.length);
  });
  return { text, unicodeSpaces };
}
