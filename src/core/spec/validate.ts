// The whole file: the top-level keys, then each section, then the Spec when a network can be built.
import { Codes } from './codes';
import { entry, type Context } from './context';
import { DEFAULTS, ENUMS } from './keys';
import { count } from './limits';
import { readEnum, readNumber, readSection } from './readers';
import type { Spec } from './types';
import { validateData } from './validateData';
import { validateNetwork } from './validateNetwork';
import { validateTraining } from './validateTraining';
import type { TreeNode } from './yamlTree';

/** Seeds are 32-bit: a larger one would silently wrap around to a smaller one's streams. */
const MAX_SEED = 2 ** 32 - 1;

export function validate(ctx: Context, root: TreeNode): Spec | undefined {
  const top = readSection(ctx, root, '', '');
  if (!top) return undefined;
  const nameNode = entry(top, 'name');
  const name =
    nameNode?.kind === 'scalar' &&
    (typeof nameNode.value === 'string' || typeof nameNode.value === 'number' || typeof nameNode.value === 'boolean')
      ? String(nameNode.value)
      : undefined;
  if (nameNode !== undefined && name === undefined)
    ctx.warn('name', Codes.wrongType, 'name should be a short title, e.g. name: XOR with one hidden layer.');
  const seed =
    readNumber(ctx, entry(top, 'seed'), 'seed', {
      integer: true,
      min: 0,
      max: MAX_SEED,
      says: `a whole number from 0 to ${count(MAX_SEED)} (2^32 - 1)`,
    }) ?? DEFAULTS.seed;
  const layoutNode = entry(top, 'layout');
  const layout = readEnum(ctx, layoutNode, 'layout', 'layout', ENUMS.layout);
  // A bad layout would misread every matrix; keep reading with the default to report the rest.
  const data = validateData(ctx, entry(top, 'data'), layout ?? DEFAULTS.layout);
  const network = validateNetwork(ctx, entry(top, 'network'));
  const loss = readEnum(ctx, entry(top, 'loss'), 'loss', 'loss', ENUMS.loss);
  const training = validateTraining(ctx, entry(top, 'training'));
  if (ctx.structuralError || !data || !network || !loss || (layoutNode !== undefined && !layout)) return undefined;
  const spec: Spec = { seed, layout: layout ?? DEFAULTS.layout, data, network, loss, training };
  if (name !== undefined) spec.name = name;
  return spec;
}
