// Export Parameters: `<name>.parameters.json` beside the spec, one matrix row per line so it stays readable.
import { posix } from 'node:path';

/** `specPath` is a URI's path (forward slashes on every system). */
export function parametersPath(specPath: string): string {
  const name = `${posix.basename(specPath, posix.extname(specPath))}.parameters.json`;
  return posix.join(posix.dirname(specPath), name);
}

export function formatParameters(params: Record<string, number[][]>): string {
  const entries = Object.entries(params).map(([key, rows]) => {
    const body = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
    return `  ${JSON.stringify(key)}: [\n${body}\n  ]`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}
