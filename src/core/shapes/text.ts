// The shape table as plain text: the CLI's `nnspec shapes` and the extension's output channel.
import { displayWidth, padEndTo } from '../displayWidth';
import { msg, render, type Language } from '../messages/message';
import { count } from '../messages/words';
import { numericShape } from './dims';
import type { ShapeTable } from './types';

export function shapeTableText(
  t: ShapeTable,
  name: string | undefined,
  equations: boolean,
  lang: Language = 'en',
): string {
  const say = (id: Parameters<typeof msg>[0], params = {}) => render(lang, msg(id, params));
  const named = name ? msg('table.named', { name }) : '';
  const head = say('table.head', { named, layout: t.layout, n0: t.n0 ?? '?', m: t.m ?? '?' });
  const rows = [
    [
      say('table.layer'),
      say('table.units'),
      say('table.activation'),
      'W[l]',
      'b[l]',
      'Z[l], A[l]',
      say('table.parameters'),
    ],
  ];
  for (const l of t.layers) {
    rows.push([
      String(l.layer),
      String(l.units),
      l.activation,
      numericShape(l.W),
      numericShape(l.b),
      numericShape(l.Z),
      String(l.parameters),
    ]);
  }
  // Columns line up in a terminal: a Korean heading takes two columns a letter.
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
  const lines = [
    head,
    ...rows.map((r) =>
      r
        .map((cell, c) => padEndTo(cell, widths[c]))
        .join('  ')
        .trimEnd(),
    ),
  ];
  lines.push(say('table.total', { parameters: count(t.totalParameters, 'parameter') }));
  if (equations) {
    for (const l of t.layers) {
      lines.push('', say('table.layerN', { layer: l.layer }));
      for (const e of [...l.forward, ...l.backward]) lines.push(`  ${e.formula}: ${e.shapes}`);
    }
  }
  return lines.join('\n');
}
