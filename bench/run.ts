// `npm run bench`: trains the four workloads of ../shared/performance-anchors.md with this
// engine (snapshots on and off), with numpy in float64 on one BLAS thread (when a python3 with
// numpy is found; nothing is installed) and with TensorFlow.js (wasm SIMD with explicit
// transposes or with matMul's transpose flags, and the pure-JS cpu backend). Every run is a fresh
// child process; systems are interleaved; the table gives the median training-loop time.
// Then the panel in the real editor against a hello-world webview, steps of a 784-256-10 run picked
// on the editor's timeline, and that run through the built worker: its largest message, host event-loop
// delay and snapshot display times (step 0's on a fresh panel, then a chosen step's); a last table sums
// it all up.
// Options: --runs N (default 3), --cpu-runs N (default 1: tfjs-cpu alone takes minutes),
// --workloads W1,W3, --systems nnspec,tfjs-wasm, --panel-rounds N (default 2; 0 skips the editor).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bigLayerFigures, type BigLayerFigures, type SnapshotReply } from './bigLayers';
import { systems, type SystemName } from './child';
import { panelRounds } from './panel';
import { snapshotDrawMs } from './snapshotDisplay';
import { picksText, trainAndPick } from '../test/e2e/bigLayersInEditor';
import { panelTimesText } from '../test/e2e/panelTiming';
import { median } from '../test/stats';
import { findNumpyPython } from './system-numpy';
import type { RunResult } from './result';
import { workloads } from './workloads';

const label: Record<SystemName, string> = {
  nnspec: 'nnspec (snapshots on)',
  'nnspec-nosnap': 'nnspec (snapshots off)',
  numpy: 'numpy f64, 1 BLAS thread',
  'tfjs-wasm': 'tfjs-wasm, explicit transposes',
  'tfjs-wasm-flags': 'tfjs-wasm, transpose flags',
  'tfjs-cpu': 'tfjs-cpu (pure JS)',
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(option('runs') ?? 3);
const cpuRuns = Number(option('cpu-runs') ?? 1);
const chosenWorkloads = option('workloads')?.split(',') ?? workloads.map((w) => w.name);
const numpyPython = findNumpyPython();
const chosenSystems = (option('systems')?.split(',') ??
  systems.filter((s) => s !== 'numpy' || numpyPython)) as SystemName[];

/** The spec checker's timings, run from a bundle built with the extension's esbuild options. */
function specTimingOfBundle(): string {
  const bundled = spawnSync(process.execPath, [join(__dirname, 'spec-timing-bundle.mjs')], { encoding: 'utf8' });
  if (bundled.status !== 0) return `FAILED to bundle the spec timing: ${bundled.stderr.trim()}`;
  const r = spawnSync(process.execPath, [bundled.stdout.trim()], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trimEnd() : `FAILED spec timing: ${r.stderr.trim()}`;
}

function runChild(system: SystemName, workload: string): RunResult | string {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(__dirname, 'child.ts'), system, workload],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) return (r.stderr.trim().split('\n').pop() ?? `exit ${r.status}`) || `exit ${r.status}`;
  const r0 = JSON.parse(line) as RunResult;
  return { ...r0, finalCost: r0.finalCost ?? NaN }; // JSON turns NaN into null
}

const results = new Map<string, RunResult[]>();
const failures = new Map<string, string>();
const key = (s: SystemName, w: string) => `${s} ${w}`;
const started = performance.now();
for (let run = 0; run < Math.max(runs, cpuRuns); run++) {
  for (const w of chosenWorkloads) {
    // Rotate the order every run so no system always runs first (or right after a heavy one).
    const order = chosenSystems.map((_, i) => chosenSystems[(i + run) % chosenSystems.length]);
    for (const s of order) {
      if (run >= (s === 'tfjs-cpu' ? cpuRuns : runs) || failures.has(key(s, w))) continue;
      const r = runChild(s, w);
      if (typeof r === 'string') failures.set(key(s, w), r);
      else results.set(key(s, w), [...(results.get(key(s, w)) ?? []), r]);
      process.stderr.write(
        `run ${run + 1} ${w} ${s}: ${typeof r === 'string' ? `FAILED ${r}` : `${(r.trainMs / 1000).toFixed(2)} s`}\n`,
      );
    }
  }
}

const medianOf = (s: SystemName, w: string, f: (r: RunResult) => number): number | undefined => {
  const rs = results.get(key(s, w));
  return rs && rs.length > 0 ? median(rs.map(f)) : undefined;
};
const trainSeconds = (s: SystemName, w: string) => medianOf(s, w, (r) => r.trainMs / 1000);
const cell = (v: number | undefined, digits: number, width: number) =>
  (v === undefined ? '—' : v.toFixed(digits)).padStart(width);

console.log(
  `\nTraining loop, median seconds over ${runs} runs (tfjs-cpu: ${cpuRuns}), fresh process each; steps/s in brackets.`,
);
for (const w of workloads.filter((x) => chosenWorkloads.includes(x.name))) console.log(`  ${w.name}: ${w.title}`);
console.log(
  `${'system'.padEnd(34)}${chosenWorkloads.map((w) => w.padStart(20)).join('')}${'load+setup ms'.padStart(16)}`,
);
for (const s of chosenSystems) {
  const cells = chosenWorkloads.map((w) => {
    const t = trainSeconds(s, w);
    const steps = medianOf(s, w, (r) => r.steps);
    if (t === undefined || steps === undefined) return (failures.has(key(s, w)) ? 'failed' : '—').padStart(20);
    return `${cell(t, 3, 8)} s (${cell(steps / t, 0, 6)}/s)`.padStart(20);
  });
  const setup = median(
    chosenWorkloads.map((w) => medianOf(s, w, (r) => r.setupMs)).filter((x): x is number => x !== undefined),
  );
  console.log(`${label[s].padEnd(34)}${cells.join('')}${cell(setup, 0, 16)}`);
}

