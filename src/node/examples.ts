// The bundled examples: listing them for New Network Spec from Example, and copying one
// (with the CSV it reads) into the workspace.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseSpec } from '../core/spec';

export interface ExampleInfo {
  file: string; // file name inside the examples folder
  name: string; // the spec's name, or the file name
  summary: string; // its first comment line
}

export function listExamples(dir: string): ExampleInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.nnspec'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const name = /^name:\s*(.+)$/m.exec(text)?.[1].trim() ?? file;
      const summary = /^#\s*(.+)$/m.exec(text)?.[1].trim() ?? '';
      return { file, name, summary };
    });
}

/** The relative CSV path an example reads, if any. */
export function csvPathOf(text: string): string | undefined {
  const source = parseSpec(text).spec?.data.source;
  return source?.kind === 'csv' ? source.path : undefined;
}

/**
 * Copies an example into `targetDir` without overwriting anything: returns the new spec's path.
 * Its CSV, if any, is copied to the same relative place unless a file is already there.
 */
export function copyExample(examplesDir: string, file: string, targetDir: string): string {
  const text = readFileSync(join(examplesDir, file), 'utf8');
  let target = join(targetDir, file);
  for (let k = 2; existsSync(target); k++) target = join(targetDir, file.replace(/\.nnspec$/, `-${k}.nnspec`));
  copyFileSync(join(examplesDir, file), target);
  const csv = csvPathOf(text);
  if (csv) {
    const from = resolve(examplesDir, csv);
    const to = resolve(targetDir, csv);
    if (existsSync(from) && !existsSync(to)) {
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  }
  return target;
}
