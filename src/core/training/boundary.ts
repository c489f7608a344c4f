// The decision boundary for 2-D inputs: the network's output (and each hidden unit of layer 1)
// evaluated over a grid covering the data, for the panel to paint.
import { zeros, type Matrix } from '../engine/matrix';
import { Network, type LayerParameters, type NetworkConfig } from '../engine/network';
import type { Workspace } from '../engine/workspace';
import type { BoundaryDTO } from '../../protocol';
import { labelOf } from '../dto';

export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The data's extent (X is (2, m), columns) with a 10% margin; a degenerate axis gets ±1. */
export function boundsOf(X: Matrix): Bounds {
  let xMin = Infinity,
    xMax = -Infinity,
    yMin = Infinity,
    yMax = -Infinity;
  for (let j = 0; j < X.cols; j++) {
    const x = X.data[j];
    const y = X.data[X.cols + j];
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  const widen = (lo: number, hi: number): [number, number] => {
    if (!(hi > lo)) return [lo - 1, lo + 1];
    const pad = (hi - lo) * 0.1;
    return [lo - pad, hi + pad];
  };
  [xMin, xMax] = widen(xMin, xMax);
  [yMin, yMax] = widen(yMin, yMax);
  return { xMin, xMax, yMin, yMax };
}

/** The grid as a (2, r²) input: column j * r + i holds (x_i, y_j), cell centres from min to max. */
export function gridInput(b: Bounds, r: number): Matrix {
  const G = zeros(2, r * r);
  const at = (lo: number, hi: number, i: number) => (r === 1 ? (lo + hi) / 2 : lo + ((hi - lo) * i) / (r - 1));
  for (let j = 0; j < r; j++) {
    for (let i = 0; i < r; i++) {
      G.data[j * r + i] = at(b.xMin, b.xMax, i);
      G.data[r * r + j * r + i] = at(b.yMin, b.yMax, j);
    }
  }
  return G;
}

/**
 * The network's prediction over a grid covering the data, for θ given layer by layer: the
 * engine's own forward pass (Network.forward) on the grid as a batch of r² examples.
 */
export class BoundaryGrid {
  private readonly net: Network;
  private readonly G: Matrix;
  private readonly ws: Workspace;

  constructor(
    config: NetworkConfig,
    private readonly bounds: Bounds,
    private readonly resolution: number,
  ) {
    this.net = new Network(config);
    this.G = gridInput(bounds, resolution);
    this.ws = this.net.workspace(this.G.cols, false);
  }

  /**
   * The boundary of θ_step: the output (or winning class) at each grid
   * point, and each unit of layer 1 when it is hidden.
   */
  compute(params: readonly LayerParameters[], step: number): BoundaryDTO {
    const { net, ws, G } = this;
    net.setParameters(params);
    net.forward(ws, G.data);
    const k = G.cols;
    const out: Matrix = { rows: net.sizes[net.L], cols: k, data: ws.A[net.L] };
    const output = new Float64Array(k);
    for (let j = 0; j < k; j++) output[j] = labelOf(out, j);
    const hidden: Float64Array[] = [];
    // slice, not subarray: each map its own buffer, so posting one never copies the whole workspace.
    if (net.L > 1) for (let u = 0; u < net.sizes[1]; u++) hidden.push(ws.A[1].slice(u * k, (u + 1) * k));
    return { step, ...this.bounds, resolution: this.resolution, output, classes: out.rows, hidden };
  }
}
