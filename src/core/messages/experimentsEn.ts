// The catalog's English for experiments: the run list's labels (what changed since the run before),
// the keys "nnspec: Compare…" offers, and why it cannot add the variants asked for.
export const EXPERIMENTS_EN = {
  'changes.edited': 'edited',
  'changes.compareEdited': 'compare edited',
  'changes.empty': 'empty',
  'changes.more': '{labels} and {n} more',
  'runs.first': 'first run',
  'runs.noChange': 'no change',
  'runs.file': 'the file',
  'runs.fileChanged': 'the file: {changes}',
  'runs.newerStarted': 'Stopped when newer runs started.',
  'compareKey.learningRate': 'Learning rate',
  'compareKey.init': 'Initialisation',
  'compareKey.activation': 'Activation of layer {layer}',
  'compareKey.units': 'Units of layer {layer}',
  'compareKey.l2': 'L2 regularisation λ',
  'addCompare.yamlErrors': 'Fix the YAML errors in this file first: variants are added to a file nnspec can read.',
  'addCompare.noValue': 'Give at least one value for {key} to compare.',
  'addCompare.tooMany': 'A file trains at most {max} variants; it has {has} and {added} would be added.',
  'addCompare.notYaml': "'{value}' is not a value nnspec can read: it is not valid YAML.",
  'addCompare.notWhere': 'compare: is not where nnspec expects it; add the variants by hand.',
  'addCompare.notList': 'compare must be a list before variants can be added to it.',
  'addCompare.wouldChange':
    'nnspec cannot add the variants to this compare: list without changing what it says; add them by hand.',
} as const;

export type ExperimentsMessageId = keyof typeof EXPERIMENTS_EN;
