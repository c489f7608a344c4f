// The PyTorch script's network: an nn.Sequential of nn.Linear layers set to nnspec's initial
// parameters, and the cost (the loss on Z[L] where the output activation and the loss combine).
import { forLayout } from '../layout';
import type { Activation } from '../spec/types';
import { FROM_THE_FILE, initDescription, initStd } from './init';
import type { ExportPlan } from './plan';
import { pyMatrix, pyNumber, wrap } from './python';

/** The module applying g after an nn.Linear; none for linear units and for an output the loss applies. */
function activationModule(g: Activation, alpha: number, axis: number): string | undefined {
  switch (g) {
    case 'sigmoid':
      return 'nn.Sigmoid()';
    case 'tanh':
      return 'nn.Tanh()';
    case 'relu':
      return 'nn.ReLU()';
    case 'leaky_relu':
      return `nn.LeakyReLU(negative_slope=${pyNumber(alpha)})`;
    case 'linear':
      return undefined;
    case 'softmax':
      return `nn.Softmax(dim=${axis})`;
  }
}

/** '2 -> 4 (tanh) -> 1 (sigmoid)' */
function architecture(plan: ExportPlan): string {
  return [String(plan.dims[0]), ...plan.activations.map((g, i) => `${plan.dims[i + 1]} (${g})`)].join(' -> ');
}

export function buildModelCode(plan: ExportPlan): string {
  const modules: string[] = [];
  plan.spec.network.layers.forEach((layer, i) => {
    modules.push(`nn.Linear(${plan.dims[i]}, ${plan.dims[i + 1]}),  # layer ${i + 1}: Z[${i + 1}]`);
    const output = i === plan.L - 1;
    const g = output && plan.fused ? undefined : activationModule(layer.activation, layer.alpha, 1);
    if (g) modules.push(`${g},  # A[${i + 1}] = ${layer.activation}(Z[${i + 1}])`);
  });
  const out = plan.activations[plan.L - 1];
  const ends = plan.fused
    ? `The last layer gives Z[${plan.L}]: the cost applies the ${out} itself, from Z (stably).`
    : `The last layer gives A[${plan.L}].`;
  return `def build_network():
    """${wrap(`${architecture(plan)}. ${ends}`, 96, '    ').trimStart()}"""
    return nn.Sequential(
        ${modules.join('\n        ')}
    )


def linear_layers(network):
    return [layer for layer in network if isinstance(layer, nn.Linear)]`;
}

/** Lines that set the layers the file gives explicitly (weight is W[l] in the columns layout). */
function explicitLines(plan: ExportPlan): string[] {
  const toWeight = forLayout(plan.spec.layout, { columns: '', rows: '.T' });
  const lines: string[] = [];
  plan.spec.network.layers.forEach((layer, i) => {
    if (layer.W)
      lines.push(`layers[${i}].weight.copy_(torch.tensor(${pyMatrix(layer.W, 8, 44)})${toWeight})  # W[${i + 1}]`);
    if (layer.b)
      lines.push(`layers[${i}].bias.copy_(torch.tensor(${pyMatrix(layer.b, 8, 44)}).flatten())  # b[${i + 1}]`);
  });
  if (lines.length > 0) lines.unshift(FROM_THE_FILE);
  return lines;
}

export function initializeCode(plan: ExportPlan): string {
  const std = initStd(plan.spec.network, 'math.sqrt');
  const weight =
    std === undefined
      ? 'layer.weight.zero_()'
      : `draws = torch.tensor([[rng.normal() for _ in range(n_prev)] for _ in range(n)])
            layer.weight.copy_(draws * ${std})`;
  const drawing =
    std === undefined
      ? ''
      : `

    The draws come from Random(SEED), layer by layer, each W[l] row by row in its (n[l], n[l-1])
    form (the shape of nn.Linear's weight), as nnspec draws them.`;
  const given = explicitLines(plan);
  const doc = `Sets every nn.Linear to nnspec's initial parameters: ${initDescription(plan.spec.network)}.`;
  return `def initialize_parameters(network):
    """${wrap(doc, 96, '    ').trimStart()}${drawing}
    """${std === undefined ? '' : '\n    rng = Random(SEED)'}
    layers = linear_layers(network)
    with torch.no_grad():
        for layer in layers:
            n, n_prev = layer.out_features, layer.in_features
            ${weight}
            layer.bias.zero_()${given.map((l) => `\n        ${l}`).join('')}`;
}

