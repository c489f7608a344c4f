// A worker thread lowers its own priority and no other thread's; the host's main thread is never lowered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lowerWorkerPriority, threadId, WORKER_NICE } from '../../../src/node/threadPriority';

const onLinux = process.platform === 'linux';

/** Thread `tid`'s nice value, field 19 of /proc/<pid>/task/<tid>/stat. */
function niceOf(tid: number): number {
  const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

/** Runs lowerWorkerPriority in a worker thread; resolves with what it returned and the thread's id. */
function inWorker(): Promise<{ lowered: boolean; tid: number | undefined }> {
  const entry = join(__dirname, '..', '..', '..', 'src', 'node', 'threadPriority.ts');
  const code = `require('tsx/cjs');
    const { parentPort } = require('node:worker_threads');
    const t = require(${JSON.stringify(entry)});
    parentPort.postMessage({ lowered: t.lowerWorkerPriority(), tid: t.threadId() });
    parentPort.once('message', () => process.exit(0));`;
  const w = new Worker(code, { eval: true });
  return new Promise((resolve, reject) => {
    w.once('error', reject);
    w.once('message', (m: { lowered: boolean; tid: number | undefined }) => {
      if (m.tid !== undefined && onLinux) Object.assign(m, { nice: niceOf(m.tid) });
      resolve(m);
      w.postMessage('done');
    });
  });
}

test('a worker thread runs below the editor, and the main thread keeps its priority', { skip: !onLinux }, async () => {
  const main = threadId()!;
  assert.equal(main, process.pid, 'the main thread is the process');
  const before = niceOf(main);
  const r = (await inWorker()) as { lowered: boolean; tid: number; nice?: number };
  assert.equal(r.lowered, true);
  assert.notEqual(r.tid, process.pid);
  assert.equal(r.nice, Math.max(before, WORKER_NICE));
  assert.equal(niceOf(main), before);
});

test('the main thread is never lowered', { skip: !onLinux }, () => {
  const before = niceOf(process.pid);
  assert.equal(lowerWorkerPriority(), false);
  assert.equal(niceOf(process.pid), before);
});
