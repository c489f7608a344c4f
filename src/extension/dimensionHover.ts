// Hovers on what sets a size (a layer's units, network.input, inline X and Y, the generated samples,
// the CSV's features): which dimension it sets, to what value and from where, the matrices it sizes,
// and the matrices of the file that hold another value for it, in the editor's language.
import * as vscode from 'vscode';
import { localizeSource } from '../core/messages/localize';
import { formatShape } from '../core/shapes/dims';
import { sourceOf } from '../core/shapes/sources';
import type { ChainOperand, DimensionSource, MatrixShape, ShapeTable } from '../core/shapes/types';
import type { Range, RangeMap } from '../core/spec/types';
import type { AnalysisCache } from './analysisCache';
import { toVsRange } from './diagnostics';
import { editorLanguage } from './editorLanguage';

/** At most this many matrices are named in "Sizes" (m sizes every Z and A). */
const MAX_LISTED = 8;

/** The keys that set a dimension, each with the dimensions it sets. */
function setters(t: ShapeTable): [string, string[]][] {
  const L = t.layers.length;
  return [
    ...t.layers.map((_, i): [string, string[]] => [`network.layers.${i}.units`, [`n[${i + 1}]`]]),
    ['network.input', ['n[0]']],
    ['data.inline.X', ['n[0]', 'm']],
    ['data.inline.Y', [`n[${L}]`, 'm']],
    ['data.generate.samples', ['m']],
    ['data.generate.classes', [`n[${L}]`]],
    ['data.csv.features', ['n[0]']],
    ['data.csv.target', [`n[${L}]`]],
  ];
}

/** The matrices of the network whose shape holds `symbol`, with their shapes in the file's layout. */
function sized(t: ShapeTable, symbol: string): string[] {
  const all: MatrixShape[] = [t.X, t.Y, ...t.layers.flatMap((l) => [l.W, l.b, l.Z, l.A])];
  const names = all.filter((m) => m.dims.some((d) => d.symbol === symbol)).map((m) => `${m.name} ${formatShape(m)}`);
  const more = names.length - MAX_LISTED;
  return more > 0 ? [...names.slice(0, MAX_LISTED), vscode.l10n.t('… and {0} more', more)] : names;
}

/** Where the file writes a chain operand: W[l] and b[l] in their layer, A[0] and Y as inline data. */
function writtenAt(o: ChainOperand, ranges: RangeMap): Range | undefined {
  const layer = /^([Wb])\[(\d+)\]$/.exec(o.name);
  if (layer) return ranges.get(`network.layers.${Number(layer[2]) - 1}.${layer[1]}`);
  return ranges.get(o.name === 'A[0]' ? 'data.inline.X' : o.name === 'Y' ? 'data.inline.Y' : '');
}

/** The matrices of the forward pass that hold another value for `s` than the one it is set to. */
function disagreeing(t: ShapeTable, s: DimensionSource, ranges: RangeMap): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const step of t.chain?.steps ?? []) {
    for (const o of step.operands) {
      const d = o.dims.find((x) => x.symbol === s.symbol);
      if (!d || d.value === undefined || s.value === undefined || d.value === s.value || seen.has(o.name)) continue;
      seen.add(o.name);
      const at = o.written ? writtenAt(o, ranges) : undefined;
      const name = o.name === 'A[0]' && o.written ? 'X' : o.name;
      out.push(at ? vscode.l10n.t('{0} {1} (line {2})', name, o.text, at.line) : `${name} ${o.text}`);
    }
  }
  return out;
}

function symbolMarkdown(ranges: RangeMap, t: ShapeTable, source: DimensionSource): string {
  const s = localizeSource(source, editorLanguage());
  const lines = [
    vscode.l10n.t('**{0}** (line {1})', s.text, s.range.line),
    '',
    vscode.l10n.t('Sizes {0}', sized(t, s.symbol).join(' · ')),
  ];
  const other = disagreeing(t, s, ranges);
  if (other.length > 0)
    lines.push('', vscode.l10n.t('⚠ Not {0} = {1}: {2}', s.symbol, String(s.value), other.join(', ')));
  return lines.join('\n');
}

export class DimensionHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const a = await this.cache.current(doc);
    const t = a?.shapes;
    if (!a || !t?.sources) return undefined;
    const hit = setters(t)
      .map(([path, symbols]) => ({ range: a.ranges.get(path), symbols }))
      .find((x) => x.range && toVsRange(x.range).contains(pos));
    if (!hit?.range) return undefined;
    const parts = hit.symbols
      .map((sym) => sourceOf(t.sources!, sym))
      .filter((s) => s !== undefined)
      .map((s) => symbolMarkdown(a.ranges, t, s));
    if (parts.length === 0) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(parts.join('\n\n---\n\n')), toVsRange(hit.range));
  }
}
