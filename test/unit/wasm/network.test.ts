// The network's WebAssembly path (buffers in its arena) against its JavaScript path (no arena):
// the same forward pass, cost, gradients and updates, for every activation, loss and regulariser.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Network, type NetworkConfig } from '../../../src/core/engine/network';
import { createOptimizer } from '../../../src/core/engine/optimizers';
import type { OptimizerKind } from '../../../src/core/spec/types';

let seed = 3;
function rand(): number {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647 - 0.5;
}

function close(got: ArrayLike<number>, want: ArrayLike<number>, what: string): void {
  for (let k = 0; k < want.length; k++) {
    if (!(Math.abs(got[k] - want[k]) <= 1e-12 * Math.max(1, Math.abs(want[k]))))
      assert.fail(`${what}[${k}]: wasm ${got[k]}, JavaScript ${want[k]}`);
  }
}

const CONFIGS: [NetworkConfig, number, OptimizerKind][] = [
  [{ sizes: [2, 4, 1], activations: ['tanh', 'sigmoid'], alphas: [0, 0], loss: 'binary_cross_entropy' }, 7, 'gd'],
  [{ sizes: [1, 2, 1], activations: ['relu', 'sigmoid'], alphas: [0, 0], loss: 'binary_cross_entropy' }, 1, 'gd'],
  [
    {
      sizes: [3, 5, 4, 3],
      activations: ['leaky_relu', 'linear', 'softmax'],
      alphas: [0.1, 0, 0],
      loss: 'cross_entropy',
      regularization: { kind: 'l2', lambda: 0.3 },
    },
    5,
    'momentum',
  ],
  [
    {
      sizes: [3, 6, 2],
      activations: ['sigmoid', 'tanh'],
      alphas: [0, 0],
      loss: 'mse',
      regularization: { kind: 'l1', lambda: 0.2 },
    },
    6,
    'adam',
  ],
  [{ sizes: [5, 9, 2], activations: ['relu', 'sigmoid'], alphas: [0, 0], loss: 'cross_entropy' }, 33, 'gd'],
  // dW[1] is 128 · 300 · 130 multiply-adds with about half of dZ[1] zero: the sparse product (arena-sparse.ts)
  [
    {
      sizes: [300, 128, 10],
      activations: ['relu', 'softmax'],
      alphas: [0, 0],
      loss: 'cross_entropy',
      regularization: { kind: 'l2', lambda: 0.1 },
    },
    130,
    'adam',
  ],
];

describe('the network on WebAssembly and in JavaScript', () => {
  for (const [config, m, optimizer] of CONFIGS) {
    test(`${config.sizes.join('-')} ${config.activations.join('/')} ${config.loss}, m = ${m}, ${optimizer}: equal over 3 steps`, () => {
      const nets = [new Network(config, true), new Network(config, false)];
      assert.ok(nets[0].arena && !nets[1].arena);
      const theta = Float64Array.from(nets[0].theta, () => rand());
      const X = Float64Array.from({ length: config.sizes[0] * m }, () => 3 * rand());
      const nL = config.sizes[config.sizes.length - 1];
      const Y = Float64Array.from({ length: nL * m }, () => (rand() > 0 ? 1 : 0));
      const runs = nets.map((net) => {
        net.theta.set(theta);
        return { net, ws: net.workspace(m, true), opt: createOptimizer(optimizer, 0.05, net.theta.length) };
      });
      for (let step = 0; step < 3; step++) {
        const out = runs.map(({ net, ws, opt }) => {
          net.forward(ws, X);
          const cost = net.cost(ws, Y);
          net.backward(ws, Y, true);
          const norms = net.gradientNorms();
          const finite = net.gradientsFinite();
          const updated = opt.update(net.theta, net.grad);
          return { cost, norms, finite, updated, ws };
        });
        const [w, j] = out;
        close([w.cost], [j.cost], `J_${step}`);
        close(w.norms, j.norms, `||dW|| at ${step}`);
        assert.equal(w.finite, j.finite);
        assert.equal(w.updated, j.updated);
        for (let l = 1; l < config.sizes.length; l++)
          for (const key of ['Z', 'A', 'dZ', 'dA'] as const)
            close(w.ws[key][l], j.ws[key][l], `${key}[${l}] at ${step}`);
        close(nets[0].theta, nets[1].theta, `θ after step ${step}`);
      }
    });
  }

  test('X and Y outside the arena are copied in; inside it they are used as they are', () => {
    const net = new Network({
      sizes: [2, 3, 1],
      activations: ['tanh', 'sigmoid'],
      alphas: [0, 0],
      loss: 'binary_cross_entropy',
    });
    const ws = net.workspace(4, true);
    const X = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    net.forward(ws, X);
    assert.notEqual(ws.A[0], X);
    assert.deepEqual(Array.from(ws.A[0]), Array.from(X));
    const inside = net.arena!.alloc(8);
    inside.set(X);
    net.forward(ws, inside);
    assert.equal(ws.A[0], inside);
  });
});
