// Where each dimension comes from: n[0] from the data (or network.input), n[l] from a layer's units, m from the data.
import { exampleLine, fileOrder, unitLine } from '../layout';
import { rangeOf } from '../spec/ranges';
import type { RangeMap, Spec } from '../spec/types';
import { dataSizes, oriented, type DataDims, type ShapeFacts } from './facts';
import type { DimensionSource } from './types';

interface Origin {
  value?: number;
  from: string;
  phrase: string;
  path: string;
}

function inputOrigin(spec: Spec, facts: ShapeFacts): Origin {
  const src = spec.data.source;
  const n0 = dataSizes(facts).n0;
  const rowsOfX = `the ${unitLine(facts.layout)}s of X`;
  if (facts.data.kind === 'inline')
    return { value: n0, from: `X, one ${unitLine(facts.layout)} per feature`, phrase: rowsOfX, path: 'data.inline.X' };
  if (n0 !== undefined && src.kind === 'csv') {
    return {
      value: n0,
      from: `data.csv.features, ${n0} columns`,
      phrase: `the ${n0} columns of data.csv.features`,
      path: 'data.csv.features',
    };
  }
  if (n0 !== undefined && src.kind === 'generate') {
    return {
      value: n0,
      from: `data.generate: ${src.generator} makes ${n0}-D points`,
      phrase: `the ${n0} coordinates of each generated point`,
      path: 'data.generate.kind',
    };
  }
  if (facts.input !== undefined)
    return { value: facts.input, from: 'network.input', phrase: 'set by network.input', path: 'network.input' };
  const W1 = facts.W[0];
  if (W1) {
    // W[1] is (n[1], n[0]) in columns, (n[0], n[1]) in rows: n[0] is the second axis of the columns order.
    const side = fileOrder(facts.layout, 'rows', 'columns')[1];
    return {
      value: oriented(W1, facts.layout)[1],
      from: `W[1], its ${side}`,
      phrase: `the ${side} of W[1]`,
      path: 'network.layers.0.W',
    };
  }
  return { from: 'the data, once it loads', phrase: rowsOfX, path: 'data' };
}

function examplesOrigin(spec: Spec, facts: ShapeFacts, data: DataDims | undefined): Origin {
  const src = spec.data.source;
  const m = data?.m ?? dataSizes(facts).mX;
  const heldOut = data?.mTest ? `, less ${data.mTest} held out by test_split` : '';
  const perExample = `one ${exampleLine(facts.layout)} per example`;
  if (facts.data.kind === 'inline') {
    return {
      value: m,
      from: `X, ${perExample}${heldOut}`,
      phrase: `the ${exampleLine(facts.layout)}s of X`,
      path: 'data.inline.X',
    };
  }
  if (src.kind === 'generate')
    return {
      value: m,
      from: `data.generate.samples${heldOut}`,
      phrase: 'the samples generated',
      path: 'data.generate.samples',
    };
  if (src.kind === 'csv')
    return {
      value: m,
      from: `the rows of ${src.path}${heldOut}`,
      phrase: `the rows of ${src.path}`,
      path: 'data.csv.path',
    };
  return { from: 'the data', phrase: 'the examples of the data', path: 'data' };
}

function source(symbol: string, o: Origin, ranges: RangeMap): DimensionSource {
  const text = o.value === undefined ? `${symbol} comes from ${o.from}` : `${symbol} = ${o.value} from ${o.from}`;
  const out: DimensionSource = { symbol, text, phrase: o.phrase, range: rangeOf(ranges, o.path) };
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
        phrase: `the units of layer ${i + 1}`,
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
