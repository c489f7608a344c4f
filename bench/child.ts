// One system on one workload, in a fresh process: `child.ts SYSTEM WORKLOAD` prints a RunResult as JSON.
import { runNnspec } from './system-nnspec';
import { runTfjs } from './system-tfjs';
import { workloadNamed } from './workloads';
import type { RunResult } from './result';

export const systems = ['nnspec', 'nnspec-nosnap', 'tfjs-wasm', 'tfjs-wasm-flags', 'tfjs-cpu'] as const;
export type SystemName = (typeof systems)[number];

async function run(system: string, workload: string): Promise<RunResult> {
  const w = workloadNamed(workload);
  switch (system) {
    case 'nnspec': return runNnspec(w, true);
    case 'nnspec-nosnap': return runNnspec(w, false);
    case 'tfjs-wasm': return runTfjs(w, 'wasm', 'explicit');
    case 'tfjs-wasm-flags': return runTfjs(w, 'wasm', 'flags');
    case 'tfjs-cpu': return runTfjs(w, 'cpu', 'explicit');
    default: throw new Error(`unknown system ${system}`);
  }
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
