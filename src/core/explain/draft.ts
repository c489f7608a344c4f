// What each kind of entry's explainer returns, before index.ts adds the value, renders the
// lines and gathers the terms, links, highlights and operands.

import type { Expr } from './types';

export interface LineDraft {
  lhs: string;
  /** The whole symbolic line, starting with `lhs =`. */
  formula: string;
  expr: Expr;
}

export interface Draft {
  /** lines[0] is the entry's; line leaves (Expr.line) index into this list. */
  lines: LineDraft[];
  notes: string[];
  /** The sum whose terms the panel lists (Σₖ of Z, Σᵢ over the batch, ...). */
  main?: Expr;
  /** Operands that are not matrices the panel shows (optimizer moments: 'vdW[1]'). */
  moments?: string[];
}
