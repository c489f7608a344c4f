// Where each dimension comes from: n[0] from the data (or network.input), n[l] from a layer's units, m from the data.
import { exampleLine, fileOrder, unitLine } from '../layout';
import { english, msg, type Message } from '../messages/message';
import { lineWord, linesWord } from '../messages/words';
import { rangeOf } from '../spec/ranges';
import type { RangeMap, Spec } from '../spec/types';
import { dataSizes, oriented, type DataDims, type ShapeFacts } from './facts';
import type { DimensionSource } from './types';

interface Origin {
  value?: number;
  from: Message | string;
  phrase: Message;
  path: string;
}

function inputOrigin(spec: Spec, facts: ShapeFacts): Origin {
  const src = spec.data.source;
  const n0 = dataSizes(facts).n0;
  const rowsOfX = msg('source.linesOfX', { lines: linesWord(unitLine(facts.layout)) });
  if (facts.data.kind === 'inline')
    return {
      value: n0,
      from: msg('source.xPerFeature', { line: lineWord(unitLine(facts.layout)) }),
      phrase: rowsOfX,
      path: 'data.inline.X',
    };
  if (n0 !== undefined && src.kind === 'csv') {
    return {
      value: n0,
      from: msg('source.csvFeatures', { n: n0 }),
      phrase: msg('source.csvFeaturesPhrase', { n: n0 }),
      path: 'data.csv.features',
    };
  }
  if (n0 !== undefined && src.kind === 'generate') {
    return {
      value: n0,
      from: msg('source.generated', { generator: src.generator, n: n0 }),
      phrase: msg('source.generatedPhrase', { n: n0 }),
      path: 'data.generate.kind',
    };
  }
  if (facts.input !== undefined)
    return { value: facts.input, from: 'network.input', phrase: msg('source.setByInput'), path: 'network.input' };
  const W1 = facts.W[0];
  if (W1) {
    // W[1] is (n[1], n[0]) in columns, (n[0], n[1]) in rows: n[0] is the second axis of the columns order.
    const side = linesWord(fileOrder<'row' | 'column'>(facts.layout, 'row', 'column')[1]);
    return {
      value: oriented(W1, facts.layout)[1],
      from: msg('source.w1', { side }),
      phrase: msg('source.w1Phrase', { side }),
      path: 'network.layers.0.W',
    };
  }
  return { from: msg('source.dataOnceLoaded'), phrase: rowsOfX, path: 'data' };
}

function examplesOrigin(spec: Spec, facts: ShapeFacts, data: DataDims | undefined): Origin {
  const src = spec.data.source;
  const m = data?.m ?? dataSizes(facts).mX;
  const heldOut = data?.mTest ? msg('source.heldOut', { n: data.mTest }) : '';
  const line = lineWord(exampleLine(facts.layout));
  if (facts.data.kind === 'inline') {
    return {
      value: m,
      from: msg('source.xPerExample', { line, heldOut }),
      phrase: msg('source.linesOfX', { lines: linesWord(exampleLine(facts.layout)) }),
      path: 'data.inline.X',
    };
  }
  if (src.kind === 'generate')
    return {
      value: m,
      from: msg('source.samples', { heldOut }),
      phrase: msg('source.samplesPhrase'),
      path: 'data.generate.samples',
    };
  if (src.kind === 'csv')
    return {
      value: m,
      from: msg('source.csvRows', { path: src.path, heldOut }),
      phrase: msg('source.csvRowsPhrase', { path: src.path }),
      path: 'data.csv.path',
    };
  return { from: msg('source.data'), phrase: msg('source.dataPhrase'), path: 'data' };
}

function source(symbol: string, o: Origin, ranges: RangeMap): DimensionSource {
  const text =
    o.value === undefined
      ? msg('source.comesFrom', { dim: symbol, from: o.from })
      : msg('related.dimensionFrom', { dim: `${symbol} = ${o.value}`, from: o.from });
  const out: DimensionSource = {
    symbol,
    text: english(text),
    phrase: english(o.phrase),
    range: rangeOf(ranges, o.path),
    l10n: { text, phrase: o.phrase },
  };
  if (o.value !== undefined) out.value = o.value;
  return out;
}

/** n[0], n[1], ..., n[L] and m: each one's value, where it is set, and a sentence saying so. */
export function dimensionSources(spec: Spec, ranges: RangeMap, facts: ShapeFacts, data?: DataDims): DimensionSource[] {
  const layers = facts.units.map((units, i) =>
    source(
      `n[${i + 1}]`,
      {
        value: units,
        from: `layers[${i + 1}].units`,
        phrase: msg('source.unitsOfLayer', { layer: i + 1 }),
        path: `network.layers.${i}.units`,
      },
      ranges,
    ),
  );
  return [
    source('n[0]', inputOrigin(spec, facts), ranges),
    ...layers,
    source('m', examplesOrigin(spec, facts, data), ranges),
  ];
}

/** The source of one dimension symbol ('n[2]', 'm'). */
export function sourceOf(sources: DimensionSource[], symbol: string): DimensionSource | undefined {
  return sources.find((s) => s.symbol === symbol);
}
