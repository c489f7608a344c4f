// Where JSON text stops being JSON: JSON.parse does not always say (V8 often quotes a snippet
// instead of a position), so a small scanner over the grammar finds the offset.

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// JSON forbids raw control characters (below U+0020) inside strings.
const STRING = new RegExp(
  String.raw`"(?:[^"\\${String.fromCharCode(0)}-${String.fromCharCode(31)}]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"`,
  'y',
);
const LITERAL = /true|false|null/y;

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  private match(re: RegExp): boolean {
    re.lastIndex = this.at;
    const m = re.exec(this.text);
    if (!m) return false;
    this.at += m[0].length;
    return true;
  }

  skip(): void {
    this.match(WHITESPACE);
  }

  /** Reads `c` after whitespace; false (at the offending offset) when something else is there. */
  expect(c: string): boolean {
    this.skip();
    if (this.text[this.at] !== c) return false;
    this.at++;
    return true;
  }

  peek(): string | undefined {
    this.skip();
    return this.text[this.at];
  }

  /** One value; false where it goes wrong. */
  value(): boolean {
    const c = this.peek();
    if (c === '{') return this.sequence('}', () => this.match(STRING) && this.expect(':') && this.value());
    if (c === '[') return this.sequence(']', () => this.value());
    if (c === '"') return this.match(STRING);
    return this.match(NUMBER) || this.match(LITERAL);
  }

  /** `{ item, item }` or `[ item, item ]`, the opening bracket under the cursor. */
  private sequence(close: string, item: () => boolean): boolean {
    this.at++;
    if (this.peek() === close) {
      this.at++;
      return true;
    }
    for (;;) {
      this.skip();
      if (!item()) return false;
      if (this.peek() === close) {
        this.at++;
        return true;
      }
      if (!this.expect(',')) return false;
    }
  }
}

/** The offset of the first character that breaks the JSON grammar, or undefined for valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  const s = new Scanner(text);
  try {
    if (!s.value()) return s.at;
  } catch {
    return undefined; // nested too deep for the stack: no position then
  }
  s.skip();
  return s.at < text.length ? s.at : undefined;
}
