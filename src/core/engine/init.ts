// A Network from a Spec, with its initial parameters: explicit W/b from the file, otherwise
// the spec's init scheme drawn from Random(spec.seed).

import type { Spec } from '../spec/types';
import { fromFileLayout } from '../layout';
import { zeros } from './matrix';
import { Network, type LayerParameters, type NetworkConfig } from './network';
import { Random } from './random';

export function networkConfig(spec: Spec, n0: number): NetworkConfig {
  const layers = spec.network.layers;
  const reg = spec.training.regularization;
  return {
    sizes: [n0, ...layers.map((l) => l.units)],
    activations: layers.map((l) => l.activation),
    alphas: layers.map((l) => l.alpha),
    loss: spec.loss,
    regularization: reg && reg.lambda !== 0 ? { kind: reg.kind, lambda: reg.lambda } : undefined,
  };
}

/** The standard deviation of W[l]'s entries under the spec's init scheme. */
function initStd(spec: Spec, nPrev: number): number {
  switch (spec.network.init) {
    case 'zeros':
      return 0;
    case 'random':
      return spec.network.initScale;
    case 'xavier':
      return Math.sqrt(1 / nPrev);
    case 'he':
      return Math.sqrt(2 / nPrev);
  }
}

/**
 * W[l], b[l] for l = 1..L in the columns orientation. Random draws go layer by layer, each W[l]
 * in row-major order of its (n[l], n[l-1]) form, so both layouts get the same numbers transposed.
 * A layer with an explicit W still consumes its draws: the other layers do not change when one is
 * given explicitly. b[l] = 0 unless given.
 */
export function initialParameters(spec: Spec, n0: number): LayerParameters[] {
  const random = new Random(spec.seed);
  const out: LayerParameters[] = [];
  let nPrev = n0;
  for (const layer of spec.network.layers) {
    const n = layer.units;
    const W = zeros(n, nPrev);
    const std = initStd(spec, nPrev);
    if (spec.network.init !== 'zeros') for (let k = 0; k < W.data.length; k++) W.data[k] = random.normal() * std;
    out.push({
      W: layer.W ? fromFileLayout(layer.W, spec.layout) : W,
      b: layer.b ? fromFileLayout(layer.b, spec.layout) : zeros(n, 1),
    });
    nPrev = n;
  }
  return out;
}

/** A network for the spec and n[0] inputs, holding its initial parameters. */
export function buildNetwork(spec: Spec, n0: number): Network {
  const net = new Network(networkConfig(spec, n0));
  net.setParameters(initialParameters(spec, n0));
  return net;
}
