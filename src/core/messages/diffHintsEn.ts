// The catalog's English for what a trace's first difference says beyond its numbers (src/core/diff/):
// the hint its pattern suggests, the words of its formula, and the note on a run that diverged.
export const DIFF_HINTS_EN = {
  'diff.hint.missingM': "Every entry of yours is m = {m} times nnspec's: the 1/m is missing.",
  'diff.hint.mTwice': "Every entry of yours is nnspec's divided by m = {m}: is 1/m applied twice?",
  'diff.hint.sign': "Yours has the opposite sign everywhere: check the sign in {name}'s formula.",
  'diff.hint.ratio': "Every entry of yours is {ratio} times nnspec's.",
  'diff.hint.transposed':
    "Yours is nnspec's {name} transposed: check the order of the product and which axis holds the examples.",
  'diff.hint.start':
    "At step 0, {name} depends only on X and the initial W[1], b[1]: train on the spec's data, initial " +
    'parameters and batches (nnspec export FILE --to numpy writes them out).',
  'diff.formula.recorded': '{formula} (recorded; dZ[{L}] = A[{L}] - Y is what backprop uses)',
  'diff.formula.adam': '{p} := {p} - α v̂ / (sqrt(ŝ) + ε) (Adam, bias-corrected)',
  'diff.formula.update': '{name} after {steps} steps, each {update}',
  'diff.formula.finalCost': '{cost}, with the parameters after {steps} steps, on all m = {m} training examples',
  'diff.note.diverged': "nnspec's run diverged at step {step}; the trace's later steps were not compared.",
  'diff.note.divergedWithFinal':
    "nnspec's run diverged at step {step}; the trace's later steps and final parameters were not compared.",
} as const;

export type DiffHintsMessageId = keyof typeof DIFF_HINTS_EN;
