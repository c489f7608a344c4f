// A run's status as every part names it, and the one rule for when a control needs a new run.

/** idle: not started; running / paused; then one of the three ends. */
export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'diverged' | 'stopped';

/** Whether the run has ended (it ran every step, blew up, or was stopped). */
export function isFinished(status: RunStatus): boolean {
  return status === 'done' || status === 'diverged' || status === 'stopped';
}

/**
 * Whether Play or Step must start a new run instead of acting on this one: there is none, it has ended,
 * or the spec changed since it started (`stale`). (A gradient check still checks an ended run's final
 * parameters while its worker lives; it starts a new run only for none or a stale one.)
 */
export function needsNewRun(run: { status: RunStatus; stale: boolean } | undefined): boolean {
  return run === undefined || isFinished(run.status) || run.stale;
}
