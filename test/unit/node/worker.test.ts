// The training worker end to end, in a real worker thread: start, progress, snapshots, gradient check, parameters.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../../../src/core/analyze';
import { diskIO } from '../../../src/node/dataFiles';
import { Trainer } from '../../../src/core/training/trainer';
import type {
  WorkerBoundaryReply,
  WorkerDiffResult,
  WorkerError,
  WorkerGradCheckReply,
  WorkerParametersReply,
  WorkerReply,
  WorkerRequest,
  WorkerSnapshotReply,
  WorkerStatus,
} from '../../../src/node/workerProtocol';

const root = join(__dirname, '..', '..', '..');
const examples = join(root, 'examples');

/** A worker plus everything it said, with a way to wait for a message. */
function spawn() {
  // A worker's entry does not go through --import hooks on Node 20: register tsx inside it instead.
  const entry = join(root, 'src', 'node', 'worker.ts');
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true });
  const got: WorkerReply[] = [];
  const waiters: { pred: (m: WorkerReply) => boolean; resolve: (m: WorkerReply) => void }[] = [];
  worker.on('message', (m: WorkerReply) => {
    got.push(m);
    for (const w of waiters.filter((w) => w.pred(m))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(m);
    }
  });
  const waitFor = <T extends WorkerReply>(pred: (m: WorkerReply) => boolean): Promise<T> =>
    new Promise((resolve) => {
      const seen = got.find(pred);
      if (seen) resolve(seen as T);
      else waiters.push({ pred, resolve: resolve as (m: WorkerReply) => void });
    });
  const send = (r: WorkerRequest) => worker.postMessage(r);
  return { worker, got, waitFor, send };
}

const start = (file: string): Extract<WorkerRequest, { type: 'start' }> => ({
  type: 'start',
  runId: 5,
  text: readFileSync(join(examples, file), 'utf8'),
  baseDir: examples,
  snapshots: { first: 5, last: 5, thinned: 10 },
  boundaryResolution: 8,
});
const play: WorkerRequest = { type: 'control', action: 'play' };
type Status = WorkerStatus;
const isStatus = (s: string) => (m: WorkerReply) => m.type === 'status' && m.status === s;
const ofRun = (runId: number) => (m: WorkerReply) => 'runId' in m && m.runId === runId;

