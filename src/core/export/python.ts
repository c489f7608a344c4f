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

/**
 * A nested-list literal, one row per line with the columns aligned when it does not fit on one
 * line. The first line carries no indentation (it follows `name = `); the others get `spaces`.
 */
export function pyMatrix(rows: readonly (readonly number[])[], spaces: number): string {
  const cells = rows.map((r) => r.map(pyNumber));
  const flat = `[${cells.map((r) => `[${r.join(', ')}]`).join(', ')}]`;
  if (flat.length <= ONE_LINE) return flat;
  const widths = cells[0].map((_, j) => Math.max(...cells.map((r) => r[j].length)));
  const pad = ' '.repeat(spaces + 4);
  const lines = cells.map((r) => `${pad}[${r.map((c, j) => c.padStart(widths[j])).join(', ')}],`);
  return `[\n${lines.join('\n')}\n${' '.repeat(spaces)}]`;
}

/** A section banner: `# The data ---...`. */
export function banner(title: string): string {
  return `# ${title} ${'-'.repeat(Math.max(4, 96 - title.length))}`;
}
