// Lowers the priority of the calling worker thread (on Linux nice values are per thread), so that
// training gives way to the editor's own threads when the machine is busy. Elsewhere it does nothing.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value work off the host's thread runs at: below the editor's 0, well above idle-only work. */
export const WORKER_NICE = 10;

/** The calling thread's id (Linux), from /proc/thread-self, which links to `<pid>/task/<tid>`. */
export function threadId(): number | undefined {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/** Lowers this thread's priority to `nice`; false when it cannot (not Linux, not allowed, or the main thread). */
export function lowerWorkerPriority(nice = WORKER_NICE): boolean {
  const tid = threadId();
  if (tid === undefined || tid === process.pid) return false; // the process's main thread is the host's: never it
  try {
    if (getPriority(tid) < nice) setPriority(tid, nice); // never raised: that would need privileges
    return true;
  } catch {
    return false;
  }
}
