// The catalog's English for a run that diverged (src/core/training/divergence.ts): what went bad and what to try.
export const DIVERGENCE_EN = {
  'diverge.head': 'Training diverged at step {step}: {what}.',
  'diverge.initial':
    '{head} This happens with the initial parameters, before any update: check the data for missing or huge ' +
    'values, and that the output activation suits the loss (binary_cross_entropy needs A[L] in (0, 1), ' +
    'cross_entropy a softmax output).',
  'diverge.rate': '{head} The learning rate (α = {lr}) is probably too large; try {smaller} or smaller.',
  'diverge.cost': 'the cost became {cost}',
  'diverge.gradient': '{name} became NaN or infinite',
  'diverge.overflow': '{name} overflowed after the update',
  'diverge.aParameter': 'a parameter',
} as const;

export type DivergenceMessageId = keyof typeof DIVERGENCE_EN;
