// A failed check that no single edit explains, reported where it fails, with the dimensions it involves.
import { exampleLine, fileOrder, unitLine, unitAxis } from '../layout';
import { fixTitled, titled } from '../messages/attached';
import { english, msg, type Message } from '../messages/message';
import { count, lineWord, linesWord } from '../messages/words';
import { Codes } from '../spec/codes';
import { diagnosticAt, rangeOf } from '../spec/ranges';
import type { Diagnostic, Fix } from '../spec/types';
import { formatShape, symbolicShape } from './dims';
import { dataSizes } from './facts';
import { candidateHypotheses } from './hypotheses';
import { checkPath, checkRelated, shapeText, targetsRelated, unitsPath } from './places';
import { certainFixes, dimensionPhrase, productSentence, sourceRelated, type ReportContext } from './reportContext';
import type { ChainStep, MatrixShape } from './types';
import type { Check } from './violations';

const AXIS_NAMES = ['row', 'column'] as const;

/** 'its 3 columns should be n[1] = 4, the units of layer 1' for each axis that differs. */
function axisReasons(c: ReportContext, given: readonly [number, number], want: MatrixShape): Message[] {
  const out: Message[] = [];
  want.dims.forEach((d, k) => {
    if (d.value === undefined || d.value === given[k]) return;
    const what = d.symbol === '1' ? msg('shape.addedToEveryExample') : dimensionPhrase(c, d.symbol);
    out.push(msg('shape.axisShouldBe', { axis: count(given[k], AXIS_NAMES[k]), what }));
  });
  return out;
}

/** The reasons joined: one, or 'A, and B'. */
const joinReasons = (r: Message[]): Message | string =>
  r.length === 2 ? msg('shape.twoReasons', { first: r[0], second: r[1] }) : (r[0] ?? '');

function firstBadAxis(given: readonly [number, number], want: MatrixShape): 0 | 1 {
  return want.dims[0].value !== undefined && want.dims[0].value !== given[0] ? 0 : 1;
}

/** Value changes (units, network.input) that make the check pass and nothing else fail. */
function valueFixes(c: ReportContext, check: Check): Fix[] {
  const edits = candidateHypotheses(c.facts).filter((h) => h.kind === 'units' || h.kind === 'input');
  return certainFixes(c, [check], edits);
}

function parameterSymptom(c: ReportContext, check: `W${number}` | `b${number}`): Diagnostic {
  const l = Number(check.slice(1));
  const param = check[0] as 'W' | 'b';
  const shapes = c.table.layers[l - 1];
  const want = shapes[param];
  const given = (param === 'W' ? c.facts.W : c.facts.b)[l - 1] as readonly [number, number];
  const is = shapeText(given);
  const ways: ChainStep['failing'][] = param === 'W' ? ['product', 'bias', 'units'] : ['bias'];
  const l10n = msg('shape.parameter', {
    matrix: `${param}[${l}]`,
    want: `${formatShape(want)} = ${symbolicShape(want)}`,
    is,
    reasons: joinReasons(axisReasons(c, given, want)),
    failure: productSentence(c, l, ways),
  });
  const message = english(l10n);
  shapes.mismatch ??= { matrix: param, axis: firstBadAxis(given, want), message, given: is };
  const symbols = want.dims.map((d) => d.symbol).filter((s) => s !== '1');
  const code = param === 'W' ? Codes.shapeMismatchW : Codes.shapeMismatchB;
  return diagnosticAt(
    c.ranges,
    checkPath(check, c.facts.units.length),
    'error',
    code,
    l10n,
    valueFixes(c, check),
    sourceRelated(c, symbols),
  );
}

/** Whether the causes reported before read X otherwise than the file writes it (transposed, or the other layout). */
function xReadOtherwise(c: ReportContext): boolean {
  const src = c.spec.data.source;
  if (c.facts.layout !== c.spec.layout) return true;
  if (src.kind !== 'inline' || c.facts.data.kind !== 'inline') return false;
  return src.X.length !== c.facts.data.X[0];
}

