// The trace's matrices against the shapes nnspec's run gives them, in the file's layout, before
// any number is compared: a transposed or mis-sized matrix is named as such.
import { msg, type Message, type Param } from '../messages/message';
import type { MatrixShape, ShapeTable } from '../shapes/types';
import type { MatrixKind, Trace } from './trace';

/** The shape of a matrix with m set to the batch's, e.g. (4, 32) and '(n[1], m)'. */
function expected(s: MatrixShape, m: number): { dims: [number, number]; symbols: string } {
  const dims = s.dims.map((d) => (d.symbol === 'm' ? m : (d.value ?? NaN))) as [number, number];
  return { dims, symbols: `(${s.dims.map((d) => d.symbol).join(', ')})` };
}

function check(M: number[][], s: MatrixShape, m: number, at: string, what: Param, layout: string): Message | undefined {
  const given: [number, number] = [M.length, M[0].length];
  const want = expected(s, m);
  if (given[0] === want.dims[0] && given[1] === want.dims[1]) return undefined;
  const swapped = given[0] === want.dims[1] && given[1] === want.dims[0];
  return msg(swapped ? 'diff.shape.transposed' : 'diff.shape.wrong', {
    at,
    given: given.join(', '),
    what,
    want: want.dims.join(', '),
    symbols: want.symbols,
    layout,
  });
}

/** m of step t's batch: `size` each, the last of an epoch smaller when size does not divide m. */
export function batchSizeAt(t: number, m: number, size: number): number {
  const perEpoch = Math.ceil(m / size);
  return t % perEpoch === perEpoch - 1 ? m - size * (perEpoch - 1) : size;
}

/** Every matrix of the trace whose shape is not nnspec's, as a message. */
export function shapeProblems(trace: Trace, table: ShapeTable, m: number, batchSize: number): Message[] {
  const problems: Message[] = [];
  trace.steps.forEach((step, t) => {
    const mt = batchSizeAt(t, m, batchSize);
    step.layers.forEach((layer, i) => {
      for (const [kind, M] of Object.entries(layer) as [MatrixKind, number[][]][]) {
        const s = table.layers[i][kind];
        const what =
          kind === 'dW' || kind === 'db' ? s.name : msg('diff.shape.atStep', { name: s.name, step: t, m: mt });
        const p = check(M, s, mt, `steps[${t}].layers[${i}].${kind}`, what, table.layout);
        if (p) problems.push(p);
      }
    });
  });
  for (const [key, M] of Object.entries(trace.parameters ?? {})) {
    const layer = table.layers[Number(key.slice(1)) - 1];
    const s = key.startsWith('W') ? layer.W : layer.b;
    const p = check(M, s, m, `parameters.${key}`, s.name, table.layout);
    if (p) problems.push(p);
  }
  return problems;
}
