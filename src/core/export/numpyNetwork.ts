// The numpy script's network in the course's style: initialize_parameters, forward_propagation,
// backward_propagation, in the file's layout (columns: W A + b; rows: A W + b).
import { forLayout, unitAxis } from '../layout';
import type { Activation, Layout } from '../spec/types';
import { initDescription, initStd, explicitParameters } from './init';
import { wrap } from './python';
import { differentiatedActivations, type ExportPlan } from './plan';

/** The products and sums of one layer, written for the file's layout. */
interface LayerAlgebra {
  /** n[l] x m shape of Z, A, dZ, dA. */
  data: string;
  Z: string;
  dW: string;
  db: string;
  dAprev: string;
  Wshape: string;
  bshape: string;
  bZeros: string;
  /** W[l] from the draws, (n[l], n[l-1]) row by row; and W[l] = 0. */
  Wdrawn: string;
  Wzeros: string;
}

function algebra(layout: Layout): LayerAlgebra {
  return forLayout<LayerAlgebra>(layout, {
    columns: {
      data: '(n[l], m)',
      Z: 'parameters[f"W{l}"] @ cache[f"A{l - 1}"] + parameters[f"b{l}"]',
      dW: '1 / m * (dZ @ cache[f"A{l - 1}"].T)',
      db: '1 / m * np.sum(dZ, axis=1, keepdims=True)',
      dAprev: 'parameters[f"W{l}"].T @ dZ',
      Wshape: '(n[l], n[l-1])',
      bshape: '(n[l], 1)',
      bZeros: 'np.zeros((n, 1))',
      Wdrawn: 'draws',
      Wzeros: 'np.zeros((n, n_prev))',
    },
    rows: {
      data: '(m, n[l])',
      Z: 'cache[f"A{l - 1}"] @ parameters[f"W{l}"] + parameters[f"b{l}"]',
      dW: '1 / m * (cache[f"A{l - 1}"].T @ dZ)',
      db: '1 / m * np.sum(dZ, axis=0, keepdims=True)',
      dAprev: 'dZ @ parameters[f"W{l}"].T',
      Wshape: '(n[l-1], n[l])',
      bshape: '(1, n[l])',
      bZeros: 'np.zeros((1, n))',
      Wdrawn: 'draws.T',
      Wzeros: 'np.zeros((n_prev, n))',
    },
  });
}

export function initializeCode(plan: ExportPlan): string {
  const a = algebra(plan.spec.layout);
  const std = initStd(plan.spec.network, 'np.sqrt');
  const given = explicitParameters(plan, (M) => `np.array(${M}, dtype=float)`);
  const transposed = forLayout(plan.spec.layout, { columns: '', rows: ' (then transposed to this layout)' });
  const drawing =
    std === undefined
      ? ''
      : `

    The draws come from Random(SEED), layer by layer, each W[l] row by row in its
    (n[l], n[l-1]) form${transposed}, as nnspec draws them.`;
  const body =
    std === undefined
      ? `        parameters[f"W{l}"] = ${a.Wzeros}  # ${a.Wshape}`
      : `        draws = np.array([[rng.normal() for _ in range(n_prev)] for _ in range(n)])
        parameters[f"W{l}"] = ${a.Wdrawn} * ${std}  # ${a.Wshape}`;
  const doc = wrap(
    `The initial parameters, as nnspec makes them: ${initDescription(plan.spec.network)}.`,
    96,
    '    ',
  ).trimStart();
  return `def initialize_parameters(layer_dims):
    """${doc}${drawing}
    """${std === undefined ? '' : '\n    rng = Random(SEED)'}
    parameters = {}
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
${body}
        parameters[f"b{l}"] = ${a.bZeros}  # ${a.bshape}${given}
    return parameters`;
}

