// The training section. Its errors never stop the shapes being shown, so it always returns
// a TrainingSpec: when something is wrong, the missing values are placeholders that train
// nothing (0 iterations, learning rate 0) and the error keeps the file from running.
import { msg } from '../messages/message';
import { Codes } from './codes';
import { entry, keysPresent, type Context } from './context';
import { DEFAULTS, ENUMS, EXACTLY_ONE_OF } from './keys';
import { POSITIVE_INT, readEnum, readNumber, readSection } from './readers';
import { shown } from './shown';
import { closest } from './suggest';
import type { TrainingSpec } from './types';
import { checkStepsKey } from './validateLimits';
import type { TreeNode } from './yamlTree';

const PLACEHOLDER: TrainingSpec = {
  iterations: 0,
  learningRate: 0,
  batchSize: DEFAULTS.batchSize,
  optimizer: DEFAULTS.optimizer,
};

export function validateTraining(ctx: Context, node: TreeNode | undefined): TrainingSpec {
  const t = readSection(ctx, node, 'training', 'training');
  if (!t) return { ...PLACEHOLDER };
  const iterations = readNumber(ctx, entry(t, 'iterations'), 'training.iterations', POSITIVE_INT);
  const epochs = readNumber(ctx, entry(t, 'epochs'), 'training.epochs', POSITIVE_INT);
  checkStepsKey(ctx, 'iterations', iterations);
  checkStepsKey(ctx, 'epochs', epochs);
  const learningRate = readNumber(ctx, entry(t, 'learning_rate'), 'training.learning_rate', {
    min: 0,
    minExclusive: true,
    says: msg('rule.above0'),
  });
  const batchSize = readBatchSize(ctx, entry(t, 'batch_size'));
  const optimizer =
    readEnum(ctx, entry(t, 'optimizer'), 'training.optimizer', 'optimizer', ENUMS.optimizer) ?? DEFAULTS.optimizer;
  const regularization = readRegularization(ctx, entry(t, 'regularization'));

  const hasIterations = entry(t, 'iterations') !== undefined;
  const hasEpochs = entry(t, 'epochs') !== undefined;
  if (hasIterations && hasEpochs) {
    ctx.error('key:training.epochs', Codes.iterationsAndEpochs, msg('training.both'));
  } else if (!hasIterations && !hasEpochs) {
    ctx.error('training.iterations', Codes.iterationsAndEpochs, msg('training.neither'), {
      range: ctx.rangeOf('key:training'),
    });
  }
  if (hasEpochs && !hasIterations && (batchSize ?? 'full') === 'full' && epochs !== undefined) {
    ctx.warn('training.epochs', Codes.epochsFullBatch, msg('training.epochsFullBatch', { epochs }));
  }
  if (learningRate !== undefined) warnLargeRate(ctx, learningRate, optimizer);

  const out: TrainingSpec = {
    learningRate: learningRate ?? PLACEHOLDER.learningRate,
    batchSize: batchSize ?? DEFAULTS.batchSize,
    optimizer,
  };
  if (hasEpochs && !hasIterations && epochs !== undefined) out.epochs = epochs;
  else out.iterations = hasIterations && !hasEpochs && iterations !== undefined ? iterations : 0;
  if (regularization) out.regularization = regularization;
  return out;
}

function readBatchSize(ctx: Context, node: TreeNode | undefined): 'full' | number | undefined {
  if (node === undefined) return undefined;
  const v = node.kind === 'scalar' ? node.value : undefined;
  if (v === 'full') return 'full';
  if (typeof v === 'string') {
    const fixes = closest(v, ['full']) ? [ctx.replace('training.batch_size', 'full')] : [];
    ctx.error(
      'training.batch_size',
      Codes.unknownValue,
      msg(fixes.length ? 'training.batchSizeFull' : 'training.batchSize', { value: shown(v) }),
      { fixes },
    );
    return undefined;
  }
  return readNumber(ctx, node, 'training.batch_size', {
    ...POSITIVE_INT,
    says: msg('rule.fullOrWhole'),
  });
}

function readRegularization(ctx: Context, node: TreeNode | undefined): TrainingSpec['regularization'] {
  const path = 'training.regularization';
  const r = readSection(ctx, node, path, 'training.regularization');
  if (!r) return undefined;
  if (keysPresent(r, EXACTLY_ONE_OF['training.regularization']).length !== 1) {
    ctx.error(path, Codes.regularizationKind, msg('training.regularization'), {
      range: ctx.rangeOf(`key:${path}`),
    });
  }
  const rule = { min: 0, says: msg('rule.lambda') };
  const l1 = readNumber(ctx, entry(r, 'l1'), `${path}.l1`, rule);
  const l2 = readNumber(ctx, entry(r, 'l2'), `${path}.l2`, rule);
  if (l1 !== undefined && entry(r, 'l2') === undefined) return { kind: 'l1', lambda: l1 };
  if (l2 !== undefined && entry(r, 'l1') === undefined) return { kind: 'l2', lambda: l2 };
  return undefined;
}

/** Above these, gradient descent usually diverges (Adam's step is about α per parameter). */
const LARGE_RATE = { gd: 10, momentum: 10, adam: 0.1 } as const;

function warnLargeRate(ctx: Context, rate: number, optimizer: TrainingSpec['optimizer']): void {
  if (rate <= LARGE_RATE[optimizer]) return;
  const usual = optimizer === 'adam' ? msg('training.usualAdam') : msg('training.usualGd');
  ctx.warn('training.learning_rate', Codes.largeLearningRate, msg('training.largeRate', { rate, usual }));
}
