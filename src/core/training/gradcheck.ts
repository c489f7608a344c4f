// Gradient checking: backprop's dW[l], db[l] against centred finite differences of J.

import type { Dataset } from '../data/types';
import { buildNetwork } from '../engine/init';
import type { LayerParameters } from '../engine/network';
import type { Spec } from '../spec/types';

export interface GradientCheckResult {
  layer: number;
  param: 'W' | 'b';
  /** ||g_num - g_bp|| / (||g_num|| + ||g_bp||), 0 when both are 0. */
  relativeError: number;
  maxAbsDiff: number;
}

export interface GradientCheckOptions {
  /** Step of the centred differences (default 1e-5). */
  epsilon?: number;
  /** Check at these parameters instead of the spec's initial ones. */
  parameters?: LayerParameters[];
}

/**
 * (J(θ + ε e_k) - J(θ - ε e_k)) / 2ε for every entry of every W[l] and b[l], with J the full
 * cost (regularisation included) on the whole training set, compared with backprop.
 */
export function gradientCheck(spec: Spec, data: Dataset, options: GradientCheckOptions = {}): GradientCheckResult[] {
  const eps = options.epsilon ?? 1e-5;
  const net = buildNetwork(spec, data.X.rows);
  if (options.parameters) net.setParameters(options.parameters);
  const ws = net.workspace(data.X.cols, true);
  const X = data.X.data;
  const Y = data.Y.data;
  const cost = (): number => {
    net.forward(ws, X);
    return net.cost(ws, Y);
  };
  cost();
  net.backward(ws, Y, false);
  const results: GradientCheckResult[] = [];
  for (let l = 1; l <= net.L; l++) {
    for (const param of ['W', 'b'] as const) {
      const theta = param === 'W' ? net.W[l] : net.b[l];
      const backprop = param === 'W' ? net.dW[l] : net.db[l];
      let diff2 = 0;
      let num2 = 0;
      let bp2 = 0;
      let maxAbsDiff = 0;
      for (let k = 0; k < theta.length; k++) {
        const original = theta[k];
        theta[k] = original + eps;
        const plus = cost();
        theta[k] = original - eps;
        const minus = cost();
        theta[k] = original;
        const numeric = (plus - minus) / (2 * eps);
        const d = numeric - backprop[k];
        diff2 += d * d;
        num2 += numeric * numeric;
        bp2 += backprop[k] * backprop[k];
        maxAbsDiff = Math.max(maxAbsDiff, Math.abs(d));
      }
      const denominator = Math.sqrt(num2) + Math.sqrt(bp2);
      results.push({
        layer: l,
        param,
        relativeError: denominator === 0 ? 0 : Math.sqrt(diff2) / denominator,
        maxAbsDiff,
      });
    }
  }
  return results;
}
