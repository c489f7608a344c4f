// The catalog's English for explanations (`nnspec explain`, the panel's entry section): their notes, the words
// around the formulas, and why an entry name cannot be explained. Formulas in course notation are not here.
export const EXPLAIN_EN = {
  'explain.heading': '{entry} at step {step} of {where}: {value}',
  'explain.largestTerms': 'The {shown} largest terms of {total}:',
  'explain.allTerms': 'The {n} terms:',
  'explain.reads': 'Reads {operands}.',
  'explain.walkBack': 'Walk back with --entry: {names}{more}.',
  'explain.walkBackMore': ', … ({n} more)',
  'explain.andMore': '… and {n} more',
  'explain.andMoreSum': '{more} (sum {sum})',
  'explain.moreSumming': '… and {n} more, summing to {sum}',
  'explain.captionLargest': 'The {shown} largest of {total} terms',
  'explain.captionAll': 'The {n} terms',
  'explain.columnTerm': 'term',
  'explain.columnNumbers': 'numbers',
  'explain.columnValue': 'value',
  'explain.columnReads': 'reads',
  'explain.operands': 'Operands (select one to explain it): ',
  'explain.selectLink': 'Select {entry} and explain it',
  'explain.ifElse': '{then} if {cond}, else {otherwise}',

  'explain.example': "example {example} of step {step}'s batch (m = {m})",
  'explain.axisOf': '{axis} {index} of {matrix}',
  'explain.zNote':
    '{first} times {second}, plus {b}: ' +
    'k runs over the n[{prev}] = {n} units of layer {prev}; that {axis} is {example}.',
  'explain.softmaxNote': 'softmax over the n[{l}] = {n} units of {example}: they sum to 1.',
  'explain.softmaxShift': 'Every Z of the example is shifted by their largest, {top}, so that e^Z does not overflow.',
  'explain.aNote': 'A[{l}] = {g}(Z[{l}]), entry by entry; the {axis} is {example}.',
  'explain.alpha': "α = {alpha}, the layer's leaky_relu slope.",
  'explain.dataFeature': 'feature {row} of example {example} (data)',
  'explain.dataTarget': 'target {row} of example {example} (data)',
  'explain.dataNote': 'Not computed: read from the data set (after normalisation, if any); {example}.',
  'explain.diverged': '{entry} does not exist: the run diverged at step {step}, which applied no update.',

  'explain.daScale': 'dA[L] is ∂(m·J)/∂A[L], the derivative of this entry’s loss term; the 1/m comes in dW and db.',
  'explain.yLeftOut': 'Y = {y}: the term multiplied by 0 is left out.',
  'explain.yZero': 'Y = 0: the term is left out (0 · log 0 counts as 0), so dA = 0.',
  'explain.fusedShown': 'Shown for completeness: backprop uses dZ[{L}] = A[{L}] − Y directly.',
  'explain.daNote':
    'dA[{l}] = {product}: k runs over the n[{next}] = {n} units of layer {next}, each passing back its dZ ' +
    'weighted by the W that connects it to this unit; {example}.',
  'explain.softmaxCouples': 'softmax’s derivative couples the units of an example.',
  'explain.slopeSigmoid': "σ'(z) = σ(z)(1 − σ(z)), so it is computed from A = σ(Z).",
  'explain.slopeTanh': "tanh'(z) = 1 − tanh²(z), so it is computed from A = tanh(Z).",
  'explain.slopeRelu': "relu'(z) = 1 for z > 0, else 0 (also at z = 0).",
  'explain.slopeLeakyRelu': "leaky_relu'(z) = 1 for z > 0, else α.",
  'explain.slopeLinear': "linear'(z) = 1: dZ equals dA.",
  'explain.upstreamLoss': 'dA[{l}] from the loss',
  'explain.upstreamLayer': 'dA[{l}] from layer {next}',
  'explain.upstream': "Upstream × local: {upstream}, times this layer's own slope g'(Z[{l}]). {slope}",
  'explain.here': 'Here {z} = {value} {sign}.',

  'explain.fusedScale':
    'Like every dA and dZ here, this is the gradient of m·J, the loss summed over the batch: ' +
    'the 1/m comes in dW and db.',
  'explain.whySigmoid':
    'Why A − Y: with a sigmoid output and binary cross-entropy, dA = −(Y/A − (1 − Y)/(1 − A)) and ' +
    "σ'(Z) = A(1 − A), so dA · σ'(Z) = −Y(1 − A) + (1 − Y)A = A − Y: the divisions by A and 1 − A cancel, " +
    'which also keeps dZ exact when A rounds to 0 or 1.',
  'explain.longSigmoid': 'The long way for this entry: dA · A(1 − A) = {dA} · {a} · (1 − {a}) = {long}.',
  'explain.whySoftmax':
    'Why A − Y: with softmax and cross-entropy, the loss of an example is −Σₖ Yₖ log Aₖ and ∂Aₖ/∂Zᵢ = Aₖ(δᵢₖ − Aᵢ), ' +
    "so ∂loss/∂Zᵢ = −Σₖ Yₖ(δᵢₖ − Aᵢ) = Aᵢ Σₖ Yₖ − Yᵢ = Aᵢ − Yᵢ, because an example's Y (one-hot) sums to 1. " +
    'Every unit of the example matters through the shared denominator of softmax, yet the result is this simple.',
  'explain.longSoftmax':
    'The long way for this entry: Aᵢ(dAᵢ − Σₖ Aₖ dAₖ) = {a} · ({dA} − {inner}) = {long} ' +
    '(the terms with Y = 0 have dA = 0).',

  'explain.costNote':
    "J_{step} is computed with θ_{step}, before step {step}'s update, over the m = {m} examples of its batch; " +
    "each term is one example's loss (i runs over the batch).",
  'explain.costSoftmax':
    'With softmax, −log A = log Σₖ e^Z − Z, computed from Z as the engine does: finite even where A rounds to 0.',
  'explain.costSigmoid':
    'With a sigmoid output the terms are computed from Z as the engine does: ' +
    '−log A = log(1 + e^(−Z)) where Z > 0, and −log(1 − A) = −log A + Z. ' +
    'They equal the formula and stay finite where A rounds to 0 or 1.',
  'explain.costLeftOut': 'Terms multiplied by Y = 0 or by 1 − Y = 0 are left out (0 · log 0 counts as 0).',
  'explain.costRegularisation':
    '{kind} regularisation with λ = {lambda} over every W[l] (biases are not regularised); m = {m}, the batch size.',

  'explain.batch': "i runs over the m = {m} examples of step {step}'s batch: the gradient is their average.",
  'explain.dwNote':
    "{batch} Each term is how much unit {unit}'s dZ and the input {input} it multiplies move together in one example.",
  'explain.dwL2': '+ (λ/m) W is the gradient of the l2 term (λ/(2m)) Σ ‖W‖² of J, with λ = {lambda} and m = {m}.',
  'explain.dwL1':
    '+ (λ/m) sign(W) is the gradient of the l1 term (λ/m) Σ |W| of J, with λ = {lambda} and m = {m} (sign(0) = 0).',
  'explain.dbNoLambda': 'Biases are never regularised: db has no λ term.',

  'explain.gd': 'Gradient descent: one step against the gradient, scaled by the learning rate {alpha}.',
  'explain.momentum':
    'Momentum (β = {beta}, {alpha}): {v} is a running average of the gradients; on the right it is its value ' +
    'before step {step} (0 at step 0), {v}+ the value after.',
  'explain.adam':
    'Adam (β₁ = {beta1}, β₂ = {beta2}, ε = {epsilon}, {alpha}, t = {t}): {v} averages the gradients and {s} their ' +
    'squares; v̂ and ŝ undo their bias toward 0 in the first steps; on the right, {v} and {s} are their values ' +
    'before step {step} (0 at step 0).',
  'explain.dwRegularised': 'dW includes the regularisation term (explain dW to see it).',
  'explain.initial': 'its initial value',
  'explain.previous': '{entry} of step {step}',
  'explain.theta': 'θ_{step}: the value step {step} starts from and uses in its forward and backward passes.',
  'explain.noUpdate': 'Step {step} applied no update: the run diverged there.',
  'explain.thenGives': "Step {step}'s update then gives {lhs}:",

  'entry.help':
    'Explain one of W, b, W+, b+, Z, A, dA, dZ, dW, db with a layer and 1-based indices ' +
    "('dW[1][2,1]'), X or Y ('X[1,5]'), or J.",
  'entry.unknown': "Unknown matrix '{head}' in '{text}'.{guess} {help}",
  'entry.didYouMean': " Did you mean '{guess}'?",
  'entry.unreadable': "Cannot read the entry '{text}'. {help}",
  'entry.jAlone': "J is one number: write J alone, not '{text}'.",
  'entry.notNumbers': "'[{group}]' in '{text}' is not a list of whole numbers. {help}",
  'entry.writeData': "'{text}': write {head}[row,col], e.g. '{example}'.",
  'entry.writeLayered': "'{text}': write {head}[layer][row,col], e.g. '{example}'.",
  'entry.indexCount': "'{text}' needs {width} indices in its last brackets, e.g. '{example}'.",
  'entry.oneOrTwo': '1 or 2',
  'entry.zero': "Indices are 1-based: '{text}' has a 0.",
  'entry.noLayer': '{matrix}[{layer}] does not exist: the network has {layers}, so l is {low}–{L}{x}.',
  'entry.a0IsX': ' (A[0] is X)',
  'entry.outside':
    '{entry} is outside {label}, which is ({rows}, {cols}) = ({symbols}) in the {layout} layout: ' +
    'the row must be 1–{rows} and the column 1–{cols}.',
} as const;

export type ExplainMessageId = keyof typeof EXPLAIN_EN;
