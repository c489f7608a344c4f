// Step 0's snapshot as the panel will receive it, before any step has run: every matrix at the size it
// will be sent in (a big layer sampled as a snapshot reply samples it, in the file's layout) and no values,
// so that the panel lays its matrices out while the first step runs. Pure.
import type { MatrixSampling, SnapshotDTO } from '../protocol';
import { snapshotDto } from './dto';
import { zeros, type Matrix } from './engine/matrix';
import type { NetworkDims } from './explain/entry';
import { snapshotSample, SNAPSHOT_BYTES } from './messageBudget';
import type { Layout } from './spec/types';

type Kept = [rowIndex: number[], colIndex: number[]] | undefined;

/** Zeros the size of what a (rows, cols) matrix sends: all of it, or the `kept` rows and columns. */
function blank(rows: number, cols: number, kept: Kept): Matrix & { of?: MatrixSampling } {
  if (!kept) return zeros(rows, cols);
  const [rowIndex, colIndex] = kept;
  return { ...zeros(rowIndex.length, colIndex.length), of: { rows, cols, rowIndex, colIndex } };
}

/** The first step's snapshot of a network of `dims` as the panel gets it, all zeros, its cost NaN. */
export function blankSnapshotDto(dims: Pick<NetworkDims, 'sizes' | 'm'>, layout: Layout): SnapshotDTO {
  const { sizes, m } = dims;
  const sample = snapshotSample(sizes, m, SNAPSHOT_BYTES);
  const kept = (l: number, cols: 'examples' | 'units' | 'one'): Kept => {
    if (!sample) return undefined;
    const along = { examples: sample.examples, units: sample.units[l - 1], one: [0] }[cols];
    return [sample.units[l], along];
  };
  const L = sizes.length - 1;
  const overExamples = (l: number) => blank(sizes[l], m, kept(l, 'examples'));
  const layers = sizes.slice(1).map((n, i) => {
    const l = i + 1;
    const W = () => blank(n, sizes[l - 1], kept(l, 'units'));
    const b = () => blank(n, 1, kept(l, 'one'));
    return {
      W: W(),
      b: b(),
      Z: overExamples(l),
      A: overExamples(l),
      dA: overExamples(l),
      dZ: overExamples(l),
      dW: W(),
      db: b(),
    };
  });
  return snapshotDto({ step: 0, cost: NaN, X: overExamples(0), Y: overExamples(L), layers }, layout);
}
