// exportScript: one standalone Python script (numpy, or PyTorch) that reproduces a spec's run.
import type { Dataset } from '../data/types';
import { msg, type Message } from '../messages/message';
import type { Spec } from '../spec/types';
import { MAX_WRITTEN_EXAMPLES } from './data';
import { numpyScript } from './numpyScript';
import { exportPlan } from './plan';
import { pytorchScript } from './pytorchScript';

export type ExportTarget = 'numpy' | 'pytorch';
export const EXPORT_TARGETS: readonly ExportTarget[] = ['numpy', 'pytorch'];

export interface ExportOptions {
  to: ExportTarget;
  /** The .nnspec file's name (for the docstring), e.g. 'planar-flower.nnspec'. */
  sourceName: string;
  /** The script's file name, for its usage lines (default: derived from sourceName). */
  scriptName?: string;
  /**
   * data.csv.path as the script should open it, relative to the script's folder (default: the path
   * the spec gives, right when the script sits beside the spec).
   */
  csvPath?: string;
}

export type ExportResult = { script: string } | { problem: Message };

/** 'planar-flower.py' or 'planar-flower_pytorch.py' beside 'planar-flower.nnspec'. */
export function defaultScriptName(sourceName: string, to: ExportTarget): string {
  const base = sourceName.replace(/\.nnspec$/i, '');
  return to === 'numpy' ? `${base}.py` : `${base}_pytorch.py`;
}

/**
 * The script for a runnable spec and the data set analyze() loaded for it. Pure: the caller writes
 * the file. A generated data set too large to write into a script is a problem, not a script.
 */
export function exportScript(spec: Spec, data: Dataset, options: ExportOptions): ExportResult {
  const src = spec.data.source;
  if (src.kind === 'generate' && src.samples > MAX_WRITTEN_EXAMPLES) {
    return { problem: msg('export.tooManySamples', { samples: src.samples, max: MAX_WRITTEN_EXAMPLES }) };
  }
  const plan = exportPlan(spec, data, options.sourceName);
  const scriptName = options.scriptName ?? defaultScriptName(options.sourceName, options.to);
  const settings = { scriptName, csvPath: options.csvPath };
  return { script: options.to === 'numpy' ? numpyScript(plan, data, settings) : pytorchScript(plan, data, settings) };
}
