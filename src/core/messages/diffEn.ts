// The catalog's English for a trace compared with nnspec's run (src/core/diff/text.ts): the report
// `nnspec diff` prints and the editor's output channel shows, and the editor's one-line summary.
export const DIFF_EN = {
  'diff.steps': '{n} {n|step|steps}',
  'diff.matrices': '{n} {n|matrix|matrices} ({entries} numbers)',
  'diff.matricesOf': '{n} {n|matrix|matrices} of {steps} ({entries} numbers)',
  'diff.costs': '{n} {n|cost|costs}',
  'diff.parameters': '{n} final {n|parameter|parameters}',
  'diff.nothing': 'nothing',
  'diff.afterTraining': 'after training',
  'diff.step': 'step {step}',
  'diff.entryAt': '{entry} (row {row}, column {column})',
  'diff.first': 'First difference: {where}, {entry}',
  'diff.yours': '  yours   {value}',
  'diff.nnspec': '  nnspec  {value}   (relative difference {relative})',
  'diff.where': '  It is {at} in {trace}. Everything compared before it agrees: {compared}.',
  'diff.agrees': '{trace} agrees with nnspec (relative differences at most {tolerance}): {compared}.',
  'diff.invalid': '{trace} cannot be compared:',
  'diff.invalidOne': '{trace} cannot be compared: {problem}',
  'diff.invalidMore': '{trace} cannot be compared: {problem} (and {n} more {n|problem|problems})',
  'diff.theCost': 'the cost {matrix}',
  'diff.entryOf': '{matrix}, entry {entry} (row {row}, column {column})',
  'diff.summary': 'Your trace first differs at {where} in {what}: yours {yours}, nnspec {nnspec}. {formula}',
} as const;

export type DiffMessageId = keyof typeof DIFF_EN;
