// What the export tests share: nnspec's own `train --json` and `export` run in-process, and the
// comparison of a script's --json report with nnspec's, relative, as the format promises.
import { basename, join } from 'node:path';
import { main } from '../../../src/cli';
import { magnitude, relativeDifference } from '../../../src/core/diff/relative';
import type { ExportTarget } from '../../../src/core/export';

export const EXPORT_TOLERANCE = 1e-9;

export function cli(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export interface Report {
  costs: (number | null)[];
  finalCost: number | null;
  parameters: Record<string, number[][]>;
  accuracy?: number;
  testCost?: number;
  testAccuracy?: number;
  diverged?: { step: number };
}

/** `nnspec train FILE --json [--iterations N]`, parsed (exit 1 with a report: the run diverged). */
export function trainJson(file: string, iterations?: number): Report {
  const r = cli('train', file, '--json', ...(iterations ? ['--iterations', String(iterations)] : []));
  const report = r.out.startsWith('{') ? (JSON.parse(r.out) as Report) : undefined;
  if (!report?.costs || (r.code !== 0 && !report.diverged))
    throw new Error(`nnspec train ${file} failed: ${r.err}${r.out}`);
  return report;
}

/** `nnspec export FILE --to TARGET -o DIR/NAME [--iterations N]`; returns the script's path. */
export function exportTo(file: string, to: ExportTarget, dir: string, iterations?: number): string {
  const path = join(dir, `${basename(file, '.nnspec')}${to === 'numpy' ? '' : '_pytorch'}.py`);
  const r = cli('export', file, '--to', to, '-o', path, ...(iterations ? ['--iterations', String(iterations)] : []));
  if (r.code !== 0) throw new Error(`nnspec export ${file} --to ${to} failed: ${r.err}${r.out}`);
  return path;
}

/** A script's stdout with --json: the line holding the report. */
export function parseReport(stdout: string): Report {
  const line = stdout.split('\n').find((l) => l.includes('{"costs"'));
  if (!line) throw new Error(`no JSON report in:\n${stdout.slice(0, 2000)}`);
  return JSON.parse(line.slice(line.indexOf('{'))) as Report;
}

export interface Agreement {
  /** The largest relative difference (costs, finalCost, parameters, accuracy, test set). */
  worst: number;
  where: string;
}

function numbers(v: (number | null)[]): number[] {
  return v.map((x) => (x === null ? NaN : x));
}

/** How far a script's report is from nnspec's; a missing or extra number is Infinity. */
export function agreement(script: Report, nnspec: Report): Agreement {
  let worst = 0;
  let where = '';
  const see = (a: number[], b: number[], scale: number, what: string) => {
    if (a.length !== b.length) [worst, where] = [Infinity, `${what}: ${a.length} numbers, nnspec ${b.length}`];
    a.forEach((x, i) => {
      const r = relativeDifference(x, b[i], scale);
      if (r > worst) [worst, where] = [r, `${what}[${i}]: ${x} vs nnspec ${b[i]}`];
    });
  };
  const costScale = magnitude(numbers(nnspec.costs));
  see(numbers(script.costs), numbers(nnspec.costs), costScale, 'costs');
  see(numbers([script.finalCost]), numbers([nnspec.finalCost]), costScale, 'finalCost');
  const keys = Object.keys(nnspec.parameters);
  if (Object.keys(script.parameters).join() !== keys.join()) [worst, where] = [Infinity, 'parameter names'];
  for (const k of keys) {
    const b = nnspec.parameters[k].flat();
    see((script.parameters[k] ?? []).flat(), b, magnitude(b), k);
  }
  for (const k of ['accuracy', 'testCost', 'testAccuracy'] as const) {
    const scale = k === 'testCost' ? costScale : 1;
    if ((script[k] === undefined) !== (nnspec[k] === undefined)) [worst, where] = [Infinity, `${k} missing`];
    else if (nnspec[k] !== undefined) see([script[k]!], [nnspec[k]], scale, k);
  }
  return { worst, where };
}

/**
 * f, run once on first use; later calls give its value or throw its error again. Work that needs
 * Python runs this way inside the tests (not in before hooks, whose failure only cancels them), so
 * a missing numpy or torch fails every test that needs it, with the reason.
 */
export function once<T>(f: () => T): () => T {
  let result: { value: T } | { error: unknown } | undefined;
  return () => {
    if (!result) {
      try {
        result = { value: f() };
      } catch (error) {
        result = { error };
      }
    }
    if ('error' in result) throw result.error;
    return result.value;
  };
}
