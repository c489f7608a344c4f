// Big layers stay under the panel's message budget: with a 784-256-10 network (and a 2-D input
// with 256 hidden units on a fine boundary grid) every message the host would post to the panel,
// live or replayed, snapshot replies included, is under 2 MB as JSON; small runs are not sampled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { networkConfig } from '../../../src/core/engine/init';
import { MESSAGE_BYTES } from '../../../src/core/messageBudget';
import { BoundaryGrid, boundsOf } from '../../../src/core/training/boundary';
import { Trainer } from '../../../src/core/training/trainer';
import { diskIO } from '../../../src/node/dataFiles';
import { progressMessages, RunRecord } from '../../../src/node/runRecord';
import { RunReporter } from '../../../src/node/runReporter';
import type { WorkerReply } from '../../../src/node/workerProtocol';
import { digitsCsv, digitsSpec } from '../../fixtures/digitsCsv';

const bytes = (m: unknown) => Buffer.byteLength(JSON.stringify(m));

const spec784 = digitsSpec('digits.csv', 1);

const spiral256 = `
data:
  generate:
    kind: spiral
    samples: 300
    classes: 3
network:
  input: 2
  init: he
  layers:
    - units: 256
      activation: relu
    - units: 3
      activation: softmax
loss: cross_entropy
training:
  iterations: 4
  learning_rate: 0.01
`;

/** Trains `text` to the end in this thread as the worker does; every report and reply, plus a snapshot of step 0. */
async function runToEnd(text: string, baseDir: string, resolution: number): Promise<WorkerReply[]> {
  const a = analyze(text, diskIO({ baseDir, root: baseDir }));
  assert.ok(a.runnable && a.parse.spec && a.dataset, JSON.stringify(a.diagnostics.slice(0, 2)));
  const spec = a.parse.spec;
  const trainer = new Trainer(spec, a.dataset, { history: { first: 3, last: 3, thinned: 3 } });
  const X = a.dataset.X;
  const grid = X.rows === 2 ? new BoundaryGrid(networkConfig(spec, 2), boundsOf(X), resolution) : undefined;
  const got: WorkerReply[] = [];
  let done: () => void;
  const ended = new Promise<void>((r) => (done = r));
  const post = (m: WorkerReply) => {
    got.push(m);
    if (m.type === 'status' && m.status === 'done') done();
  };
  const run = new RunReporter({ runId: 1, spec, dataset: a.dataset, trainer, grid, post }, 1000);
  run.handle({ type: 'control', action: 'play' });
  await ended;
  run.handle({ type: 'snapshot', requestId: 7, runId: 1, step: 0 });
  return got;
}

/** What the host would post: the live flushes of a run record and its replay, plus the replies. */
function hostMessages(got: WorkerReply[]): unknown[] {
  const record = new RunRecord(1);
  const out: unknown[] = [];
  for (const m of got) {
    if ('inReplyTo' in m) out.push({ ...m, runId: 1 });
    else if (m.type !== 'error') {
      record.add(m);
      out.push(...record.flush());
    }
  }
  return [...out, ...record.replay()];
}

test('a 784-256-10 network: every message to the panel is under 2 MB; its snapshot is sampled', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-big-'));
  try {
    writeFileSync(join(dir, 'digits.csv'), digitsCsv(256));
    const got = await runToEnd(spec784, dir, 60);
    const snapshot = got.find((m) => m.type === 'snapshot');
    assert.ok(snapshot?.type === 'snapshot' && snapshot.sample, 'the snapshot of a 784-256-10 network is sampled');
    assert.ok(snapshot.sample.units[1].length < 256 && snapshot.sample.units[0].length < 784);
    const sizes = hostMessages(got).map(bytes);
    assert.ok(sizes.length > 3);
    for (const s of sizes) assert.ok(s < MESSAGE_BYTES, `a message of ${s} bytes`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('256 hidden units on a 120 × 120 boundary grid: boundaries live and in snapshots stay under 2 MB', async () => {
  const got = await runToEnd(spiral256, tmpdir(), 120);
  const boundaries = got.filter((m) => m.type === 'boundary' || (m.type === 'snapshot' && m.boundary));
  assert.ok(boundaries.length >= 2);
  for (const s of hostMessages(got).map(bytes)) assert.ok(s < MESSAGE_BYTES, `a message of ${s} bytes`);
});

test('a small network is sent whole', async () => {
  const got = await runToEnd(spiral256.replace('units: 256', 'units: 4'), tmpdir(), 20);
  const snapshot = got.find((m) => m.type === 'snapshot');
  assert.ok(snapshot?.type === 'snapshot' && snapshot.sample === undefined);
  assert.equal(snapshot.snapshot.layers[0].W.rows * snapshot.snapshot.layers[0].W.cols, 8);
});

test('progress too long for one message goes out in several, in order, none over the budget', () => {
  const points = Array.from({ length: 50_000 }, (_, step) => ({ step, cost: 1 / (step + 1), gradNorms: [0.1, 0.2] }));
  const testPoints = [{ step: 0, cost: 1 }];
  const out = progressMessages(3, points, testPoints);
  assert.ok(out.length > 1);
  for (const m of out) assert.ok(bytes(m) < MESSAGE_BYTES, `${bytes(m)} bytes`);
  assert.deepEqual(
    out.flatMap((m) => m.points).map((p) => p.step),
    points.map((p) => p.step),
  );
  assert.deepEqual(
    out.flatMap((m) => m.testPoints),
    testPoints,
  );
  assert.equal(progressMessages(3, points.slice(0, 10), testPoints).length, 1);
});
