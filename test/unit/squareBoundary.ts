// The smallest decision boundary a message can carry: a 2 × 2 grid over the unit square, one output.
import type { BoundaryDTO } from '../../src/protocol';

export const squareBoundary = (step: number, output: readonly number[] = [0, 0, 1, 1]): BoundaryDTO => ({
  step,
  xMin: 0,
  xMax: 1,
  yMin: 0,
  yMax: 1,
  resolution: 2,
  output: Float64Array.from(output),
  classes: 1,
  hidden: [],
});