describe('training worker', () => {
  const workers: Worker[] = [];
  after(() => workers.forEach((w) => void w.terminate()));

  test('trains XOR to the end: every step reported once, cost falling, boundary and snapshots sent', async () => {
    const w = spawn();
    workers.push(w.worker);
    w.send(start('xor.nnspec'));
    w.send(play);
    const done = await w.waitFor<Status>(isStatus('done'));
    assert.equal(done.stepsRun, 1000);
    assert.ok(
      w.got.every((m) => m.type !== 'error' && 'runId' in m && m.runId === 5),
      'every report names the run',
    );
    assert.equal(done.totalSteps, 1000);
    assert.match(done.message ?? '', /^Trained all 1000 steps \(0–999\); with the final parameters J = \d/);
    const steps = w.got.flatMap((m) => (m.type === 'progress' ? m.points.map((p) => p.step) : []));
    assert.deepEqual(
      steps,
      Array.from({ length: 1000 }, (_, i) => i),
    );
    const costs = w.got.flatMap((m) => (m.type === 'progress' ? m.points.map((p) => p.cost) : []));
    assert.ok(costs[999] < 0.1 * costs[0], `J_0 ${costs[0]}, J_999 ${costs[999]}`);
    const boundary = w.got.filter((m) => m.type === 'boundary').pop();
    assert.ok(boundary && boundary.type === 'boundary');
    assert.equal(boundary.boundary.output.length, 64);
    assert.equal(boundary.boundary.hidden.length, 4); // the 4 tanh units of layer 1
    // The trained XOR net puts (0, 1) above 0.5 and (0, 0) below: check on the grid's corners.
    const b = boundary.boundary;
    const at = (i: number, j: number) => b.output[j * b.resolution + i];
    assert.ok(b.xMin < 0 && b.xMax > 1 && b.yMin < 0 && b.yMax > 1);
    assert.ok(at(0, 0) < 0.5 && at(0, b.resolution - 1) > 0.5, `corners ${at(0, 0)} ${at(0, b.resolution - 1)}`);
    const list = w.got.filter((m) => m.type === 'snapshotSteps').pop();
    assert.ok(list && list.type === 'snapshotSteps');
    assert.deepEqual(list.steps.slice(0, 5), [0, 1, 2, 3, 4]);
    assert.deepEqual(list.steps.slice(-5), [995, 996, 997, 998, 999]);
  });

  test('answers a snapshot request in the file layout, and sends parameters and a gradient check', async () => {
    const w = spawn();
    workers.push(w.worker);
    w.send(start('xor.nnspec'));
    await w.waitFor(isStatus('idle'));
    w.send({ type: 'control', action: 'step' });
    w.send({ type: 'control', action: 'step' });
    await w.waitFor((m) => m.type === 'status' && m.stepsRun === 2);
    w.send({ type: 'snapshot', requestId: 41, runId: 5, step: 1 });
    const snap = await w.waitFor<WorkerSnapshotReply>((m) => m.type === 'snapshot');
    assert.equal(snap.inReplyTo, 41);
    assert.equal(snap.snapshot.step, 1);
    assert.equal(snap.snapshot.exampleAxis, 1);
    const [l1, l2] = snap.snapshot.layers;
    assert.deepEqual([l1.W.rows, l1.W.cols, l1.Z.rows, l1.Z.cols, l2.dW.rows, l2.dW.cols], [4, 2, 4, 4, 1, 4]);
    assert.deepEqual([...snap.snapshot.X.data], [0, 0, 1, 1, 0, 1, 0, 1]);
    // With the snapshot comes the boundary of that step's θ: checked here against W[l], b[l] of the snapshot.
    const b = { boundary: snap.boundary! };
    assert.equal(b.boundary.step, 1);
    const at = (M: { cols: number; data: ArrayLike<number> }, i: number, j: number) => M.data[i * M.cols + j];
    const r = b.boundary.resolution;
    for (const k of [0, r + 2, r * r - 1]) {
      const x = b.boundary.xMin + ((b.boundary.xMax - b.boundary.xMin) * (k % r)) / (r - 1);
      const y = b.boundary.yMin + ((b.boundary.yMax - b.boundary.yMin) * Math.floor(k / r)) / (r - 1);
      const a1 = [0, 1, 2, 3].map((u) => Math.tanh(at(l1.W, u, 0) * x + at(l1.W, u, 1) * y + at(l1.b, u, 0)));
      const z2 = a1.reduce((s, a, u) => s + at(l2.W, 0, u) * a, at(l2.b, 0, 0));
      assert.ok(Math.abs(b.boundary.output[k] - 1 / (1 + Math.exp(-z2))) < 1e-12, `boundary cell ${k}`);
      assert.ok(Math.abs(b.boundary.hidden[3][k] - a1[3]) < 1e-12, `A[1] unit 4 at cell ${k}`);
    }
    w.send({ type: 'parameters', requestId: 42 });
    const p = await w.waitFor<WorkerParametersReply>((m) => m.type === 'parameters');
    assert.equal(p.inReplyTo, 42);
    assert.deepEqual(Object.keys(p.parameters), ['W1', 'b1', 'W2', 'b2']);
    assert.deepEqual([p.parameters.W1.length, p.parameters.W1[0].length, p.parameters.b2.length], [4, 2, 1]);
    w.send({ type: 'gradcheck', requestId: 43 });
    const g = await w.waitFor<WorkerGradCheckReply>((m) => m.type === 'gradcheck');
    assert.equal(g.inReplyTo, 43);
    assert.deepEqual(g.rows.map((r) => `${r.param}${r.layer}`).sort(), ['W1', 'W2', 'b1', 'b2']);
    for (const r of g.rows)
      assert.ok(r.relativeError < 1e-6, `d${r.param}[${r.layer}] relative error ${r.relativeError}`);
  });

  test('runTo runs paused through a step, which is then the newest kept snapshot', async () => {
    const w = spawn();
    workers.push(w.worker);
    w.send(start('xor.nnspec'));
    await w.waitFor(isStatus('idle'));
    w.send({ type: 'runTo', step: 30 });
    // A slow machine may report progress on the way (statuses of fewer steps): wait for the step itself.
    const paused = await w.waitFor<Status>((m) => m.type === 'status' && m.stepsRun > 30);
    assert.deepEqual([paused.status, paused.stepsRun], ['paused', 31]);
    assert.ok(
      w.got.every((m) => m.type !== 'status' || m.status !== 'running'),
      'it never played',
    );
    const list = w.got.filter((m) => m.type === 'snapshotSteps').pop();
    assert.ok(list && list.type === 'snapshotSteps');
    assert.equal(list.steps[list.steps.length - 1], 30);
  });

  test('a diff request is answered once with the comparison', async () => {
    const w = spawn();
    workers.push(w.worker);
    const tracePath = join(mkdtempSync(join(tmpdir(), 'nnspec-worker-')), 'trace.json');
    writeFileSync(tracePath, '{"costs": [0.1]}');
    w.send({ type: 'diff', text: start('xor.nnspec').text, baseDir: examples, tracePath });
    const r = (await w.waitFor((m) => (m as { type: string }).type === 'diff')) as unknown as WorkerDiffResult;
    assert.equal(r.result.status, 'differ');
    assert.ok(r.result.status === 'differ' && r.result.first.entry === 'J' && r.result.first.step === 0);
  });

  test('a compare: file trains the file and each variant under its own id, from one seed, as the CLI does', async () => {
    const w = spawn();
    workers.push(w.worker);
    const req = start('compare-learning-rate.nnspec');
    w.send({
      ...req,
      variants: [
        { name: 'lr 0.01', runId: 6 },
        { name: 'lr 2.5', runId: 7 },
      ],
    });
    w.send(play);
    const done = await Promise.all(
      [5, 6, 7].map((id) => w.waitFor<Status>((m) => isStatus('done')(m) && ofRun(id)(m))),
    );
    // The same runs in this thread: the file, then each variant's analysis, trained to the end.
    const a = analyze(req.text, diskIO({ baseDir: examples }));
    const runs = [a, ...a.variants.map((v) => v.analysis)].map((x) => {
      const t = new Trainer(x.parse.spec!, x.dataset!);
      while (t.next()) continue;
      return t;
    });
    [5, 6, 7].forEach((id, k) => {
      const costs = w.got.flatMap((m) => (m.type === 'progress' && m.runId === id ? m.points.map((p) => p.cost) : []));
      assert.deepEqual(costs, runs[k].history.costs.values(), `run ${id}'s costs`);
      assert.deepEqual(done[k].final, runs[k].evaluate(), `run ${id}'s final figures`);
    });
    assert.ok(runs[2].history.costs.at(99)! > runs[2].history.costs.at(0)!, 'lr 2.5 overshoots: J climbs');
  });

  test('the runs of one worker take turns: paced, each has run whole frames when paused', async () => {
    const w = spawn();
    workers.push(w.worker);
    const variants = [
      { name: 'zero init', runId: 6 },
      { name: 'large random init', runId: 7 },
    ];
    w.send({ ...start('compare-init.nnspec'), variants, stepsPerFrame: 7 });
    w.send(play);
    await Promise.all([5, 6, 7].map((id) => w.waitFor((m) => m.type === 'progress' && ofRun(id)(m))));
    w.send({ type: 'control', action: 'pause' });
    const paused = await Promise.all(
      [5, 6, 7].map((id) => w.waitFor<Status>((m) => isStatus('paused')(m) && ofRun(id)(m))),
    );
    for (const p of paused) {
      assert.ok(p.stepsRun > 0 && p.stepsRun < 3000, `run ${p.runId} paused at ${p.stepsRun}`);
      assert.equal(p.stepsRun % 7, 0, `run ${p.runId} paused at ${p.stepsRun}, not after a whole frame`);
    }
  });

  test("a variant's boundary at a step: zero initialisation predicts 1/2 everywhere at step 0", async () => {
    const w = spawn();
    workers.push(w.worker);
    w.send({ ...start('compare-init.nnspec'), variants: [{ name: 'zero init', runId: 6 }] });
    await w.waitFor((m) => isStatus('idle')(m) && ofRun(6)(m));
    w.send({ type: 'boundaryAt', requestId: 50, runId: 6, step: 0 });
    w.send({ type: 'boundaryAt', requestId: 51, runId: 5, step: 0 });
    const zero = await w.waitFor<WorkerBoundaryReply>((m) => m.type === 'boundaryAt' && m.inReplyTo === 50);
    const he = await w.waitFor<WorkerBoundaryReply>((m) => m.type === 'boundaryAt' && m.inReplyTo === 51);
    assert.equal(zero.boundary.step, 0);
    assert.equal(zero.boundary.output.length, 64);
    assert.ok(
      zero.boundary.output.every((v) => v === 0.5),
      'every unit of a zero-initialised net outputs the same',
    );
    assert.ok(new Set(he.boundary.output).size > 10, 'He initialisation predicts differently across the plane');
    w.send({ type: 'boundaryAt', requestId: 52, runId: 99, step: 0 });
    const e = await w.waitFor<WorkerError>((m) => m.type === 'error' && m.inReplyTo === 52);
    assert.equal(e.message, 'No such run has started.');
  });

  test('a start with stepsPerFrame plays paced: whole frames of that many steps', async () => {
    const w = spawn();
    workers.push(w.worker);
    w.send({ ...start('planar-flower.nnspec'), stepsPerFrame: 7 });
    w.send(play);
    await w.waitFor((m) => m.type === 'progress');
    w.send({ type: 'control', action: 'pause' });
    const paused = await w.waitFor<Status>(isStatus('paused'));
    // Flat out, the session would stop wherever its time slice ended; paced, only between frames.
    assert.ok(paused.stepsRun > 0 && paused.stepsRun < 10000, `paused at ${paused.stepsRun}`);
    assert.equal(paused.stepsRun % 7, 0, `paused at ${paused.stepsRun}, not after a whole frame of 7 steps`);
  });

  test('stop ends the run early with status stopped', async () => {
    const w = spawn();
    workers.push(w.worker);
    w.send(start('planar-flower.nnspec'));
    w.send(play);
    await w.waitFor((m) => m.type === 'progress');
    w.send({ type: 'control', action: 'stop' });
    const stopped = await w.waitFor<Status>(isStatus('stopped'));
    assert.ok(stopped.stepsRun < 10000, `stopped at ${stopped.stepsRun}`);
    assert.equal(stopped.message, `Stopped after ${stopped.stepsRun} of 10000 steps.`);
  });

  test('a spec with errors is refused with the first error', async () => {
    const w = spawn();
    workers.push(w.worker);
    w.send(start('broken-shapes.nnspec'));
    const e = await w.waitFor<WorkerError>((m) => m.type === 'error');
    assert.equal(
      e.message,
      'The spec cannot be trained: W[2] must be (1, 4) = (n[2], n[1]), but is (1, 3): its 3 columns should be n[1] = 4, the units of layer 1. Z[2] = W[2] A[1]: (1, 3)(4, m) — 3 ≠ 4.',
    );
  });

  test('a diverging run reports the divergence message', async () => {
    const w = spawn();
    workers.push(w.worker);
    const text = readFileSync(join(examples, 'house-prices.nnspec'), 'utf8')
      .replace('normalize: standard', 'normalize: none')
      .replace('optimizer: adam', 'optimizer: gd')
      .replace('learning_rate: 0.01', 'learning_rate: 10');
    w.send({ ...start('house-prices.nnspec'), text });
    w.send(play);
    const d = await w.waitFor<Status>(isStatus('diverged'));
    // The same run in this thread: the worker must pass on the core's own message and step.
    const a = analyze(text, diskIO({ baseDir: examples }));
    const trainer = new Trainer(a.parse.spec!, a.dataset!);
    while (trainer.next()) continue;
    assert.equal(trainer.status, 'diverged');
    assert.equal(d.message, trainer.divergence!.message);
    assert.equal(d.stepsRun, trainer.divergence!.step + 1);
  });

  test('a request for a step no snapshot is kept of, before any step, gets an error reply to that request', async () => {
    const w = spawn();
    workers.push(w.worker);
    w.send({ ...start('xor.nnspec'), snapshots: 0 });
    await w.waitFor(isStatus('idle'));
    w.send({ type: 'snapshot', requestId: 9, runId: 5, step: 0 });
    const e = await w.waitFor<WorkerError>((m) => m.type === 'error');
    assert.equal(e.inReplyTo, 9);
    assert.match(e.message, /No snapshot of step 0/);
  });
});
