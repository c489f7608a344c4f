// The PyTorch script's training: the optimizer, the batches, one step with autograd (split across
// processes under torchrun), the loop, the evaluation and main().
import { forLayout } from '../layout';
import type { ExportPlan } from './plan';
import { outputActivation } from './pytorchNetwork';
import { indent } from './python';
import { reportCode } from './report';

const MOMENTUM_CLASS = `class CourseMomentum(torch.optim.Optimizer):
    """The course's momentum: v := β v + (1 - β) dθ, then θ := θ - α v, with v starting at 0.

    (torch.optim.SGD's momentum is another rule: v := β v + dθ, with v starting at dθ.)
    """

    def __init__(self, params, lr, beta=0.9):
        super().__init__(params, {"lr": lr, "beta": beta})

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            for p in group["params"]:
                v = self.state[p].setdefault("v", torch.zeros_like(p))
                v.mul_(group["beta"]).add_(p.grad, alpha=1 - group["beta"])
                p.sub_(group["lr"] * v)`;

export function optimizerCode(plan: ExportPlan): { classes: string[]; make: string; note?: string } {
  switch (plan.spec.training.optimizer) {
    case 'gd':
      return { classes: [], make: 'torch.optim.SGD(network.parameters(), lr=LEARNING_RATE)  # θ := θ - α dθ' };
    case 'momentum':
      return { classes: [MOMENTUM_CLASS], make: 'CourseMomentum(network.parameters(), lr=LEARNING_RATE)' };
    case 'adam':
      return {
        classes: [],
        make: 'torch.optim.Adam(network.parameters(), lr=LEARNING_RATE)',
        note:
          "torch.optim.Adam is the course's Adam, bias correction included, and its defaults\n   " +
          " betas=(0.9, 0.999), eps=1e-8 are the course's β1, β2 and ε.",
      };
  }
}

export const MINI_BATCHES_PY = `def mini_batches(X, Y):
    """The batch of every step, epoch after epoch, as nnspec makes them: each epoch shuffles
    the m examples with Random(SEED ^ 0x5BD1E995) (the shuffle stream, one for the whole run)
    and cuts them into batches of BATCH_SIZE; the last batch of an epoch is smaller when
    BATCH_SIZE does not divide m."""
    rng = Random(SEED ^ 0x5BD1E995)
    m = X.shape[0]
    while True:
        order = list(range(m))
        rng.shuffle(order)
        for k in range(0, m, BATCH_SIZE):
            batch = order[k:k + BATCH_SIZE]
            yield X[batch], Y[batch]`;

export function stepCode(plan: ExportPlan): string {
  const reg = plan.regularization !== undefined;
  const input = plan.fused ? 'ZL' : 'AL';
  const regLine = reg ? '\n    reg = penalty(network, m)' : '';
  return `def train_step(model, network, optimizer, X, Y):
    """One step on a batch: J and its gradients (autograd), then the update.

    Returns J and whether every number stayed finite: nnspec stops a run when J or a gradient
    becomes NaN or infinite (before the update), or a parameter does (after it).
    """
    m = X.shape[0]
    # This process's part of the batch (all of it when there is one process).
    X_part, Y_part = X.tensor_split(WORLD_SIZE)[RANK], Y.tensor_split(WORLD_SIZE)[RANK]
    optimizer.zero_grad()
    ${input} = model(X_part)
    loss = compute_cost(${input}, Y_part, m)  # this process's part of J's loss${regLine}
    # DistributedDataParallel averages the processes' gradients: WORLD_SIZE * loss makes the
    # average the gradient of J (on one process it changes nothing).
    (WORLD_SIZE * loss${reg ? ' + reg' : ''}).backward()
    cost = ${reg ? '(sum_over_processes(loss.detach()) + reg.detach())' : 'sum_over_processes(loss.detach())'}.item()
    if not (math.isfinite(cost) and all_finite(p.grad for p in network.parameters())):
        return cost, False
    optimizer.step()
    return cost, all_finite(network.parameters())


def sum_over_processes(x):
    if WORLD_SIZE > 1:
        dist.all_reduce(x)
    return x


def all_finite(tensors):
    return all(bool(torch.isfinite(t).all()) for t in tensors)`;
}

