// The forward and backward equations of one layer, with the shapes that flow through them.
import { fileOrder } from '../layout';
import type { Activation, Layout, LossKind, TrainingSpec } from '../spec/types';
import { formatShape as f, transposed } from './dims';
import type { Equation, LayerShapes, MatrixShape } from './types';

export interface LayerContext {
  layout: Layout;
  loss: LossKind;
  regularization?: TrainingSpec['regularization'];
  isOutput: boolean;
  /** A[l-1]: X for layer 1. */
  Aprev: MatrixShape;
  Y: MatrixShape;
}

type Shapes = Pick<LayerShapes, 'layer' | 'activation' | 'W' | 'b' | 'Z' | 'A' | 'dA' | 'dZ' | 'dW' | 'db' | 'dAprev'>;

export function forwardEquations(s: Shapes, c: LayerContext): Equation[] {
  const l = s.layer;
  const z = {
    formula: `Z[${l}] = ${fileOrder(c.layout, `W[${l}]`, `A[${l - 1}]`).join(' ')} + b[${l}]`,
    shapes: `${fileOrder(c.layout, f(s.W), f(c.Aprev)).join('')} + ${f(s.b)} -> ${f(s.Z)}`,
  };
  return [z, { formula: `A[${l}] = ${s.activation}(Z[${l}])`, shapes: `${f(s.Z)} -> ${f(s.A)}` }];
}

/** Output layers whose loss and activation combine into dZ[L] = A[L] - Y. */
export function combinesWithLoss(activation: Activation, loss: LossKind): boolean {
  return (
    (activation === 'sigmoid' && loss === 'binary_cross_entropy') ||
    (activation === 'softmax' && loss === 'cross_entropy')
  );
}

const LOSS_GRADIENT: Record<LossKind, (A: string) => string> = {
  mse: (A) => `${A} - Y`,
  binary_cross_entropy: (A) => `-(Y / ${A} - (1 - Y) / (1 - ${A}))`,
  cross_entropy: (A) => `-Y / ${A}`,
};

/** dA[L] by the loss formula, e.g. 'dA[2] = -(Y / A[2] - (1 - Y) / (1 - A[2]))'. */
export function outputGradientFormula(loss: LossKind, L: number): string {
  return `dA[${L}] = ${LOSS_GRADIENT[loss](`A[${L}]`)}`;
}

export function backwardEquations(s: Shapes, c: LayerContext): Equation[] {
  const l = s.layer;
  const out: Equation[] = [];
  if (c.isOutput && combinesWithLoss(s.activation, c.loss)) {
    out.push({ formula: `dZ[${l}] = A[${l}] - Y`, shapes: `${f(s.A)} - ${f(c.Y)} -> ${f(s.dZ)}` });
  } else {
    if (c.isOutput) {
      const op = c.loss === 'mse' ? ' - ' : ', ';
      out.push({
        formula: outputGradientFormula(c.loss, l),
        shapes: `${f(s.A)}${op}${f(c.Y)} -> ${f(s.dA)}`,
      });
    }
    out.push({
      formula: `dZ[${l}] = dA[${l}] * ${s.activation}'(Z[${l}])`,
      shapes: `${f(s.dA)} * ${f(s.Z)} -> ${f(s.dZ)}`,
    });
  }
  out.push(weightGradient(s, c));
  out.push({ formula: `db[${l}] = (1/m) Σ dZ[${l}]`, shapes: `${f(s.dZ)} -> ${f(s.db)}` });
  const WT = f(transposed(s.W));
  out.push({
    formula: `dA[${l - 1}] = ${fileOrder(c.layout, `W[${l}]ᵀ`, `dZ[${l}]`).join(' ')}`,
    shapes: `${fileOrder(c.layout, WT, f(s.dZ)).join('')} -> ${f(s.dAprev)}`,
  });
  return out;
}

function weightGradient(s: Shapes, c: LayerContext): Equation {
  const l = s.layer;
  const AT = f(transposed(c.Aprev));
  const eq = {
    formula: `dW[${l}] = (1/m) ${fileOrder(c.layout, `dZ[${l}]`, `A[${l - 1}]ᵀ`).join(' ')}`,
    shapes: fileOrder(c.layout, f(s.dZ), AT).join(''),
  };
  if (c.regularization) {
    eq.formula += c.regularization.kind === 'l2' ? ` + (λ/m) W[${l}]` : ` + (λ/m) sign(W[${l}])`;
    eq.shapes += ` + ${f(s.W)}`;
  }
  return { formula: eq.formula, shapes: `${eq.shapes} -> ${f(s.dW)}` };
}
