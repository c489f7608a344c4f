// A run's status as every part names it, and the one rule for when a control needs a new run.

/** idle: not started; running / paused; then one of the three ends. */
export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'diverged' | 'stopped';

/** Whether the run has ended (it ran every step, blew up, or was stopped). */
export function isFinished(status: RunStatus): boolean {
  return status === 'done' || status === 'diverged' || status === 'stopped';
}

/** What the run is wanted for: Play or Step (`control`), or a gradient check (`gradcheck`). */
export type RunUse = 'control' | 'gradcheck';

/**
 * Whether `use` must start a new run instead of acting on this one: there is none, or the spec changed
 * since it started (`stale`), or for Play and Step it has ended; a gradient check still checks an ended
 * run's final parameters, so for it only a run whose worker is gone (`alive` false) needs replacing.
 */
export function needsNewRun(
  run: { status: RunStatus; stale: boolean; alive: boolean } | undefined,
  use: RunUse = 'control',
): boolean {
  if (run === undefined || run.stale) return true;
  return use === 'gradcheck' ? !run.alive : isFinished(run.status);
}
