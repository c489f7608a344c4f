// One system on one workload, in a fresh process: `child.ts SYSTEM WORKLOAD` prints a RunResult as JSON.
// Each system's code is imported here, timed, and counted in its setup time (for nnspec that
// includes tsx compiling the TypeScript on the fly, which a bundled build does not pay).
import { workloadNamed } from './workloads';
import type { RunResult } from './result';

export const systems = ['nnspec', 'nnspec-nosnap', 'numpy', 'tfjs-wasm', 'tfjs-wasm-flags', 'tfjs-cpu'] as const;
export type SystemName = (typeof systems)[number];

async function run(system: string, workload: string): Promise<RunResult> {
  const w = workloadNamed(workload);
  if (system === 'numpy') return (await import('./system-numpy.js')).runNumpy(w);
  const t0 = performance.now();
  const ours = system.startsWith('nnspec');
  const { runNnspec } = ours ? await import('./system-nnspec.js') : { runNnspec: undefined };
  const { runTfjs } = ours ? { runTfjs: undefined } : await import('./system-tfjs.js');
  const importMs = performance.now() - t0;
  const withImport = (r: RunResult): RunResult => ({ ...r, setupMs: r.setupMs + importMs });
  if (runNnspec && system === 'nnspec') return withImport(runNnspec(w, true));
  if (runNnspec && system === 'nnspec-nosnap') return withImport(runNnspec(w, false));
  if (runTfjs && system === 'tfjs-wasm') return withImport(await runTfjs(w, 'wasm', 'explicit'));
  if (runTfjs && system === 'tfjs-wasm-flags') return withImport(await runTfjs(w, 'wasm', 'flags'));
  if (runTfjs && system === 'tfjs-cpu') return withImport(await runTfjs(w, 'cpu', 'explicit'));
  throw new Error(`unknown system ${system}`);
}

if (require.main === module) {
  const [system, workload] = process.argv.slice(2);
  run(system, workload).then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
