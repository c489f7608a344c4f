// Shapes and equations as text for hovers, CodeLens titles and messages, in course notation.
import { numericShape, plural, symbolicShape } from './dims';
import type { LayerShapes, ShapeTable } from './types';

/** `W[1] (4, 2) · b[1] (4, 1) · 12 parameters` */
export function layerLensTitle(l: LayerShapes): string {
  return `${l.W.name} ${numericShape(l.W)} · ${l.b.name} ${numericShape(l.b)} · ${plural(l.parameters, 'parameter')}`;
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
  lines.push(
    `**Layer ${l.layer}** — ${plural(l.units, 'unit')}, ${l.activation}, ` +
      `${plural(l.parameters, 'parameter')} (layout: ${layout})`,
  );
  if (l.mismatch) lines.push('', `⚠ ${l.mismatch.message}`);
  const matrices = [l.W, l.b, l.Z, l.A, l.dZ, l.dW, l.db, l.dAprev];
  const eqWidth = Math.max(...[...l.forward, ...l.backward].map((e) => e.formula.length)) + 2;
  lines.push('', '```text');
  for (const m of matrices) lines.push(`${pad(m.name, 8)}${pad(numericShape(m), 12)}${symbolicShape(m)}`);
  lines.push('', 'forward');
  for (const e of l.forward) lines.push(`  ${pad(e.formula, eqWidth)}${e.shapes}`);
  lines.push('backward');
  for (const e of l.backward) lines.push(`  ${pad(e.formula, eqWidth)}${e.shapes}`);
  lines.push('```');
  return lines.join('\n');
}