/** One line computing g(Z) (or dZ from dA) for one activation. */
function forwardExpression(g: Activation, axis: number): string {
  switch (g) {
    case 'sigmoid':
      return '1 / (1 + np.exp(-Z))';
    case 'tanh':
      return 'np.tanh(Z)';
    case 'relu':
      return 'np.maximum(0, Z)';
    case 'leaky_relu':
      return 'np.where(Z > 0, Z, ALPHAS[l] * Z)';
    case 'linear':
      return 'Z';
    case 'softmax':
      return `softmax(Z)  # over the outputs of each example (axis ${axis})`;
  }
}

const BACKWARD: Record<Exclude<Activation, 'softmax'>, string> = {
  sigmoid: "dA * A * (1 - A)  # sigmoid'(z) = a (1 - a)",
  tanh: "dA * (1 - A ** 2)  # tanh'(z) = 1 - a²",
  relu: "np.where(Z > 0, dA, 0.0)  # relu'(z) = 1 for z > 0, else 0",
  leaky_relu: "np.where(Z > 0, dA, ALPHAS[l] * dA)  # leaky_relu'(z) = 1 for z > 0, else alpha",
  linear: "dA  # linear'(z) = 1",
};

/** `if g == "tanh": return ...` for each kind; the last one unconditionally. */
function dispatch(kinds: Activation[], body: (g: Activation) => string): string {
  return kinds
    .map((g, i) => (i < kinds.length - 1 ? `    if g == "${g}":\n        return ${body(g)}` : `    return ${body(g)}`))
    .join('\n');
}

export function activationCode(plan: ExportPlan): string {
  const axis = unitAxis(plan.spec.layout);
  const kinds = [...new Set(plan.activations)];
  const out: string[] = [];
  if (kinds.includes('softmax')) {
    out.push(`def softmax(Z):
    """e^z_k / Σ_j e^z_j over each example's outputs, shifted by the largest z (no overflow)."""
    E = np.exp(Z - Z.max(axis=${axis}, keepdims=True))
    return E / E.sum(axis=${axis}, keepdims=True)`);
  }
  out.push(`def activation_forward(Z, l):
    """A[l] = g[l](Z[l])."""
${kinds.length > 1 ? '    g = ACTIVATIONS[l]\n' : ''}${dispatch(kinds, (g) => forwardExpression(g, axis))}`);
  const differentiated = differentiatedActivations(plan).filter((g) => g !== 'softmax');
  if (differentiated.length > 0) {
    const reads = [
      ...(differentiated.length > 1 ? ['g = ACTIVATIONS[l]'] : []),
      ...(differentiated.some((g) => g === 'relu' || g === 'leaky_relu') ? ['Z = cache[f"Z{l}"]'] : []),
      ...(differentiated.some((g) => g === 'sigmoid' || g === 'tanh') ? ['A = cache[f"A{l}"]'] : []),
    ];
    const derivatives = dispatch(differentiated, (g) => BACKWARD[g as Exclude<Activation, 'softmax'>]);
    out.push(`def activation_backward(dA, cache, l):
    """dZ[l] = dA[l] * g[l]'(Z[l]), elementwise."""
${reads.map((r) => `    ${r}\n`).join('')}${derivatives}`);
  }
  return out.join('\n\n\n');
}

export function forwardCode(plan: ExportPlan): string {
  const a = algebra(plan.spec.layout);
  const equation = forLayout(plan.spec.layout, { columns: 'W[l] A[l-1] + b[l]', rows: 'A[l-1] W[l] + b[l]' });
  return `def forward_propagation(X, parameters):
    """Z[l] = ${equation} and A[l] = g[l](Z[l]) for l = 1..L, with A[0] = X.

    Returns A[L] and the cache of every Z[l] and A[l], which the backward pass reads.
    """
    cache = {"A0": X}
    for l in range(1, L + 1):
        Z = ${a.Z}  # ${a.data}
        cache[f"Z{l}"] = Z
        cache[f"A{l}"] = activation_forward(Z, l)
    return cache[f"A{L}"], cache`;
}

export { algebra as layerAlgebra };
