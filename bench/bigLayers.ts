// `npm run bench`'s big-layer part: the built training worker (dist/worker.js) trains 784-256-10 in a
// worker thread while this thread plays the extension host (the run record flushed at 10 Hz, step 0's
// snapshot asked for while it trains, a step halfway through once it is done): the largest message for
// the panel, this thread's event-loop delay, and both snapshot replies (how long the worker took to
// answer, and the message the panel then draws).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { RunRecord } from '../src/node/runRecord';
import type { SnapshotMessage } from '../src/protocol';
import type { WorkerReply, WorkerRequest } from '../src/node/workerProtocol';
import { digitsCsv, digitsSpec } from '../test/fixtures/digitsCsv';

export interface SnapshotReply {
  /** From asking the worker for the snapshot to its reply on this thread (ms). */
  replyMs: number;
  /** Serialising that reply for the webview, as the editor's postMessage does (ms): see editorSerialise. */
  serialiseMs: number;
  /** The reply as the host posts it to the panel (run 1). */
  message: SnapshotMessage;
}

export interface BigLayerFigures {
  steps: number;
  largestMessageBytes: number;
  largestKind: string;
  delayP99Ms: number;
  delayMaxMs: number;
  /** Step 0's snapshot, asked for while the network trains (the first replay in the worker). */
  first: SnapshotReply;
  /** The kept step nearest halfway through, asked for once the run is done (as a student picks a step). */
  chosen: SnapshotReply;
}

/**
 * What VS Code's webview postMessage does with a message from an extension built for VS Code 1.57 or
 * later: JSON, with each typed array replaced by a reference to its buffer, and the buffers sent as they are.
 */
function editorSerialise(m: unknown): { json: string; buffers: ArrayBufferLike[] } {
  const buffers: ArrayBufferLike[] = [];
  const json = JSON.stringify(m, (_key, v: unknown) => {
    if (!ArrayBuffer.isView(v)) return v;
    const index = buffers.includes(v.buffer) ? buffers.indexOf(v.buffer) : buffers.push(v.buffer) - 1;
    return { buffer: index, byteOffset: v.byteOffset, byteLength: v.byteLength };
  });
  return { json, buffers };
}

/** Trains 784-256-10 on 2,048 rows for 3 epochs through dist/worker.js, as the host would. */
export async function bigLayerFigures(): Promise<BigLayerFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-bench-big-'));
  writeFileSync(join(dir, 'digits.csv'), digitsCsv(2048));
  const worker = new Worker(join(__dirname, '..', 'dist', 'worker.js'));
  const record = new RunRecord(1);
  let largest = { bytes: 0, kind: '' };
  const measure = (m: { type: string }) => {
    const bytes = Buffer.byteLength(JSON.stringify(m));
    if (bytes > largest.bytes) largest = { bytes, kind: m.type };
  };
  const asked = new Map<number, number>(); // request id → when it was asked
  const replies = new Map<number, SnapshotReply>();
  const answered = (m: WorkerReply) => {
    if (m.type !== 'snapshot') return measure(m);
    const replyMs = performance.now() - asked.get(m.inReplyTo)!;
    const message: SnapshotMessage = { ...m, runId: 1 };
    const t0 = performance.now();
    editorSerialise(message);
    replies.set(m.inReplyTo, { replyMs, serialiseMs: performance.now() - t0, message });
    measure(message);
  };
  const ask = (requestId: number, step: number) => {
    asked.set(requestId, performance.now());
    worker.postMessage({ type: 'snapshot', requestId, runId: 1, step } satisfies WorkerRequest);
  };
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const timer = setInterval(() => record.flush().forEach(measure), 100);
  try {
    const steps = await new Promise<number>((resolve, reject) => {
      worker.on('error', reject);
      let steps = 0;
      worker.on('message', (m: WorkerReply) => {
        if ('inReplyTo' in m) {
          answered(m);
          if (m.inReplyTo === 2) resolve(steps);
          return;
        }
        if (m.type === 'error') return reject(new Error(m.message));
        record.add(m);
        if (m.type === 'status' && m.status === 'running' && m.stepsRun > 10 && !asked.has(1)) ask(1, 0);
        if (m.type === 'status' && m.status === 'done' && !asked.has(2)) ask(2, Math.floor((steps = m.stepsRun) / 2));
      });
      const text = digitsSpec('digits.csv', 3);
      const start: WorkerRequest = {
        type: 'start',
        runId: 1,
        text,
        baseDir: dir,
        dataRoot: dir,
        snapshots: 20,
        boundaryResolution: 60,
      };
      worker.postMessage(start);
      worker.postMessage({ type: 'control', action: 'play' } satisfies WorkerRequest);
    });
    record.replay().forEach(measure);
    const first = replies.get(1);
    const chosen = replies.get(2);
    if (!first || !chosen) throw new Error('the worker did not answer both snapshot requests');
    return {
      steps,
      largestMessageBytes: largest.bytes,
      largestKind: largest.kind,
      delayP99Ms: delay.percentile(99) / 1e6,
      delayMaxMs: delay.max / 1e6,
      first,
      chosen,
    };
  } finally {
    delay.disable();
    clearInterval(timer);
    await worker.terminate();
    rmSync(dir, { recursive: true, force: true });
  }
}
