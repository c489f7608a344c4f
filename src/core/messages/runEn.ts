// The catalog's English for a run's progress and outcome (src/core/runText.ts: the CLI, the status bar, the panel).
export const RUN_EN = {
  'steps.none': 'no step run yet (steps 0–{last})',
  'steps.allDone': ' (all {total} steps done)',
  'steps.at': 'step {step} / {last}{done}',
  'progress.cost': 'J {cost}',
  'progress.accuracy': 'accuracy {accuracy}',
  'summary.trained': 'Trained all {n} steps (0–{last}); with the final parameters J = {cost}',
  'summary.accuracy': 'training accuracy {accuracy}',
  'summary.testCost': 'test J = {cost}',
  'summary.testAccuracy': 'test accuracy {accuracy}',
  'summary.end': '{parts}.',
  'summary.stopped': 'Stopped after {n} of {total} steps.',
  'state.idle': 'not started',
  'state.running': 'running',
  'state.paused': 'paused',
  'state.done': 'done',
  'state.diverged': 'diverged',
  'state.stopped': 'stopped',
  'state.noStep': '{status}, no step run yet',
  'state.doneSteps': 'done ({n} {n|step|steps})',
  'state.at': '{status} at step {step} / {last}',
  'state.stale': '{where}, stale',
} as const;

export type RunMessageId = keyof typeof RUN_EN;
