// The dimension checks a spec must pass, and which of them fail: the symptoms a cause must explain.
import { dataSizes, layerSizes, oriented, type ShapeFacts } from './facts';

/**
 * One check: `m` X and Y hold the same examples; `input` network.input is the data's n[0];
 * `output` the last layer's units are Y's targets; `W2`, `b2` the explicit W[2], b[2] fit the layers.
 */
export type Check = 'm' | 'input' | 'output' | `W${number}` | `b${number}`;

/** Whether an explicit W[l] (index i = l-1) is written for (n[l], n[l-1]); n[0] unknown matches anything. */
function wFits(f: ShapeFacts, i: number, n: (number | undefined)[]): boolean {
  const W = f.W[i];
  if (!W) return true;
  const [outer, inner] = oriented(W, f.layout);
  return outer === n[i + 1] && (n[i] === undefined || inner === n[i]);
}

function bFits(f: ShapeFacts, i: number): boolean {
  const b = f.b[i];
  if (!b) return true;
  const [outer, inner] = oriented(b, f.layout);
  return outer === f.units[i] && inner === 1;
}

/** Every check that fails, in reading order of the file (data, input, layers, output). */
export function failedChecks(f: ShapeFacts): Set<Check> {
  const out = new Set<Check>();
  const d = dataSizes(f);
  if (d.mX !== undefined && d.mX !== d.mY) out.add('m');
  if (f.input !== undefined && d.n0 !== undefined && f.input !== d.n0) out.add('input');
  const n = layerSizes(f);
  f.units.forEach((_, i) => {
    if (!wFits(f, i, n)) out.add(`W${i + 1}`);
    if (!bFits(f, i)) out.add(`b${i + 1}`);
  });
  if (d.nY !== undefined && d.nY !== f.units[f.units.length - 1]) out.add('output');
  return out;
}
