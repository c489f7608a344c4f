// The numpy script's training: update_parameters for the spec's optimizer, the batches, model().
import { exampleAxis, forLayout } from '../layout';
import { costCall } from './numpyLoss';
import type { ExportPlan } from './plan';

interface OptimizerText {
  functions: string[];
  /** model()'s lines before the loop that set up the optimizer's state. */
  setup: string[];
  /** The update line inside the loop. */
  update: string;
}

const GD: OptimizerText = {
  functions: [
    `def update_parameters(parameters, grads, learning_rate):
    """Gradient descent: W[l] := W[l] - α dW[l] and b[l] := b[l] - α db[l]."""
    for name in parameters:
        parameters[name] -= learning_rate * grads["d" + name]
    return parameters`,
  ],
  setup: [],
  update: 'parameters = update_parameters(parameters, grads, LEARNING_RATE)',
};

const MOMENTUM: OptimizerText = {
  functions: [
    `def initialize_velocity(parameters):
    """v = 0 for every W[l] and b[l], keyed dW1, db1, ... as the gradients are."""
    return {"d" + name: np.zeros_like(value) for name, value in parameters.items()}`,
    `def update_parameters(parameters, grads, v, learning_rate, beta=0.9):
    """The course's momentum: v := β v + (1 - β) dθ, then θ := θ - α v, for each W[l] and b[l]."""
    for name in parameters:
        v["d" + name] = beta * v["d" + name] + (1 - beta) * grads["d" + name]
        parameters[name] -= learning_rate * v["d" + name]
    return parameters, v`,
  ],
  setup: ['v = initialize_velocity(parameters)'],
  update: 'parameters, v = update_parameters(parameters, grads, v, LEARNING_RATE)',
};

const ADAM: OptimizerText = {
  functions: [
    `def initialize_adam(parameters):
    """v = 0 and s = 0 for every W[l] and b[l], keyed dW1, db1, ... as the gradients are."""
    v = {"d" + name: np.zeros_like(value) for name, value in parameters.items()}
    s = {"d" + name: np.zeros_like(value) for name, value in parameters.items()}
    return v, s`,
    `def update_parameters(parameters, grads, v, s, t, learning_rate,
                      beta1=0.9, beta2=0.999, epsilon=1e-8):
    """Adam with bias correction, t = 1 at the first update: v := β1 v + (1 - β1) dθ,
    s := β2 s + (1 - β2) dθ², θ := θ - α (v / (1 - β1^t)) / (sqrt(s / (1 - β2^t)) + ε)."""
    for name in parameters:
        g = grads["d" + name]
        v["d" + name] = beta1 * v["d" + name] + (1 - beta1) * g
        s["d" + name] = beta2 * s["d" + name] + (1 - beta2) * g * g
        v_corrected = v["d" + name] / (1 - beta1 ** t)
        s_corrected = s["d" + name] / (1 - beta2 ** t)
        parameters[name] -= learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return parameters, v, s`,
  ],
  setup: ['v, s = initialize_adam(parameters)'],
  update: 'parameters, v, s = update_parameters(parameters, grads, v, s, t + 1, LEARNING_RATE)',
};

export function optimizerText(plan: ExportPlan): OptimizerText {
  return { gd: GD, momentum: MOMENTUM, adam: ADAM }[plan.spec.training.optimizer];
}

export function miniBatchesCode(plan: ExportPlan): string {
  const { layout } = plan.spec;
  const pick = (M: string) => forLayout(layout, { columns: `${M}[:, batch]`, rows: `${M}[batch]` });
  return `def mini_batches(X, Y):
    """The batch of every step, epoch after epoch, as nnspec makes them: each epoch shuffles
    the m examples with Random(SEED ^ 0x5BD1E995) (the shuffle stream, one for the whole run)
    and cuts them into batches of BATCH_SIZE; the last batch of an epoch is smaller when
    BATCH_SIZE does not divide m."""
    rng = Random(SEED ^ 0x5BD1E995)
    m = X.shape[${exampleAxis(layout)}]
    while True:
        order = list(range(m))
        rng.shuffle(order)
        for k in range(0, m, BATCH_SIZE):
            batch = order[k:k + BATCH_SIZE]
            yield ${pick('X')}, ${pick('Y')}`;
}

/** The loop header, the names of the batch's matrices, and how a printed line names the step. */
function loop(plan: ExportPlan): { header: string; X: string; Y: string; printed: string } {
  if (plan.batch.kind === 'full') {
    return {
      header: 'for t in range(NUM_ITERATIONS):',
      X: 'X',
      Y: 'Y',
      printed: 'f"Cost after iteration {t}: {cost:f}"',
    };
  }
  return {
    header: 'for t, (X_batch, Y_batch) in zip(range(NUM_STEPS), mini_batches(X, Y)):',
    X: 'X_batch',
    Y: 'Y_batch',
    printed: 'f"Cost after step {t} (epoch {t // BATCHES_PER_EPOCH}): {cost:f}"',
  };
}

export function modelCode(plan: ExportPlan): string {
  const opt = optimizerText(plan);
  const l = loop(plan);
  const what =
    plan.batch.kind === 'full'
      ? 'NUM_ITERATIONS steps on the whole training set'
      : 'NUM_STEPS steps, one mini-batch each';
  const setup = ['parameters = initialize_parameters(LAYER_DIMS)', ...opt.setup, 'costs = []'];
  return `def model(X, Y, print_cost=False, record_trace=False):
    """Trains for ${what}.

    Returns the parameters, every cost J_t and the step at which the run diverged (None when
    it did not). Step t computes J_t and the gradients with the parameters before its update,
    as nnspec records it; a number that becomes NaN or infinite stops the run, as in nnspec.
    """
    ${setup.join('\n    ')}
    ${l.header}
        AL, cache = forward_propagation(${l.X}, parameters)
        cost = ${costCall(plan, l.Y)}
        grads = backward_propagation(AL, ${l.Y}, cache${plan.L > 1 || plan.regularization ? ', parameters' : ''})
        costs.append(cost)
        if record_trace:
            record(cost, **cache, **grads)
        if not (np.isfinite(cost) and all_finite(grads.values())):
            return parameters, costs, t  # nnspec stops before this update
        ${opt.update}
        if not all_finite(parameters.values()):
            return parameters, costs, t  # the update overflowed
        if print_cost and t % PRINT_EVERY == 0:
            print(${l.printed})
    return parameters, costs, None


def all_finite(arrays):
    return all(np.all(np.isfinite(a)) for a in arrays)`;
}