export function trainCode(plan: ExportPlan): string {
  const opt = optimizerCode(plan);
  const full = plan.batch.kind === 'full';
  const header = full
    ? 'for t in range(NUM_ITERATIONS):'
    : 'for t, (X_batch, Y_batch) in zip(range(NUM_STEPS), mini_batches(X, Y)):';
  const printed = full
    ? 'f"Cost after iteration {t}: {cost:f}"'
    : 'f"Cost after step {t} (epoch {t // BATCHES_PER_EPOCH}): {cost:f}"';
  return `def train(model, network, X, Y, print_cost=False):
    """Trains for ${full ? 'NUM_ITERATIONS steps on the whole training set' : 'NUM_STEPS steps, one mini-batch each'}.

    Returns every cost J_t and the step at which the run diverged (None when it did not).
    Step t computes J_t and the gradients with the parameters before its update, as nnspec
    records it.${opt.note ? `\n\n    ${opt.note}` : ''}
    """
    optimizer = ${opt.make}
    costs = []
    ${header}
        cost, ok = train_step(model, network, optimizer, ${full ? 'X, Y' : 'X_batch, Y_batch'})
        costs.append(cost)
        if not ok:
            return costs, t
        if print_cost and t % PRINT_EVERY == 0:
            print(${printed})
    return costs, None`;
}

export function evaluateCode(plan: ExportPlan): string {
  const nL = plan.dims[plan.L];
  const acc =
    nL === 1
      ? 'float(((AL > 0.5) == (Y > 0.5)).double().mean())'
      : 'float((AL.argmax(dim=1) == Y.argmax(dim=1)).double().mean())';
  const cost = plan.regularization ? 'compute_cost(output, Y, m) + penalty(network, m)' : 'compute_cost(output, Y, m)';
  const andAccuracy = plan.classification ? ' and the accuracy' : '';
  const weightT = forLayout(plan.spec.layout, { columns: '', rows: '.T' });
  const biasAxis = forLayout(plan.spec.layout, { columns: '1', rows: '0' });
  return `@torch.no_grad()
def evaluate(network, X, Y):
    """J (regularisation included)${andAccuracy} on a whole set, with the network as it is."""
    m = X.shape[0]
    output = network(X)
    cost = float(${cost})${
      plan.classification
        ? `\n    AL = ${outputActivation(plan)}\n    ` + `return cost, ${acc}`
        : '\n    return cost, None'
    }


def parameters_in_file_layout(network):
    """W1, b1, W2, ... as nested lists in this file's layout (${plan.spec.layout}).

    ${forLayout(plan.spec.layout, {
      columns: 'W[l] is the weight of the layer, b[l] its ' + 'bias as a column.',
      rows: 'W[l] is the weight of the layer transposed, b[l] its bias as a row.',
    })}
    """
    out = {}
    for l, layer in enumerate(linear_layers(network), start=1):
        out[f"W{l}"] = json_ready(layer.weight${weightT}.tolist())
        out[f"b{l}"] = json_ready(layer.bias.unsqueeze(${biasAxis}).tolist())
    return out`;
}

export function mainCode(plan: ExportPlan, dataCalls: string[]): string {
  const test = plan.mTest > 0 ? ', X_test, Y_test' : '';
  return `def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\\n\\n")[0])
    parser.add_argument("--json", action="store_true",
                        help="print the costs and parameters as JSON, as nnspec train --json does")
    parser.add_argument("--device", default="cpu",
                        help="where to train: cpu (the default), cuda, cuda:1, mps, ...")
    args = parser.parse_args()
    device = torch.device(args.device)
    if WORLD_SIZE > 1:  # started by torchrun: one process per part of each batch
        if device.type == "cuda":
            device = torch.device("cuda", int(os.environ["LOCAL_RANK"]))
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")

    ${dataCalls.join('\n    ')}
    X, Y${test} = (t.to(device) for t in (X, Y${test}))
    network = build_network()
    initialize_parameters(network)
    network.to(device)
    model = network
    if WORLD_SIZE > 1:
        device_ids = [device.index] if device.type == "cuda" else None
        model = DistributedDataParallel(network, device_ids=device_ids)
    costs, diverged = train(model, network, X, Y, print_cost=not args.json and RANK == 0)
    if RANK == 0:
${indent(
  reportCode(plan, 'parameters_in_file_layout(network)', (X, Y) => `evaluate(network, ${X}, ${Y})`),
  8,
)}
    if WORLD_SIZE > 1:
        # Taking the group down while another process still uses it can hang (pytorch#75097): the
        # wrapper that holds the group goes first, then every process waits for rank 0's report.
        del model
        dist.barrier()
        dist.destroy_process_group()


if __name__ == "__main__":
    main()`;
}