function inputSymptom(c: ReportContext): Diagnostic {
  const { n0, mX } = dataSizes(c.facts);
  const X = `(${fileOrder(c.facts.layout, n0, mX).join(', ')})`;
  // network.input shapes W[1] only when the file does not write W[1] itself.
  const product = c.facts.W[0] ? '' : productSentence(c, 1, ['product']);
  const input = String(c.facts.input);
  const l10n = xReadOtherwise(c)
    ? msg('shape.inputAfterCause', { shape: X, n0: String(n0), input, failure: product })
    : msg('shape.input', { shape: X, input, lines: linesWord(unitLine(c.facts.layout)), failure: product });
  const message = english(l10n);
  c.table.layers[0].mismatch ??= { matrix: 'W', axis: (1 - unitAxis(c.facts.layout)) as 0 | 1, message };
  return diagnosticAt(
    c.ranges,
    'network.input',
    'error',
    Codes.inputMismatch,
    l10n,
    valueFixes(c, 'input'),
    sourceRelated(c, ['n[0]']),
  );
}

/**
 * n[L] set to Y's rows; but a softmax layer against a single row of targets becomes one sigmoid unit
 * (one linear unit under mse), as a softmax over one unit is no output at all.
 */
function outputFixes(c: ReportContext, nY: number): Fix[] {
  const L = c.facts.units.length;
  const at = (key: string) => rangeOf(c.ranges, `network.layers.${L - 1}.${key}`);
  const fixes = valueFixes(c, 'output');
  if (nY !== 1 || c.spec.network.layers[L - 1].activation !== 'softmax' || fixes.length === 0) return fixes;
  if (c.spec.loss === 'mse') {
    return [fixTitled(msg('fix.oneLinearUnit'), at('units'), '1', [{ range: at('activation'), text: 'linear' }])];
  }
  const also = [
    { range: at('activation'), text: 'sigmoid' },
    { range: rangeOf(c.ranges, 'loss'), text: 'binary_cross_entropy' },
  ];
  return [titled(msg('fix.oneSigmoidUnit'), { range: at('units'), text: '1', also })];
}

function outputSymptom(c: ReportContext): Diagnostic {
  const L = c.facts.units.length;
  const nY = dataSizes(c.facts).nY as number;
  const axis = unitLine(c.facts.layout);
  const l10n = msg('shape.output', {
    lines: count(nY, axis),
    dim: `n[${L}]`,
    units: count(c.facts.units[L - 1], 'unit'),
    linesOfY: linesWord(axis),
    failure: productSentence(c, L + 1),
  });
  const message = english(l10n);
  c.table.layers[L - 1].mismatch ??= { matrix: 'A', axis: unitAxis(c.facts.layout), message };
  const related = targetsRelated(c.spec, c.ranges, c.facts);
  return diagnosticAt(
    c.ranges,
    unitsPath(L),
    'error',
    Codes.outputMismatch,
    l10n,
    outputFixes(c, nY),
    related && [related],
  );
}

function examplesSymptom(c: ReportContext): Diagnostic {
  const { mX, mY } = dataSizes(c.facts);
  const data = c.facts.data as { kind: 'inline'; X: readonly [number, number]; Y: readonly [number, number] };
  const message = msg('shape.examples', {
    y: shapeText(data.Y),
    x: shapeText(data.X),
    mX: String(mX),
    mY: String(mY),
    line: lineWord(exampleLine(c.facts.layout)),
    layout: c.facts.layout,
  });
  const related = checkRelated(c.ranges, c.facts, 'm', 'Y');
  return diagnosticAt(
    c.ranges,
    'data.inline.Y',
    'error',
    Codes.inlineExampleCount,
    message,
    undefined,
    related && [related],
  );
}

export function symptomDiagnostic(c: ReportContext, check: Check): Diagnostic {
  if (check === 'm') return examplesSymptom(c);
  if (check === 'input') return inputSymptom(c);
  if (check === 'output') return outputSymptom(c);
  return parameterSymptom(c, check);
}
