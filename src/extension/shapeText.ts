// Shapes and equations as text for hovers, CodeLens titles and messages, in course notation.
import type { LayerShapes, MatrixShape, ShapeTable } from '../core/shapes/types';

/** (4, 2) when the numbers are known, (4, m) or (n[1], n[0]) where they are not. */
export function formatShape(s: MatrixShape): string {
  return `(${s.dims.map((d) => (d.value !== undefined ? String(d.value) : d.symbol)).join(', ')})`;
}

function symbolic(s: MatrixShape): string {
  return `(${s.dims.map((d) => d.symbol).join(', ')})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `W[1] (4, 2) · b[1] (4, 1) · 12 parameters` */
export function layerLensTitle(l: LayerShapes): string {
  return `${l.W.name} ${formatShape(l.W)} · ${l.b.name} ${formatShape(l.b)} · ${plural(l.parameters, 'parameter')}`;
}

export function networkLensTitle(t: ShapeTable): string {
  return `${plural(t.totalParameters, 'parameter')} in ${plural(t.layers.length, 'layer')}`;
}

function pad(s: string, width: number): string {
  return s.length >= width ? `${s}  ` : s + ' '.repeat(width - s.length);
}

/** A markdown hover: the layer's matrices, then its forward and backward equations with their shapes. */
export function layerHoverMarkdown(l: LayerShapes, layout: ShapeTable['layout']): string {
  const lines: string[] = [];
  lines.push(`**Layer ${l.layer}** — ${plural(l.units, 'unit')}, ${l.activation}, ${plural(l.parameters, 'parameter')} (layout: ${layout})`);
  if (l.mismatch) lines.push('', `⚠ ${l.mismatch.message}`);
  const matrices = [l.W, l.b, l.Z, l.A, l.dZ, l.dW, l.db, l.dAprev];
  const eqWidth = Math.max(...[...l.forward, ...l.backward].map((e) => e.formula.length)) + 2;
  lines.push('', '```text');
  for (const m of matrices) lines.push(`${pad(m.name, 8)}${pad(formatShape(m), 12)}${symbolic(m)}`);
  lines.push('', 'forward');
  for (const e of l.forward) lines.push(`  ${pad(e.formula, eqWidth)}${e.shapes}`);
  lines.push('backward');
  for (const e of l.backward) lines.push(`  ${pad(e.formula, eqWidth)}${e.shapes}`);
  lines.push('```');
  return lines.join('\n');
}

/** The whole table as plain text, for the output channel. */
export function shapeTableText(t: ShapeTable): string {
  const lines = [`X ${formatShape(t.X)}   Y ${formatShape(t.Y)}   layout: ${t.layout}`];
  for (const l of t.layers) {
    lines.push(`layer ${l.layer}: ${l.units} ${l.activation}   ${layerLensTitle(l)}`);
    for (const e of [...l.forward, ...l.backward]) lines.push(`    ${e.formula}    ${e.shapes}`);
  }
  lines.push(`total: ${plural(t.totalParameters, 'parameter')}`);
  return lines.join('\n');
}
