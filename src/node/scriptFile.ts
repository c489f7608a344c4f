// Where an exported Python script goes and how it finds the spec's CSV file: shared by
// `nnspec export` and the editor's Export as NumPy/PyTorch Script commands.
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { defaultScriptName, type ExportTarget } from '../core/export';
import type { Spec } from '../core/spec/types';

/** The script beside the spec: 'planar-flower.py' (numpy) or 'planar-flower_pytorch.py'. */
export function scriptPathBeside(specPath: string, to: ExportTarget): string {
  return join(dirname(specPath), defaultScriptName(basename(specPath), to));
}

/**
 * data.csv.path as the script must open it: relative to the folder the script is in, with '/'
 * (undefined unless the data is a CSV file). `baseDir` is the folder the spec's paths resolve against.
 */
export function csvPathFor(spec: Spec, baseDir: string, scriptDir: string): string | undefined {
  const src = spec.data.source;
  if (src.kind !== 'csv') return undefined;
  return relative(scriptDir, resolve(baseDir, src.path)).split(sep).join('/');
}
