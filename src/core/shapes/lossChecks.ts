// Output activation against the loss: the pairings the formulas assume, each mistake reported once.
import { Codes } from '../spec/codes';
import { diagnosticAt, rangeOf } from '../spec/ranges';
import type { Diagnostic, Fix, LossKind, RangeMap, Related, Spec } from '../spec/types';

interface OutputContext {
  spec: Spec;
  ranges: RangeMap;
  L: number;
  /** Rows of Y (targets) when the data is known. */
  nY?: number;
}

const at = (l: number, key: string) => `network.layers.${l - 1}.${key}`;

function setActivation(c: OutputContext, l: number, to: string): Fix {
  return { title: `Use ${to}`, range: rangeOf(c.ranges, at(l, 'activation')), text: to };
}

function setLoss(c: OutputContext, to: LossKind, title = `Set loss: ${to}`): Fix {
  return { title, range: rangeOf(c.ranges, 'loss'), text: to };
}

/** One sigmoid unit with binary_cross_entropy: the output layer of a two-class problem. */
function binaryOutput(c: OutputContext): Fix {
  const activation = c.spec.network.layers[c.L - 1].activation;
  if (activation === 'sigmoid') return setLoss(c, 'binary_cross_entropy');
  const fix = setLoss(c, 'binary_cross_entropy', 'Use one sigmoid unit with binary_cross_entropy');
  return { ...fix, also: [{ range: rangeOf(c.ranges, at(c.L, 'activation')), text: 'sigmoid' }] };
}

function outputRelated(c: OutputContext): Related[] {
  const out: Related[] = [
    { message: `n[${c.L}] = 1 from layers[${c.L}].units`, range: rangeOf(c.ranges, at(c.L, 'units')) },
  ];
  const src = c.spec.data.source;
  if (c.nY === 1 && src.kind === 'inline')
    out.push({ message: 'Y has a single row of targets', range: rangeOf(c.ranges, 'data.inline.Y') });
  return out;
}

function softmaxWithOtherLoss(c: OutputContext, units: number): Diagnostic {
  const { loss } = c.spec;
  if (units === 1) {
    const unit = loss === 'mse' ? 'linear' : 'sigmoid';
    return diagnosticAt(
      c.ranges,
      at(c.L, 'activation'),
      'error',
      Codes.softmaxNeedsCrossEntropy,
      `A softmax over one unit always outputs 1, and softmax needs cross_entropy; with ${loss} use a ` +
        `single ${unit} unit.`,
      [setActivation(c, c.L, unit)],
      outputRelated(c),
    );
  }
  const instead =
    loss === 'binary_cross_entropy'
      ? 'with binary_cross_entropy use a single sigmoid unit'
      : 'with mse use a linear output layer';
  return diagnosticAt(
    c.ranges,
    at(c.L, 'activation'),
    'error',
    Codes.softmaxNeedsCrossEntropy,
    `softmax needs cross_entropy; ${instead}.`,
    [setLoss(c, 'cross_entropy')],
  );
}

function softmaxOneUnit(c: OutputContext): Diagnostic {
  const why = 'A softmax over one unit always outputs 1, so nothing can be learned';
  const message =
    c.nY === 1
      ? `${why}. Y has a single row of targets: for two classes use one sigmoid unit with binary_cross_entropy.`
      : `${why}: use one unit per class (at least 2), or a single sigmoid unit with binary_cross_entropy.`;
  const fixes = c.nY === 1 ? [binaryOutput(c)] : [];
  return diagnosticAt(
    c.ranges,
    at(c.L, 'units'),
    'error',
    Codes.softmaxOneUnit,
    message,
    fixes,
    c.nY === 1 ? outputRelated(c) : [],
  );
}