const ours: SystemName = 'nnspec';
if (chosenSystems.includes(ours)) {
  console.log(`\nnnspec (snapshots on) time ÷ peer time (below 1: nnspec is faster)`);
  for (const s of chosenSystems.filter((x) => x !== ours)) {
    const cells = chosenWorkloads.map((w) => {
      const a = trainSeconds(ours, w),
        b = trainSeconds(s, w);
      return (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`).padStart(20);
    });
    console.log(`${`vs ${label[s]}`.padEnd(34)}${cells.join('')}`);
  }

  // Full-batch workloads start from the same weights on the same data: the costs must agree
  // (loosely: tfjs computes in float32, and its wasm kernels round differently again).
  console.log('\nAgreement: J of the last step (full batch, same data and initial weights)');
  for (const w of chosenWorkloads.filter((x) => x === 'W1' || x === 'W2')) {
    const ref = medianOf(ours, w, (r) => r.finalCost);
    if (ref === undefined) continue;
    for (const s of chosenSystems.filter((x) => x !== ours)) {
      const c = medianOf(s, w, (r) => r.finalCost);
      if (c === undefined) continue;
      const rel = Math.abs(c - ref) / Math.abs(ref);
      console.log(
        `  ${w} ${label[s].padEnd(32)} ${c.toPrecision(8)} vs nnspec ${ref.toPrecision(8)}: relative difference ${rel.toExponential(1)} ${rel < 1e-2 ? 'OK' : 'DISAGREE (tolerance 1e-2)'}`,
      );
    }
  }
}

for (const [k, why] of failures) console.log(`FAILED ${k}: ${why}`);
const numpyNote = [...results.entries()].find(([k]) => k.startsWith('numpy '))?.[1][0]?.note;
if (numpyNote)
  console.log(`\nnumpy: ${numpyPython}, ${numpyNote} (OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for it)`);
else if (!numpyPython)
  console.log('\nnumpy: no python3 with numpy found, so not compared (README, "Benchmarks", says how to get it).');
console.log('');
console.log('Checking specs (a 10 MB CSV, then per keystroke), timed in the bundle the editor runs:');
console.log(specTimingOfBundle());
void summary().then(() => console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`));

/** The issue's figures in one table: training against the best JS peer, the panel, big layers. */
async function summary(): Promise<void> {
  const rows: [string, string][] = [];
  for (const w of chosenWorkloads) {
    const peers = chosenSystems.filter((x) => x.startsWith('tfjs')).map((x) => trainSeconds(x, w));
    const best = Math.min(...peers.filter((x): x is number => x !== undefined));
    const ours = trainSeconds('nnspec', w);
    if (ours !== undefined && Number.isFinite(best))
      rows.push([`${w} nnspec ÷ best tfjs`, `${(ours / best).toFixed(2)}×`]);
  }
  const rounds = Number(option('panel-rounds') ?? 2);
  if (rounds > 0) {
    try {
      const [first, settled, later, each] = panelTimesText(await panelRounds(rounds));
      rows.push(
        ['panel, first (median)', first],
        ['panel, settled first (median)', settled],
        ['panel, later (median)', later],
        ['panel, each', each],
      );
    } catch (e) {
      rows.push(['panel', `FAILED: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`]);
    }
  }
  if (rounds > 0) rows.push(...(await bigLayersInEditorRows()));
  const big = await bigLayerFigures();
  rows.push(
    [
      '784-256-10 host loop delay',
      `p99 ${ms(big.delayP99Ms)}, max ${ms(big.delayMaxMs)} over ${big.steps} steps (budget 50 ms)`,
    ],
    ...(await snapshotDisplayRows(big)),
    [
      '784-256-10 largest message',
      `${(big.largestMessageBytes / 2 ** 20).toFixed(2)} MB (${big.largestKind}; budget 2 MB)`,
    ],
  );
  console.log('\nSummary');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(32)}${v}`);
}

/** A 784-256-10 run in the real editor: steps picked on the timeline, and the largest message the page got. */
async function bigLayersInEditorRows(): Promise<[string, string][]> {
  try {
    const { picks, largest } = await trainAndPick();
    return [
      ['784-256-10 picked step, editor', `${picksText(picks)}, from the slider to painted (budget 200 ms)`],
      ['784-256-10 largest, editor', `${(largest.bytes / 2 ** 20).toFixed(2)} MB (${largest.type}; budget 2 MB)`],
    ];
  } catch (e) {
    return [['784-256-10 in the editor', `FAILED: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`]];
  }
}

function ms(x: number): string {
  return `${x.toFixed(0)} ms`;
}

/** Asked for to drawn: the worker's reply, the host's serialisation for the webview, the panel's draw (median of 3 pages). */
async function snapshotDisplayRows(big: BigLayerFigures): Promise<[string, string][]> {
  const text = (r: SnapshotReply, draws: number[]) => {
    const draw = median(draws);
    const total = r.replyMs + r.serialiseMs + draw;
    return `${ms(total)} (worker reply ${ms(r.replyMs)} + host serialising ${ms(r.serialiseMs)} + panel draw ${ms(draw)}; budget 200 ms)`;
  };
  try {
    const draws = await snapshotDrawMs(big.first.message, big.chosen.message, 3);
    return [
      ['784-256-10 snapshot, first', text(big.first, draws.first)],
      ['784-256-10 snapshot, chosen', text(big.chosen, draws.chosen)],
    ];
  } catch (e) {
    return [['784-256-10 snapshot display', `FAILED: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`]];
  }
}
