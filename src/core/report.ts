// Plain-JSON views of shapes, diagnostics, parameters and snapshots, as `nnspec --json` prints them.
import type { Matrix } from './engine/matrix';
import type { MatrixShape, ShapeTable } from './shapes/types';
import type { Diagnostic, Layout } from './spec/types';
import { toFileLayout } from './layout';
import type { Snapshot } from './training/types';

export interface DiagnosticJson {
  severity: Diagnostic['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  /** The other places involved (where each dimension was set, ...): always present, often empty. */
  related: { message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

export function diagnosticJson(d: Diagnostic): DiagnosticJson {
  const { line, column, endLine, endColumn } = d.range;
  const related = (d.related ?? []).map((r) => ({ message: r.message, ...r.range }));
  return { severity: d.severity, message: d.message, line, column, endLine, endColumn, code: d.code, related };
}

/** A shape as numbers where known, with the symbol where not: [4, 'm'] before m is known. */
function dims(s: MatrixShape): (number | string)[] {
  return s.dims.map((d) => d.value ?? d.symbol);
}

export function shapesJson(t: ShapeTable) {
  return {
    layout: t.layout,
    n0: t.n0 ?? null,
    m: t.m ?? null,
    X: dims(t.X),
    Y: dims(t.Y),
    totalParameters: t.totalParameters,
    layers: t.layers.map((l) => ({
      layer: l.layer,
      units: l.units,
      activation: l.activation,
      W: dims(l.W),
      b: dims(l.b),
      Z: dims(l.Z),
      A: dims(l.A),
      dA: dims(l.dA),
      dZ: dims(l.dZ),
      dW: dims(l.dW),
      db: dims(l.db),
      parameters: l.parameters,
      equations: [...l.forward, ...l.backward].map((e) => `${e.formula}: ${e.shapes}`),
    })),
  };
}

/** The final W[l] and b[l], keyed W1, b1, W2, ... in the file's layout. */
export function parametersJson(params: { W: Matrix; b: Matrix }[], layout: Layout): Record<string, number[][]> {
  const out: Record<string, number[][]> = {};
  params.forEach((p, i) => {
    out[`W${i + 1}`] = toFileLayout(p.W, layout);
    out[`b${i + 1}`] = toFileLayout(p.b, layout);
  });
  return out;
}

/** One entry of `steps`: J_t and every layer's Z, A, dA, dZ, dW, db before the update. */
export function stepJson(s: Snapshot, layout: Layout) {
  return {
    cost: s.cost,
    layers: s.layers.map((l) => ({
      Z: toFileLayout(l.Z, layout),
      A: toFileLayout(l.A, layout),
      dA: toFileLayout(l.dA, layout),
      dZ: toFileLayout(l.dZ, layout),
      dW: toFileLayout(l.dW, layout),
      db: toFileLayout(l.db, layout),
    })),
  };
}
