// Export Parameters: `<name>.parameters.json` beside the spec, one matrix row per line so it stays readable.
import { basename, dirname, extname, join } from 'node:path';

export function parametersPath(specPath: string): string {
  return join(dirname(specPath), `${basename(specPath, extname(specPath))}.parameters.json`);
}

export function formatParameters(params: Record<string, number[][]>): string {
  const entries = Object.entries(params).map(([key, rows]) => {
    const body = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
    return `  ${JSON.stringify(key)}: [\n${body}\n  ]`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}
