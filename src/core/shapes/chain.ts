// The forward pass as shapes: Z[l] = W[l] A[l-1] + b[l] with each operand's shape as the file makes it,
// and the first product that does not fit.
import { fileOrder, unitAxis } from '../layout';
import type { Layout } from '../spec/types';
import { formatShape, numericShape, ONE } from './dims';
import { dataSizes, layerSizes, type ShapeFacts, type Written } from './facts';
import type { ChainOperand, ChainStep, Dim, ForwardChain } from './types';

function operand(name: string, dims: [Dim, Dim], written: boolean): ChainOperand {
  const s = { name, dims };
  return { ...s, written, text: written ? numericShape(s) : formatShape(s) };
}

/** A written matrix, each axis named after the dimension it should be. */
function writtenOperand(name: string, w: Written, outer: string, inner: string, layout: Layout): ChainOperand {
  const [a, b] = fileOrder(layout, outer, inner);
  return operand(
    name,
    [
      { symbol: a, value: w[0] },
      { symbol: b, value: w[1] },
    ],
    true,
  );
}

/** 'a ≠ b' when two known sizes differ; the example axis reads 'm = 2 ≠ 4'. */
function differs(a: Dim, b: Dim): string | undefined {
  if (a.value === undefined || b.value === undefined || a.value === b.value) return undefined;
  return a.symbol === 'm' && b.symbol === 'm' ? `m = ${a.value} ≠ ${b.value}` : `${a.value} ≠ ${b.value}`;
}

function fails(step: ChainStep, failing: NonNullable<ChainStep['failing']>, failure: string): ChainStep {
  return { ...step, failing, failure };
}

/** Z[l] = W[l] A[l-1] + b[l]: the product, the bias, and the result against n[l] as `units` declares it. */
function layerStep(
  l: number,
  W: ChainOperand,
  A: ChainOperand,
  b: ChainOperand,
  declared: Dim,
  layout: Layout,
): ChainStep {
  const [P, Q] = fileOrder(layout, W, A);
  const u = unitAxis(layout);
  const Z = operand(`Z[${l}]`, fileOrder(layout, declared, A.dims[1 - u]), false);
  const formula = `Z[${l}] = ${P.name} ${Q.name} + ${b.name}`;
  const step: ChainStep = { layer: l, formula, operands: [P, Q, b], result: Z };
  const inner = differs(P.dims[1], Q.dims[0]);
  const bias = differs(W.dims[u], b.dims[u]) ?? differs(b.dims[1 - u], ONE);
  const units = differs(W.dims[u], declared);
  if (inner) return fails(step, 'product', `Z[${l}] = ${P.name} ${Q.name}: ${P.text}${Q.text} — ${inner}`);
  const sum = `${formula}: ${P.text}${Q.text} + ${b.text}`;
  if (bias) return fails(step, 'bias', `${sum} — ${bias}`);
  if (units) return fails(step, 'units', `${sum} — ${W.dims[u].value} ≠ n[${l}] = ${declared.value}`);
  return step;
}

function outputStep(L: number, A: ChainOperand, Y: ChainOperand): ChainStep {
  const step: ChainStep = { layer: L, formula: `A[${L}] - Y`, operands: [A, Y] };
  const diff = differs(A.dims[0], Y.dims[0]) ?? differs(A.dims[1], Y.dims[1]);
  return diff ? fails(step, 'output', `A[${L}] - Y: ${A.text} - ${Y.text} — ${diff}`) : step;
}

/** A dimension, with its size when known. */
function dim(symbol: string, value: number | undefined): Dim {
  return value === undefined ? { symbol } : { symbol, value };
}

function dataOperands(f: ShapeFacts, L: number): { X: ChainOperand; Y: ChainOperand } {
  if (f.data.kind === 'inline') {
    return {
      X: writtenOperand('A[0]', f.data.X, 'n[0]', 'm', f.layout),
      Y: writtenOperand('Y', f.data.Y, `n[${L}]`, 'm', f.layout),
    };
  }
  const d = dataSizes(f);
  const m = dim('m', d.mX);
  return {
    X: operand('A[0]', fileOrder(f.layout, dim('n[0]', layerSizes(f)[0]), m), false),
    Y: operand('Y', fileOrder(f.layout, dim(`n[${L}]`, d.nY ?? f.units[L - 1]), m), false),
  };
}

/** W[l] and b[l] as written, or as the layer sizes make them. */
function parameterOperands(f: ShapeFacts, l: number): { W: ChainOperand; b: ChainOperand } {
  const n = layerSizes(f);
  const here = `n[${l}]`;
  const before = `n[${l - 1}]`;
  // The network is built for network.input when given, whatever the data says.
  const nBefore = l === 1 ? (f.input ?? n[0]) : n[l - 1];
  const W = f.W[l - 1];
  const b = f.b[l - 1];
  return {
    W: W
      ? writtenOperand(`W[${l}]`, W, here, before, f.layout)
      : operand(`W[${l}]`, fileOrder(f.layout, dim(here, n[l]), dim(before, nBefore)), false),
    b: b
      ? writtenOperand(`b[${l}]`, b, here, '1', f.layout)
      : operand(`b[${l}]`, fileOrder(f.layout, dim(here, n[l]), ONE), false),
  };
}

/** The forward pass through every layer with the shapes the file gives, then A[L] against Y. */
export function forwardChain(f: ShapeFacts): ForwardChain {
  const L = f.units.length;
  const { X, Y } = dataOperands(f, L);
  const steps: ChainStep[] = [];
  let A = X;
  for (let l = 1; l <= L; l++) {
    const { W, b } = parameterOperands(f, l);
    const step = layerStep(l, W, A, b, dim(`n[${l}]`, f.units[l - 1]), f.layout);
    steps.push(step);
    A = { ...(step.result as ChainOperand), name: `A[${l}]` };
  }
  steps.push(outputStep(L, A, Y));
  const first = steps.findIndex((s) => s.failure !== undefined);
  return first >= 0 ? { steps, firstFailure: first } : { steps };
}
