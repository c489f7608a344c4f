// Output activation against the loss: the pairings the formulas assume.
import { Codes } from '../spec/codes';
import { diagnosticAt, rangeOf } from '../spec/ranges';
import type { Diagnostic, RangeMap, Spec } from '../spec/types';

export function checkActivationsAndLoss(spec: Spec, ranges: RangeMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const layers = spec.network.layers;
  const L = layers.length;
  const at = (l: number, key: string) => `network.layers.${l - 1}.${key}`;
  const setActivation = (l: number, to: string) => ({
    title: `Use ${to}`,
    range: rangeOf(ranges, at(l, 'activation')),
    text: to,
  });
  const setLoss = (to: string) => ({ title: `Set loss: ${to}`, range: rangeOf(ranges, 'loss'), text: to });

  for (let l = 1; l < L; l++) {
    if (layers[l - 1].activation === 'softmax') {
      out.push(
        diagnosticAt(
          ranges,
          at(l, 'activation'),
          'error',
          Codes.softmaxNotOutput,
          `softmax can only be the output layer's activation (with cross_entropy); layer ${l} is a hidden layer: use relu or tanh.`,
          [setActivation(l, 'relu')],
        ),
      );
    }
  }
  const { activation, units } = layers[L - 1];
  if (activation === 'softmax') {
    if (spec.loss !== 'cross_entropy') {
      const instead =
        spec.loss === 'binary_cross_entropy'
          ? 'with binary_cross_entropy use a single sigmoid unit'
          : 'with mse use a linear output layer';
      out.push(
        diagnosticAt(
          ranges,
          at(L, 'activation'),
          'error',
          Codes.softmaxNeedsCrossEntropy,
          `softmax needs cross_entropy; ${instead}.`,
          [setLoss('cross_entropy')],
        ),
      );
    }
    if (units === 1) {
      out.push(
        diagnosticAt(
          ranges,
          at(L, 'units'),
          'error',
          Codes.softmaxOneUnit,
          `A softmax over one unit always outputs 1, so nothing can be learned: use one unit per class (at least 2), or a single sigmoid unit with binary_cross_entropy.`,
        ),
      );
    }
  } else if (spec.loss === 'cross_entropy') {
    out.push(
      diagnosticAt(
        ranges,
        'loss',
        'warning',
        Codes.crossEntropyNeedsSoftmax,
        `cross_entropy expects a softmax output layer, but layer ${L} uses ${activation}, whose outputs need not sum to 1. Use softmax, or binary_cross_entropy with a single sigmoid unit.`,
      ),
    );
  } else if (spec.loss === 'binary_cross_entropy' && activation !== 'sigmoid') {
    out.push(
      diagnosticAt(
        ranges,
        at(L, 'activation'),
        'warning',
        Codes.bceNeedsSigmoid,
        `binary_cross_entropy takes log(A[${L}]) and log(1 - A[${L}]), so A[${L}] must lie between 0 and 1: use sigmoid in the output layer (${activation} can give NaN).`,
        [setActivation(L, 'sigmoid')],
      ),
    );
  }
  // Several sigmoid units under binary_cross_entropy are legitimate (multi-label), but a student
  // with one class out of several usually wants softmax: say so without blocking the run.
  if (spec.loss === 'binary_cross_entropy' && activation === 'sigmoid' && units > 1) {
    out.push(
      diagnosticAt(
        ranges,
        at(L, 'units'),
        'info',
        Codes.bceMultiOutput,
        `With binary_cross_entropy the ${units} sigmoid units of layer ${L} are ${units} independent yes/no outputs (multi-label). If each example belongs to exactly one of ${units} classes, use softmax with cross_entropy.`,
      ),
    );
  }
  return out;
}