function crossEntropyWithoutSoftmax(c: OutputContext, activation: string, units: number): Diagnostic {
  if (units === 1) {
    return diagnosticAt(
      c.ranges,
      'loss',
      'error',
      Codes.crossEntropyNeedsSoftmax,
      `cross_entropy compares one-hot targets with several softmax outputs, but layer ${c.L} is a ` +
        `single ${activation} unit: for two classes use binary_cross_entropy with one sigmoid unit.`,
      [binaryOutput(c)],
      outputRelated(c),
    );
  }
  return diagnosticAt(
    c.ranges,
    'loss',
    'warning',
    Codes.crossEntropyNeedsSoftmax,
    `cross_entropy expects a softmax output layer, but layer ${c.L} uses ${activation}, whose ` +
      `outputs need not sum to 1. Use softmax, or binary_cross_entropy with a single sigmoid unit.`,
    [setActivation(c, c.L, 'softmax')],
  );
}

/** The output layer against the loss. Sizes against Y are the dimension checks' (output-mismatch). */
function checkOutput(c: OutputContext): Diagnostic[] {
  const { activation, units } = c.spec.network.layers[c.L - 1];
  const { loss } = c.spec;
  const againstY = c.nY !== undefined && c.nY !== units;
  // A softmax layer against a single row of Y: the output-mismatch fix rewrites the whole layer.
  if (againstY && activation === 'softmax' && c.nY === 1) return [];
  if (activation === 'softmax' && loss !== 'cross_entropy')
    return [softmaxWithOtherLoss(c, againstY ? (c.nY as number) : units)];
  if (activation === 'softmax') return units === 1 && !againstY ? [softmaxOneUnit(c)] : [];
  if (loss === 'cross_entropy')
    return units === 1 && againstY ? [] : [crossEntropyWithoutSoftmax(c, activation, units)];
  if (loss === 'binary_cross_entropy' && activation !== 'sigmoid') {
    return [
      diagnosticAt(
        c.ranges,
        at(c.L, 'activation'),
        'warning',
        Codes.bceNeedsSigmoid,
        `binary_cross_entropy takes log(A[${c.L}]) and log(1 - A[${c.L}]), so A[${c.L}] must lie ` +
          `between 0 and 1: use sigmoid in the output layer (${activation} can give NaN).`,
        [setActivation(c, c.L, 'sigmoid')],
      ),
    ];
  }
  return [];
}

/** Several sigmoid units under binary_cross_entropy are legitimate (multi-label): say so without blocking the run. */
function multiLabel(c: OutputContext): Diagnostic[] {
  const { activation, units } = c.spec.network.layers[c.L - 1];
  if (c.spec.loss !== 'binary_cross_entropy' || activation !== 'sigmoid' || units <= 1) return [];
  if (c.nY !== undefined && c.nY !== units) return []; // output-mismatch says what the units must be
  return [
    diagnosticAt(
      c.ranges,
      at(c.L, 'units'),
      'info',
      Codes.bceMultiOutput,
      `With binary_cross_entropy the ${units} sigmoid units of layer ${c.L} are ${units} independent ` +
        `yes/no outputs (multi-label). If each example belongs to exactly one of ${units} classes, use softmax with cross_entropy.`,
    ),
  ];
}

export function checkActivationsAndLoss(spec: Spec, ranges: RangeMap, nY?: number): Diagnostic[] {
  const layers = spec.network.layers;
  const c: OutputContext = { spec, ranges, L: layers.length };
  if (nY !== undefined) c.nY = nY;
  const hidden = layers
    .slice(0, -1)
    .flatMap((layer, i) =>
      layer.activation === 'softmax'
        ? [
            diagnosticAt(
              ranges,
              at(i + 1, 'activation'),
              'error',
              Codes.softmaxNotOutput,
              `softmax can only be the output layer's activation (with cross_entropy); layer ` +
                `${i + 1} is a hidden layer: use relu or tanh.`,
              [setActivation(c, i + 1, 'relu')],
            ),
          ]
        : [],
    );
  return [...hidden, ...checkOutput(c), ...multiLabel(c)];
}
