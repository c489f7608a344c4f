// Shapes and equations as text for hovers, CodeLens titles and messages, in course notation.
import { mismatchText } from '../messages/localize';
import type { Diagnostic } from '../spec/types';
import { msg, render, type Language } from '../messages/message';
import { count } from '../messages/words';
import { numericShape, symbolicShape } from './dims';
import type { LayerShapes, ShapeTable } from './types';

/** `W[1] (4, 2) · b[1] (4, 1) · 12 parameters` */
export const layerLensTitleIn =
  (lang: Language) =>
  (l: LayerShapes): string => {
    const parameters = render(lang, count(l.parameters, 'parameter'));
    return `${l.W.name} ${numericShape(l.W)} · ${l.b.name} ${numericShape(l.b)} · ${parameters}`;
  };

export const layerLensTitle = layerLensTitleIn('en');

export function networkLensTitle(t: ShapeTable, lang: Language = 'en'): string {
  const params = { parameters: count(t.totalParameters, 'parameter'), layers: count(t.layers.length, 'layer') };
  return render(lang, msg('hover.network', params));
}

function pad(s: string, width: number): string {
  return s.length >= width ? `${s}  ` : s + ' '.repeat(width - s.length);
}

/** A markdown hover: the layer's matrices, then its forward and backward equations with their shapes. */
export function layerHoverMarkdown(
  l: LayerShapes,
  layout: ShapeTable['layout'],
  lang: Language = 'en',
  diagnostics: Diagnostic[] = [],
): string {
  const lines: string[] = [];
  const heading = msg('hover.layer', {
    layer: l.layer,
    units: count(l.units, 'unit'),
    activation: l.activation,
    parameters: count(l.parameters, 'parameter'),
    layout,
  });
  lines.push(render(lang, heading));
  if (l.mismatch) lines.push('', `⚠ ${mismatchText(l.mismatch.message, lang, diagnostics)}`);
  const matrices = [l.W, l.b, l.Z, l.A, l.dZ, l.dW, l.db, l.dAprev];
  const eqWidth = Math.max(...[...l.forward, ...l.backward].map((e) => e.formula.length)) + 2;
  lines.push('', '```text');
  for (const m of matrices) lines.push(`${pad(m.name, 8)}${pad(numericShape(m), 12)}${symbolicShape(m)}`);
  lines.push('', render(lang, msg('hover.forward')));
  for (const e of l.forward) lines.push(`  ${pad(e.formula, eqWidth)}${e.shapes}`);
  lines.push(render(lang, msg('hover.backward')));
  for (const e of l.backward) lines.push(`  ${pad(e.formula, eqWidth)}${e.shapes}`);
  lines.push('```');
  return lines.join('\n');
}
