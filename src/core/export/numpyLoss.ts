// The numpy script's compute_cost and backward_propagation: the loss, its gradient, regularisation.
import { exampleAxis, forLayout, unitAxis } from '../layout';
import { layerAlgebra } from './numpyNetwork';
import type { ExportPlan } from './plan';

/** compute_cost's arguments: Z[L] for the losses computed from it, parameters for regularisation. */
export function costArguments(plan: ExportPlan): string[] {
  return [plan.fused ? 'ZL' : 'AL', 'Y', ...(plan.regularization ? ['parameters'] : [])];
}

/** The call in the training loop, given the names of the batch's targets. */
export function costCall(plan: ExportPlan, Y: string): string {
  const first = plan.fused ? 'cache[f"Z{L}"]' : 'AL';
  return `compute_cost(${[first, Y, ...(plan.regularization ? ['parameters'] : [])].join(', ')})`;
}

interface LossText {
  doc: string;
  lines: string[];
}

function lossText(plan: ExportPlan, axis: number): LossText {
  const activation = plan.activations[plan.L - 1];
  if (plan.fused && activation === 'sigmoid') {
    return {
      doc: `J = -(1/m) Σ [y log a + (1 - y) log(1 - a)] over every output and example.

    With a = sigmoid(z), computed from Z[L]: log a = -log(1 + e^-z) and log(1 - a) = -log(1 + e^z)
    (np.logaddexp), the same numbers, but finite and accurate where a rounds to 0 or 1.`,
      lines: ['cost = np.sum(Y * np.logaddexp(0, -ZL) + (1 - Y) * np.logaddexp(0, ZL)) / m'],
    };
  }
  if (plan.fused) {
    return {
      doc: `J = -(1/m) Σ_examples Σ_k y_k log a_k, with A[L] = softmax(Z[L]).

    Computed from Z[L]: log a_k = z_k - log Σ_j e^z_j (the log-softmax, shifted by the largest z),
    the same numbers, but finite and accurate where a rounds to 0.`,
      lines: [
        `shifted = ZL - ZL.max(axis=${axis}, keepdims=True)`,
        `log_AL = shifted - np.log(np.sum(np.exp(shifted), axis=${axis}, keepdims=True))`,
        'cost = -np.sum(Y * log_AL) / m',
      ],
    };
  }
  if (plan.spec.loss === 'mse') {
    return {
      doc: 'J = (1/(2m)) Σ (a - y)², summed over every output and example.',
      lines: ['cost = np.sum((AL - Y) ** 2) / (2 * m)'],
    };
  }
  if (plan.spec.loss === 'binary_cross_entropy') {
    return {
      doc: `J = -(1/m) Σ [y log a + (1 - y) log(1 - a)] over every output and example.

    Each example has y = 0 or 1, so only one of the two logs counts (0 log 0 counts as 0).`,
      lines: ['cost = -(np.sum(np.log(AL[Y == 1])) + np.sum(np.log(1 - AL[Y == 0]))) / m'],
    };
  }
  return {
    doc: `J = -(1/m) Σ_examples Σ_k y_k log a_k.

    Y is one-hot, so only the log of each example's own class counts (0 log 0 counts as 0).`,
    lines: ['cost = -np.sum(np.log(AL[Y == 1])) / m'],
  };
}

function regularizationLine(plan: ExportPlan): string[] {
  const reg = plan.regularization;
  if (!reg) return [];
  return reg.kind === 'l2'
    ? [
        'weights = [parameters[f"W{l}"] for l in range(1, L + 1)]',
        'cost += LAMBD / (2 * m) * sum(np.sum(np.square(W)) for W in weights)  # L2',
      ]
    : [
        'weights = [parameters[f"W{l}"] for l in range(1, L + 1)]',
        'cost += LAMBD / m * sum(np.sum(np.abs(W)) for W in weights)  # L1',
      ];
}

function regularizationDoc(plan: ExportPlan): string {
  const reg = plan.regularization;
  if (!reg) return '';
  return reg.kind === 'l2'
    ? '\n\n    Plus the L2 penalty (λ/(2m)) Σ_l ||W[l]||² (biases are not regularised).'
    : '\n\n    Plus the L1 penalty (λ/m) Σ_l |W[l]| (biases are not regularised).';
}

