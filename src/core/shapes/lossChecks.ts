// Output activation against the loss: the pairings the formulas assume, each mistake reported once.
import { fixTitled, relatedAt } from '../messages/attached';
import { msg, type Message } from '../messages/message';
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
  return fixTitled(msg('fix.useActivation', { activation: to }), rangeOf(c.ranges, at(l, 'activation')), to);
}

function setLoss(c: OutputContext, to: LossKind, title: Message = msg('fix.setLoss', { loss: to })): Fix {
  return fixTitled(title, rangeOf(c.ranges, 'loss'), to);
}

/** One sigmoid unit with binary_cross_entropy: the output layer of a two-class problem. */
function binaryOutput(c: OutputContext): Fix {
  const activation = c.spec.network.layers[c.L - 1].activation;
  if (activation === 'sigmoid') return setLoss(c, 'binary_cross_entropy');
  return fixTitled(msg('fix.oneSigmoidUnit'), rangeOf(c.ranges, 'loss'), 'binary_cross_entropy', [
    { range: rangeOf(c.ranges, at(c.L, 'activation')), text: 'sigmoid' },
  ]);
}

function outputRelated(c: OutputContext): Related[] {
  const out: Related[] = [
    relatedAt(
      msg('related.dimensionFrom', { dim: `n[${c.L}] = 1`, from: `layers[${c.L}].units` }),
      rangeOf(c.ranges, at(c.L, 'units')),
    ),
  ];
  const src = c.spec.data.source;
  if (c.nY === 1 && src.kind === 'inline')
    out.push(relatedAt(msg('related.ySingleRow'), rangeOf(c.ranges, 'data.inline.Y')));
  return out;
}

/** Where the softmax clashes with the loss: the loss line, and the units of the softmax when they are several. */
function lossRelated(c: OutputContext, units: number): Related[] {
  const loss = relatedAt(msg('related.loss', { loss: c.spec.loss }), rangeOf(c.ranges, 'loss'));
  if (units === 1) return [loss, ...outputRelated(c)];
  const dim = `n[${c.L}] = ${c.spec.network.layers[c.L - 1].units}`;
  return [
    loss,
    relatedAt(msg('related.dimensionFrom', { dim, from: `layers[${c.L}].units` }), rangeOf(c.ranges, at(c.L, 'units'))),
  ];
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
      msg('loss.softmaxOneUnitOtherLoss', { loss, activation: unit }),
      [setActivation(c, c.L, unit)],
      lossRelated(c, 1),
    );
  }
  const instead = loss === 'binary_cross_entropy' ? msg('loss.insteadBce') : msg('loss.insteadMse');
  return diagnosticAt(
    c.ranges,
    at(c.L, 'activation'),
    'error',
    Codes.softmaxNeedsCrossEntropy,
    msg('loss.softmaxNeedsCrossEntropy', { instead }),
    [setLoss(c, 'cross_entropy')],
    lossRelated(c, units),
  );
}

function softmaxOneUnit(c: OutputContext): Diagnostic {
  const message = c.nY === 1 ? msg('loss.softmaxOneUnitSingleRow') : msg('loss.softmaxOneUnit');
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
      msg('loss.crossEntropyOneUnit', { layer: c.L, activation }),
      [binaryOutput(c)],
      outputRelated(c),
    );
  }
  return diagnosticAt(
    c.ranges,
    'loss',
    'warning',
    Codes.crossEntropyNeedsSoftmax,
    msg('loss.crossEntropyNeedsSoftmax', { layer: c.L, activation }),
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
        msg('loss.bceNeedsSigmoid', { output: `A[${c.L}]`, activation }),
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
      msg('loss.multiLabel', { units, layer: c.L }),
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
              msg('loss.softmaxHidden', { layer: i + 1 }),
              [setActivation(c, i + 1, 'relu')],
            ),
          ]
        : [],
    );
  return [...hidden, ...checkOutput(c), ...multiLabel(c)];
}
