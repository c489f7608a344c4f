// The whole file: the top-level keys, then each section, then the Spec when a network can be built.
import { msg } from '../messages/message';
import { Codes } from './codes';
import { entry, type Context } from './context';
import { DEFAULTS, ENUMS } from './keys';
import { count } from './limits';
import { readEnum, readNumber, readSection } from './readers';
import type { Spec } from './types';
import { validateCompare, type VariantOverrides } from './validateCompare';
import { validateData } from './validateData';
import { validateNetwork } from './validateNetwork';
import { validateTraining } from './validateTraining';
import type { TreeNode } from './yamlTree';

/** Seeds are 32-bit: a larger one would silently wrap around to a smaller one's streams. */
const MAX_SEED = 2 ** 32 - 1;

export interface Validated {
  spec?: Spec;
  /** compare:'s entries whose form and PATHs are right, to validate with each applied. */
  variants: VariantOverrides[];
}

export function validate(ctx: Context, root: TreeNode): Validated {
  const top = readSection(ctx, root, '', '');
  if (!top) return { variants: [] };
  const nameNode = entry(top, 'name');
  const name =
    nameNode?.kind === 'scalar' &&
    (typeof nameNode.value === 'string' || typeof nameNode.value === 'number' || typeof nameNode.value === 'boolean')
      ? String(nameNode.value)
      : undefined;
  if (nameNode !== undefined && name === undefined) ctx.warn('name', Codes.wrongType, msg('spec.name'));
  const seed =
    readNumber(ctx, entry(top, 'seed'), 'seed', {
      integer: true,
      min: 0,
      max: MAX_SEED,
      says: msg('rule.seed', { max: count(MAX_SEED) }),
    }) ?? DEFAULTS.seed;
  const layoutNode = entry(top, 'layout');
  const layout = readEnum(ctx, layoutNode, 'layout', 'layout', ENUMS.layout);
  const data = validateData(ctx, entry(top, 'data'));
  const network = validateNetwork(ctx, entry(top, 'network'));
  const loss = readEnum(ctx, entry(top, 'loss'), 'loss', 'loss', ENUMS.loss);
  const training = validateTraining(ctx, entry(top, 'training'));
  // A bad layout would misread every matrix: no spec, but the rest is still reported.
  const compare = validateCompare(ctx, entry(top, 'compare'), root);
  if (ctx.structuralError || !data || !network || !loss || (layoutNode !== undefined && !layout))
    return { variants: compare.variants };
  const spec: Spec = { seed, layout: layout ?? DEFAULTS.layout, data, network, loss, training };
  if (name !== undefined) spec.name = name;
  if (entry(top, 'compare') !== undefined) spec.variants = compare.specs;
  return { spec, variants: compare.variants };
}
