// What a differing matrix suggests: a factor of m, a flipped sign, a transpose, or the wrong start.
import { msg, type Message } from '../messages/message';
import { relativeDifference } from './relative';

export interface HintContext {
  /** 'dW[1]', 'Z[1]', 'J', 'W[1]' */
  name: string;
  /** The step the matrix belongs to; undefined for the final parameters. */
  step?: number;
  /** The batch's m at that step. */
  m: number;
}

const CLOSE = 1e-6;

/** yours / nnspec when it is the same for every entry (nnspec's zeros matched by zeros). */
function constantRatio(yours: number[][], nnspec: number[][]): { ratio: number; entries: number } | undefined {
  let ratio: number | undefined;
  let entries = 0;
  for (let i = 0; i < nnspec.length; i++) {
    for (let j = 0; j < nnspec[i].length; j++) {
      const a = yours[i][j];
      const b = nnspec[i][j];
      if (b === 0) {
        if (a !== 0) return undefined;
        continue;
      }
      const r = a / b;
      if (!Number.isFinite(r)) return undefined;
      if (ratio === undefined) ratio = r;
      else if (relativeDifference(r, ratio, 0) > CLOSE) return undefined;
      entries++;
    }
  }
  return ratio === undefined ? undefined : { ratio, entries };
}

function isTransposed(yours: number[][], nnspec: number[][]): boolean {
  const n = nnspec.length;
  if (n < 2 || nnspec[0].length !== n) return false;
  let asymmetric = false;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (relativeDifference(yours[i][j], nnspec[j][i], 1) > CLOSE) return false;
      if (nnspec[i][j] !== nnspec[j][i]) asymmetric = true;
    }
  }
  return asymmetric;
}

function ratioHint(ratio: number, entries: number, c: HintContext): Message | undefined {
  const near = (x: number) => relativeDifference(ratio, x, 0) <= CLOSE;
  if (c.m > 1 && near(c.m)) return msg('diff.hint.missingM', { m: c.m });
  if (c.m > 1 && near(1 / c.m)) return msg('diff.hint.mTwice', { m: c.m });
  if (near(-1)) return msg('diff.hint.sign', { name: c.name });
  if (entries >= 2) return msg('diff.hint.ratio', { ratio: Number(ratio.toPrecision(6)) });
  return undefined;
}

/** A sentence for the student, when the pattern of the difference says something. */
export function hintFor(yours: number[][], nnspec: number[][], c: HintContext): Message | undefined {
  const r = constantRatio(yours, nnspec);
  const byRatio = r && ratioHint(r.ratio, r.entries, c);
  if (byRatio) return byRatio;
  if (isTransposed(yours, nnspec)) return msg('diff.hint.transposed', { name: c.name });
  if (c.step === 0 && (c.name === 'Z[1]' || c.name === 'A[1]')) return msg('diff.hint.start', { name: c.name });
  return undefined;
}
