// The catalog's English for the Node side (src/node): why a worker's job (a run, a comparison with a
// trace, an export, an explanation) has no answer, and why the editor's check of a spec failed.
export const NODE_EN = {
  'job.incomplete': 'it is incomplete',
  'job.cannotTrain': 'The spec cannot be trained: {why}',
  'job.cannotExplain': 'The spec cannot be trained, so nothing was explained: {why}',
  'job.cannotCompare': 'The spec cannot be trained, so nothing was compared: {why}',
  'job.cannotExport': 'The spec cannot be trained, so it cannot be exported: {why}',
  'job.notExported': 'Not exported: {problem}',
  'job.stoppedBeforeFirstStep': 'The run stopped before its first step: {why}',
  'job.noVariant': "The spec has no variant '{name}' that can be trained.",
  'job.noRun': 'No such run has started.',
  'job.trainingFailed': 'Training failed: {error}',
  'job.noSnapshotNear': 'No snapshot near step {step} is kept.',
  'job.noSnapshotOf': 'No snapshot of step {step} is kept.',
  'job.boundary2d': 'The decision boundary is drawn for 2-D inputs only.',
  'job.comparison': 'comparison',
  'job.export': 'export',
  'job.explanation': 'explanation',
  'job.outOfMemory': 'The {what} ran out of memory (its limit is {limit}).',
  'job.failed': 'The {what} failed: {error}',
  'job.stopped': 'The {what} stopped unexpectedly (exit code {code}).',
  'analysis.failed': 'nnspec could not check this spec: {why}',
  'analysis.internalError': 'an internal error ({error}). Please report this file.',
  'analysis.outOfMemory':
    'it needs more than the {mb} MB of memory the check may use. Make the data or the network smaller.',
  'analysis.tookLonger': 'it took longer than {limit}, so it was stopped.',
  'analysis.seconds': '{n} seconds',
  'analysis.workerStopped': 'the analysis worker stopped (exit code {code}).',
} as const;

export type NodeMessageId = keyof typeof NODE_EN;
