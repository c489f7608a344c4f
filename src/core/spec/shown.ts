// How text taken from a file appears inside a message: never raw control characters (they would
// reach a terminal as escape codes), never invisible spaces, never pages of it.

/** C0 and C1 controls, DEL, invisible and Unicode spaces, line separators and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `s` with unsafe characters escaped (\n, \u001B, \u00A0) and cut after `max` characters with '…'. */
export function shown(s: string, max = 60): string {
  let cut = s;
  if (s.length > max) {
    const end = /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max;
    cut = `${s.slice(0, end)}…`;
  }
  return cut.replace(UNSAFE, escape);
}
