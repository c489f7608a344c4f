// The bundled examples: listing them for New Network Spec from Example, and copying one
// (with the CSV it reads) into the workspace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFileOf } from './dataFiles';

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

/** Where an example is copied: the workspace folder, reached through the editor's file system. */
export interface CopyTarget {
  exists(path: string): Promise<boolean>;
  /** Writes a file, creating the folders it is in. */
  write(path: string, bytes: Uint8Array): Promise<void>;
}

/**
 * Copies an example into `target` without overwriting anything: returns the new spec's path in it.
 * Its CSV, if any, is copied to the same relative place unless a file is already there.
 */
export async function copyExample(examplesDir: string, file: string, target: CopyTarget): Promise<string> {
  const spec = readFileSync(join(examplesDir, file));
  let name = file;
  for (let k = 2; await target.exists(name); k++) name = file.replace(/\.nnspec$/, `-${k}.nnspec`);
  await target.write(name, spec);
  const csv = dataFileOf(spec.toString('utf8'));
  if (csv && existsSync(join(examplesDir, csv)) && !(await target.exists(csv))) {
    await target.write(csv, readFileSync(join(examplesDir, csv)));
  }
  return name;
}