function lossText(plan: ExportPlan): { doc: string; line: string } {
  const out = plan.activations[plan.L - 1];
  if (plan.fused && out === 'sigmoid')
    return {
      doc: `-(1/m) Σ [y log a + (1 - y) log(1 - a)] with a = sigmoid(z), from Z[L]:
    -log a = softplus(-z) and -log(1 - a) = softplus(z). This is what
    F.binary_cross_entropy_with_logits computes, written so that it stays accurate where the cost
    of an example is tiny.`,
      line: 'torch.sum(Y * F.softplus(-ZL) + (1 - Y) * F.softplus(ZL)) / m',
    };
  if (plan.fused)
    return {
      doc: `-(1/m) Σ_examples Σ_k y_k log a_k with A[L] = softmax(Z[L]), from Z[L] by the
    log-softmax (F.cross_entropy with Y as class probabilities).`,
      line: 'F.cross_entropy(ZL, Y, reduction="sum") / m',
    };
  if (plan.spec.loss === 'mse')
    return {
      doc: '(1/(2m)) Σ (a - y)² over every output and example.',
      line: 'F.mse_loss(AL, Y, reduction="sum") / (2 * m)',
    };
  if (plan.spec.loss === 'binary_cross_entropy')
    return {
      doc: `-(1/m) Σ [y log a + (1 - y) log(1 - a)]; each y is 0 or 1, so only one of the
    two logs counts (0 log 0 counts as 0).`,
      line: '-(torch.log(AL[Y == 1]).sum() + torch.log(1 - AL[Y == 0]).sum()) / m',
    };
  return {
    doc: `-(1/m) Σ_examples Σ_k y_k log a_k; Y is one-hot, so only the log of each example's
    own class counts.`,
    line: '-torch.log(AL[Y == 1]).sum() / m',
  };
}

export function costCode(plan: ExportPlan): string {
  const loss = lossText(plan);
  const input = plan.fused ? 'ZL' : 'AL';
  const out = [
    `def compute_cost(${input}, Y, m):
    """The loss part of J on these examples.

    ${loss.doc}

    m is the number of examples in the whole batch: under torchrun each process passes its part
    of the batch, and J's loss is the sum of the parts.
    """
    return ${loss.line}`,
  ];
  const reg = plan.regularization;
  if (reg) {
    const sum = reg.kind === 'l2' ? '(layer.weight ** 2).sum()' : 'layer.weight.abs().sum()';
    const factor = reg.kind === 'l2' ? 'LAMBD / (2 * m)' : 'LAMBD / m';
    const formula = reg.kind === 'l2' ? '(λ/(2m)) Σ_l ||W[l]||²' : '(λ/m) Σ_l |W[l]|';
    out.push(`def penalty(network, m):
    """The ${reg.kind.toUpperCase()} part of J: ${formula} (biases are not regularised)."""
    return ${factor} * sum(${sum} for layer in linear_layers(network))`);
  }
  return out.join('\n\n\n');
}

/** The output activation applied to the network's output, for the accuracy (when the loss applies it). */
export function outputActivation(plan: ExportPlan): string {
  if (!plan.fused) return 'output';
  return plan.activations[plan.L - 1] === 'sigmoid' ? 'torch.sigmoid(output)' : 'torch.softmax(output, dim=1)';
}
