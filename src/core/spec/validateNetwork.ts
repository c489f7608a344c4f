// The network section: n[0], initialisation and the layers.
import { msg } from '../messages/message';
import { Codes } from './codes';
import { childPath, describe, entry, type Context } from './context';
import { DEFAULTS, ENUMS } from './keys';
import { readMatrix } from './matrix';
import { POSITIVE_INT, readEnum, readNumber, readSection } from './readers';
import type { LayerSpec, NetworkSpec } from './types';
import { checkUnitsKey } from './validateLimits';
import type { TreeNode } from './yamlTree';

export function validateNetwork(ctx: Context, node: TreeNode | undefined): NetworkSpec | undefined {
  const net = readSection(ctx, node, 'network', 'network');
  if (!net) return undefined;
  const input = readNumber(ctx, entry(net, 'input'), 'network.input', POSITIVE_INT);
  const init = readEnum(ctx, entry(net, 'init'), 'network.init', 'init', ENUMS.init) ?? DEFAULTS.init;
  const initScale =
    readNumber(ctx, entry(net, 'init_scale'), 'network.init_scale', {
      min: 0,
      minExclusive: true,
      says: msg('rule.above0'),
    }) ?? DEFAULTS.initScale;
  if (entry(net, 'init_scale') !== undefined && init !== 'random') {
    ctx.warn('key:network.init_scale', Codes.unusedKey, msg('network.initScaleUnused', { init }));
  }
  const layers = readLayers(ctx, entry(net, 'layers'));
  if (layers && init === 'zeros' && layers.slice(0, -1).some((l) => l.W === undefined)) {
    ctx.warn('network.init', Codes.zeroInitSymmetry, msg('network.zeroInit'), {
      fixes: [ctx.replace('network.init', 'random')],
    });
  }
  if (!layers) return undefined;
  const out: NetworkSpec = { init, initScale, layers };
  if (input !== undefined) out.input = input;
  return out;
}

function readLayers(ctx: Context, node: TreeNode | undefined): LayerSpec[] | undefined {
  const path = 'network.layers';
  if (node === undefined) return undefined;
  if (node.kind !== 'seq') {
    ctx.error(path, Codes.wrongType, msg('network.layersNotList', { actual: describe(node) }));
    return undefined;
  }
  if (node.items.length === 0) {
    ctx.error(path, Codes.emptyList, msg('network.noLayers'));
    return undefined;
  }
  const layers = node.items.map((item, i) => readLayer(ctx, item, childPath(path, i), i + 1));
  return layers.every((l) => l !== undefined) ? layers : undefined;
}

function readLayer(ctx: Context, node: TreeNode, path: string, l: number): LayerSpec | undefined {
  const layer = readSection(ctx, node, path, 'network.layers.*');
  if (!layer) return undefined;
  const units = readNumber(ctx, entry(layer, 'units'), `${path}.units`, POSITIVE_INT);
  checkUnitsKey(ctx, `${path}.units`, l, units);
  const activation = readEnum(ctx, entry(layer, 'activation'), `${path}.activation`, 'activation', ENUMS.activation);
  const alpha =
    readNumber(ctx, entry(layer, 'alpha'), `${path}.alpha`, { min: 0, says: msg('rule.atLeast0') }) ?? DEFAULTS.alpha;
  if (entry(layer, 'alpha') !== undefined && activation !== undefined && activation !== 'leaky_relu') {
    ctx.warn(
      `key:${path}.alpha`,
      Codes.unusedKey,
      msg('network.alphaUnused', { layer: l, activation: String(activation) }),
    );
  }
  const W = readMatrix(ctx, entry(layer, 'W'), `${path}.W`, `W[${l}]`);
  const b = readMatrix(ctx, entry(layer, 'b'), `${path}.b`, `b[${l}]`);
  const badMatrix = (entry(layer, 'W') !== undefined && !W) || (entry(layer, 'b') !== undefined && !b);
  if (units === undefined || activation === undefined || badMatrix) return undefined;
  const out: LayerSpec = { units, activation, alpha };
  if (W) out.W = W;
  if (b) out.b = b;
  return out;
}
