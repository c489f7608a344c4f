// What a comparison of a student's trace with nnspec's run reports.
import type { Message } from '../messages/message';
import type { MatrixKind } from './trace';

/** The first number of the trace that differs from nnspec's, with what a person needs to fix it. */
export interface Difference {
  /** Step t (0-based) of the matrix or cost; undefined for the final parameters and finalCost. */
  step?: number;
  /** 'dW[2]', 'Z[1]', 'J', 'W[1]' (final), 'finalCost'. */
  matrix: string;
  kind: MatrixKind | 'J' | 'W' | 'b' | 'finalCost';
  /** 1-based layer l, for matrices and parameters. */
  layer?: number;
  /** 1-based row and column in the file's layout (1, 1 for a cost). */
  row: number;
  column: number;
  /** In course notation: 'dW[2][1,3]', or 'J' for a cost. */
  entry: string;
  yours: number;
  nnspec: number;
  relativeDifference: number;
  /** The formula of the matrix, e.g. 'dW[2] = (1/m) dZ[2] A[1]ᵀ'. */
  formula: Message;
  /** What the pattern of the difference suggests (a missing 1/m, a flipped sign, ...). */
  hint?: Message;
  /** Where the number sits in the trace file: 'steps[3].layers[1].dW[0][2]'. */
  at: string;
}

/** What was compared and found equal (before the first difference, when there is one). */
export interface Compared {
  /** Steps whose matrices were all compared (a step cut short by the difference is not counted). */
  steps: number;
  matrices: number;
  entries: number;
  /** Steps whose J was compared (from steps[t].cost or costs[t]). */
  costs: number;
  parameters: number;
  finalCost: boolean;
  /** Why part of the trace could not be compared (nnspec's run diverged). */
  note?: Message;
}

export type DiffResult =
  | { status: 'agree'; compared: Compared }
  | { status: 'differ'; first: Difference; compared: Compared }
  | { status: 'invalid'; problems: Message[] };
