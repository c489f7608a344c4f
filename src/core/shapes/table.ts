// The shape of every matrix of every layer, in the file's layout.
import type { Spec } from '../spec/types';
import { mDim, ONE, shapeOf, unitsDim } from './dims';
import { backwardEquations, forwardEquations } from './equations';
import type { LayerShapes, ShapeTable } from './types';

/**
 * `n0` is the number of input features when known; `m` the number of training examples.
 * Parameter counts are NaN while n[0] is unknown.
 */
export function buildTable(spec: Spec, n0: number | undefined, m: number | undefined): ShapeTable {
  const { layout } = spec;
  const layers = spec.network.layers;
  const L = layers.length;
  const n = [n0, ...layers.map((layer) => layer.units)];
  const mD = mDim(m);
  const X = shapeOf('X', unitsDim(0, n0), mD, layout);
  const Y = shapeOf('Y', unitsDim(L, n[L]), mD, layout);
  const out: LayerShapes[] = [];
  let Aprev = X;
  for (let l = 1; l <= L; l++) {
    const here = unitsDim(l, n[l]);
    const before = unitsDim(l - 1, n[l - 1]);
    const activity = (name: string) => shapeOf(`${name}[${l}]`, here, mD, layout);
    const shapes = {
      layer: l,
      activation: layers[l - 1].activation,
      W: shapeOf(`W[${l}]`, here, before, layout),
      b: shapeOf(`b[${l}]`, here, ONE, layout),
      Z: activity('Z'),
      A: activity('A'),
      dA: activity('dA'),
      dZ: activity('dZ'),
      dW: shapeOf(`dW[${l}]`, here, before, layout),
      db: shapeOf(`db[${l}]`, here, ONE, layout),
      dAprev: shapeOf(`dA[${l - 1}]`, before, mD, layout),
    };
    const context = {
      layout,
      loss: spec.loss,
      regularization: spec.training.regularization,
      isOutput: l === L,
      Aprev,
      Y,
    };
    const units = n[l] as number;
    out.push({
      ...shapes,
      units,
      parameters: n[l - 1] === undefined ? NaN : units * (n[l - 1] as number) + units,
      forward: forwardEquations(shapes, context),
      backward: backwardEquations(shapes, context),
    });
    Aprev = shapes.A;
  }
  const table: ShapeTable = {
    layout,
    X,
    Y,
    layers: out,
    totalParameters: out.reduce((sum, layer) => sum + layer.parameters, 0),
  };
  if (n0 !== undefined) table.n0 = n0;
  if (m !== undefined) table.m = m;
  return table;
}
