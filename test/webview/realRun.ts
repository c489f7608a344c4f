// Real runs for the panel tests: a spec analysed and trained by the core itself, giving the host's
// messages (analysis, snapshot of a step, boundary) as the worker would send them. Examples are read
// from examples/; a 784-input spec (W[1] is 784 × 256 in the rows layout) gets generated CSV data.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { DataIO } from '../../src/core/data/types';
import { dataPoints, snapshotDto } from '../../src/core/dto';
import { explainContext } from '../../src/core/explain';
import { firstStepDims } from '../../src/core/explain/entry';
import { networkConfig } from '../../src/core/engine/init';
import { BoundaryGrid, boundsOf } from '../../src/core/training/boundary';
import { Trainer } from '../../src/core/training/trainer';
import { sampleSnapshot } from '../../src/core/messageBudget';
import { diskIO } from '../../src/node/dataFiles';
import type { AnalysisMessage, BoundaryDTO, SnapshotDTO, SnapshotMessage } from '../../src/protocol';

const root = join(__dirname, '..', '..');

export interface RealRun {
  analysis: AnalysisMessage;
  /** The snapshots of steps 0..steps-1, in the file's layout. */
  snapshots: SnapshotDTO[];
  /** The boundary of θ_t for each snapshot, for 2-D inputs. */
  boundaries: (BoundaryDTO | undefined)[];
}

/**
 * Analyses and trains `text` (as if it were the file `path`) for `steps` steps, keeping every snapshot;
 * with `sampleTo`, each sampled to that many bytes as the worker samples a reply (messageBudget.ts).
 */
export function realRun(
  text: string,
  path: string,
  steps: number,
  files: Record<string, string> = {},
  sampleTo?: number,
): RealRun {
  const disk = diskIO({ baseDir: dirname(path) });
  const io: DataIO = {
    readCsv: (p: string) => {
      const inMemory = files[resolve(dirname(path), p)];
      return inMemory !== undefined ? { text: inMemory } : disk.readCsv(p);
    },
  };
  const a = analyze(text, io);
  const spec = a.parse.spec;
  if (!a.runnable || !spec || !a.dataset || !a.shapes)
    throw new Error(`${path} does not train: ${a.diagnostics[0]?.message}`);
  const trainer = new Trainer(spec, a.dataset);
  const X = a.dataset.X;
  const grid = X.rows === 2 ? new BoundaryGrid(networkConfig(spec, 2), boundsOf(X), 40) : undefined;
  const snapshots: SnapshotDTO[] = [];
  const boundaries: (BoundaryDTO | undefined)[] = [];
  for (let t = 0; t < steps; t++) {
    const s = trainer.next(true)?.snapshot;
    if (!s) throw new Error(`no snapshot of step ${t}`);
    snapshots.push(snapshotDto(sampleTo ? sampleSnapshot(s, sampleTo).snapshot : s, spec.layout));
    boundaries.push(
      grid?.compute(
        s.layers.map((l) => ({ W: l.W, b: l.b })),
        t,
      ),
    );
  }
  const dims = firstStepDims(spec, a.dataset);
  const analysis: AnalysisMessage = {
    type: 'analysis',
    name: spec.name ?? path,
    fileName: path.split('/').pop() ?? path,
    uri: `file://${path}`,
    exampleAxis: spec.layout === 'rows' ? 0 : 1,
    shapes: a.shapes,
    diagnostics: a.diagnostics,
    runnable: true,
    points: dataPoints(a.dataset),
    explain: explainContext(spec),
    firstStep: { sizes: [...dims.sizes], m: dims.m },
  };
  return { analysis, snapshots, boundaries };
}

/** An example spec of the repository, trained for `steps` steps. */
export function exampleRun(name: string, steps: number): RealRun {
  const path = join(root, 'examples', name);
  return realRun(readFileSync(path, 'utf8'), path, steps);
}

/** A 784-256-10 network on 16 generated 28 × 28 "images" in the rows layout: W[1] is 784 × 256. */
export function mnistSizedRun(steps: number, sampleTo?: number): RealRun {
  const m = 16;
  const header = [...Array.from({ length: 784 }, (_, k) => `p${k}`), 'label'].join(',');
  const rows = Array.from({ length: m }, (_, i) =>
    [...Array.from({ length: 784 }, (_, k) => ((i * 31 + k * 7) % 17) / 16), i % 10].join(','),
  );
  const text = [
    'name: MNIST-sized network',
    'layout: rows',
    'data:',
    '  csv:',
    '    path: digits.csv',
    `    features: [${Array.from({ length: 784 }, (_, k) => k).join(', ')}]`,
    '    target: 784',
    '    one_hot: true',
    'network:',
    '  init: he',
    '  layers:',
    '    - units: 256',
    '      activation: relu',
    '    - units: 10',
    '      activation: softmax',
    'loss: cross_entropy',
    'training:',
    '  iterations: 5',
    '  learning_rate: 0.01',
    '',
  ].join('\n');
  const path = '/virtual/mnist-sized.nnspec';
  return realRun(text, path, steps, { '/virtual/digits.csv': [header, ...rows].join('\n') }, sampleTo);
}

/** The host's reply to snapshot request `inReplyTo`: snapshot `step` of the run, with its boundary. */
export function realSnapshot(run: RealRun, step: number, inReplyTo: number, runId = 1): SnapshotMessage {
  return { type: 'snapshot', runId, inReplyTo, snapshot: run.snapshots[step], boundary: run.boundaries[step] };
}
