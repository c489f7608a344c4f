// The script's test split (src/core/data/split.ts) and feature scaling (src/core/data/normalize.ts).
import type { Normalize } from '../spec/types';
import { examplesAxis, pickExamples, type Flavor } from './flavor';
import type { ExportPlan } from './plan';
import { pyNumber, wrap } from './python';

export function splitCode(plan: ExportPlan, f: Flavor): string {
  const total = plan.m + plan.mTest;
  const pick = (M: string, idx: string) => pickExamples(f, M, idx);
  const testSplit = pyNumber(plan.spec.data.testSplit);
  return `def split_train_test(X, Y):
    """Holds out ${plan.mTest} of the ${total} examples as the test set (test_split: ${testSplit}).

    As nnspec does: a shuffle drawn from Random(SEED ^ 0x7E57) picks them, and both parts keep
    the examples' order.
    """
    m = X.shape[${examplesAxis(f)}]
    order = list(range(m))
    Random(SEED ^ 0x7E57).shuffle(order)
    test = ${f.falseMask('m')}
    test[order[:${plan.mTest}]] = True
    return ${pick('X', '~test')}, ${pick('Y', '~test')}, ${pick('X', 'test')}, ${pick('Y', 'test')}`;
}

function statistics(kind: Exclude<Normalize, 'none'>, f: Flavor): string[] {
  const axis = examplesAxis(f);
  if (f.library === 'numpy') {
    return kind === 'standard'
      ? [`shift = X.mean(axis=${axis}, keepdims=True)`, `scale = X.std(axis=${axis}, keepdims=True)`]
      : [`shift = X.min(axis=${axis}, keepdims=True)`, `scale = X.max(axis=${axis}, keepdims=True) - shift`];
  }
  return kind === 'standard'
    ? ['shift = X.mean(dim=0, keepdim=True)', 'scale = X.std(dim=0, unbiased=False, keepdim=True)']
    : ['shift = X.amin(dim=0, keepdim=True)', 'scale = X.amax(dim=0, keepdim=True) - shift'];
}

export function normalizeCode(kind: Exclude<Normalize, 'none'>, withTest: boolean, f: Flavor): string {
  const what =
    kind === 'standard'
      ? "x' = (x - mean) / std for each feature, with the training examples' mean and population standard deviation."
      : "x' = (x - min) / (max - min) for each feature, with the training examples' minimum and maximum.";
  const test = withTest ? ', X_test' : '';
  const sameForTest = withTest ? ' The test set is scaled with the same numbers.' : '';
  const doc = wrap(`${kind}: ${what}${sameForTest}`, 96, '    ').trimStart();
  return `def normalize(X${test}):
    """${doc}
    """
    ${statistics(kind, f).join('\n    ')}
    scale[scale == 0] = 1  # a constant feature is only shifted (to 0), not divided by 0
    return (X - shift) / scale${withTest ? ', (X_test - shift) / scale' : ''}`;
}