export function costCode(plan: ExportPlan): string {
  const outputAxis = unitAxis(plan.spec.layout);
  const loss = lossText(plan, outputAxis);
  return `def compute_cost(${costArguments(plan).join(', ')}):
    """${loss.doc}${regularizationDoc(plan)}
    """
    m = Y.shape[${exampleAxis(plan.spec.layout)}]
    ${[...loss.lines, ...regularizationLine(plan)].join('\n    ')}
    return cost`;
}

/** dZ[L] (and dA[L] when it is needed): the lines that start the backward pass. */
function outputGradient(plan: ExportPlan): { doc: string; lines: string[] } {
  if (plan.fused) {
    const pair = plan.spec.loss === 'cross_entropy' ? 'softmax and cross-entropy' : 'sigmoid and cross-entropy';
    return { doc: `dZ[L] = A[L] - Y (the ${pair} together)`, lines: [`dZ = AL - Y  # dZ[L]`] };
  }
  const dA: Record<string, { doc: string; lines: string[] }> = {
    mse: { doc: 'dA[L] = A[L] - Y', lines: ['dAL = AL - Y'] },
    binary_cross_entropy: {
      doc: 'dA[L] = -(Y / A[L] - (1 - Y) / (1 - A[L])) (terms with a zero coefficient left out)',
      lines: ['dAL = np.zeros_like(AL)', 'dAL[Y == 1] = -1 / AL[Y == 1]', 'dAL[Y == 0] = 1 / (1 - AL[Y == 0])'],
    },
    cross_entropy: {
      doc: 'dA[L] = -Y / A[L] (0 where y = 0)',
      lines: ['dAL = np.zeros_like(AL)', 'dAL[Y == 1] = -1 / AL[Y == 1]'],
    },
  };
  const head = dA[plan.spec.loss];
  return {
    doc: `${head.doc}, dZ[L] = dA[L] * g[L]'(Z[L])`,
    lines: [...head.lines, 'grads[f"dA{L}"] = dAL', 'dZ = activation_backward(dAL, cache, L)'],
  };
}

export function backwardCode(plan: ExportPlan): string {
  const a = layerAlgebra(plan.spec.layout);
  const head = outputGradient(plan);
  const equations = forLayout(plan.spec.layout, {
    columns: 'dW[l] = (1/m) dZ[l] A[l-1]ᵀ, db[l] = (1/m) Σ dZ[l] over the examples,\n    dA[l-1] = W[l]ᵀ dZ[l]',
    rows: 'dW[l] = (1/m) A[l-1]ᵀ dZ[l], db[l] = (1/m) Σ dZ[l] over the examples,\n    dA[l-1] = dZ[l] W[l]ᵀ',
  });
  const reg = plan.regularization;
  const l2 = reg?.kind === 'l2';
  const regTerm = l2 ? '(λ/m) W[l]' : '(λ/m) sign(W[l])';
  const regLine = reg
    ? `\n        grads[f"dW{l}"] += LAMBD / m * ` +
      `${l2 ? 'parameters[f"W{l}"]' : 'np.sign(parameters[f"W{l}"])'}  # ${regTerm}`
    : '';
  const regNote = reg ? `\n    The ${reg.kind.toUpperCase()} penalty adds ${regTerm} to dW[l].` : '';
  const usesParameters = plan.L > 1 || reg !== undefined;
  const hidden =
    plan.L > 1
      ? `
        if l > 1:
            grads[f"dA{l - 1}"] = ${a.dAprev}  # ${a.data.replace('n[l]', 'n[l-1]')}
            dZ = activation_backward(grads[f"dA{l - 1}"], cache, l - 1)`
      : '';
  return `def backward_propagation(AL, Y, cache${usesParameters ? ', parameters' : ''}):
    """The gradients of J for one batch, from layer L back to layer 1.

    ${head.doc}; then for l = L, ..., 1:
    ${equations}${plan.L > 1 ? " and dZ[l-1] = dA[l-1] * g[l-1]'(Z[l-1])" : ''}.${regNote}
    """
    m = Y.shape[${exampleAxis(plan.spec.layout)}]
    grads = {}
    ${head.lines.join('\n    ')}
    for l in range(L, 0, -1):
        grads[f"dZ{l}"] = dZ  # ${a.data}
        grads[f"dW{l}"] = ${a.dW}  # ${a.Wshape}${regLine}
        grads[f"db{l}"] = ${a.db}  # ${a.bshape}${hidden}
    return grads`;
}
