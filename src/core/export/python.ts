// Python source text from JavaScript values: number, string and matrix literals, indentation.

/** A float literal that Python reads back as the same double (JavaScript's shortest round-trip form). */
export function pyNumber(x: number): string {
  if (Object.is(x, -0)) return '-0.0';
  return String(x);
}

export function pyString(s: string): string {
  return JSON.stringify(s);
}

export function pyList(values: readonly (number | string)[]): string {
  return `[${values.map((v) => (typeof v === 'number' ? pyNumber(v) : pyString(v))).join(', ')}]`;
}

/** Text that can sit inside a """docstring""" or a # comment. */
export function pyDocText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/"""/g, '\\"\\"\\"')
    .replace(/[\r\n]+/g, ' ');
}

/** Every line of `text` indented by `spaces` (empty lines stay empty). */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

const ONE_LINE = 72;
/** Lines of a written matrix stay within this width (rows longer than that are wrapped). */
const MATRIX_WIDTH = 96;

/**
 * A nested-list literal, one row per line with the columns aligned when it does not fit on one
 * line (`room` characters); a row too wide for a line continues on the next ones. The first
 * line carries no indentation (it follows `name = `); the others get `spaces`.
 */
export function pyMatrix(rows: readonly (readonly number[])[], spaces: number, room = ONE_LINE): string {
  const cells = rows.map((r) => r.map(pyNumber));
  const flat = `[${cells.map((r) => `[${r.join(', ')}]`).join(', ')}]`;
  if (flat.length <= room) return flat;
  const cols = cells[0]?.length ?? 0;
  const widths = Array.from({ length: cols }, (_, j) => Math.max(...cells.map((r) => r[j].length)));
  const pad = ' '.repeat(spaces + 4);
  const perLine = Math.max(1, Math.floor((MATRIX_WIDTH - pad.length - 2) / (Math.max(...widths, 1) + 2)));
  const lines = cells.map((r) => {
    const padded = r.map((c, j) => c.padStart(widths[j]));
    const chunks: string[] = [];
    for (let k = 0; k < padded.length; k += perLine) chunks.push(padded.slice(k, k + perLine).join(', '));
    return `${pad}[${chunks.join(`,\n${pad} `)}],`;
  });
  return `[\n${lines.join('\n')}\n${' '.repeat(spaces)}]`;
}

/** `name(a, b, c)` or, when longer than `width` at `spaces` indentation, one argument per line. */
export function pyCall(open: string, items: readonly string[], close: string, spaces: number, width = 100): string {
  const one = `${open}${items.join(', ')}${close}`;
  if (spaces + one.length <= width) return one;
  const pad = ' '.repeat(spaces + 4);
  return `${open}\n${items.map((i) => `${pad}${i},`).join('\n')}\n${' '.repeat(spaces)}${close}`;
}

/** A section banner: `# The data ---...`. */
export function banner(title: string): string {
  return `# ${title} ${'-'.repeat(Math.max(4, 96 - title.length))}`;
}

/** The words of `text` in lines of at most `width` characters, each starting with `prefix`. */
export function wrap(text: string, width: number, prefix = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(prefix + line);
  return lines.join('\n');
}
