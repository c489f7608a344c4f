// One diagnostic per cause, on the line to change, saying what happened; the other places as related information.
import { exampleLine, fileOrder, otherLayout, unitLine, unitAxis } from '../layout';
import { relatedAt } from '../messages/attached';
import { english, msg, type Message } from '../messages/message';
import { count, lineWord, listOf } from '../messages/words';
import { Codes } from '../spec/codes';
import { diagnosticAt } from '../spec/ranges';
import type { Diagnostic, Related } from '../spec/types';
import { formatShape, symbolicShape } from './dims';
import { dataSizes } from './facts';
import type { Cause } from './causes';
import { writtenMatrices, type Hypothesis, type MatrixRef } from './hypotheses';
import { checkRelated, matrixName, matrixPath, shapeText, symbolsOf, unitsPath, writtenShape } from './places';
import { certainFixes, productSentence, sourceRelated, type ReportContext } from './reportContext';
import { symptomDiagnostic } from './symptoms';
import type { Check } from './violations';

/** The explained checks other than the cause's own matrix, as related places. */
function explainedRelated(c: ReportContext, explains: Check[], subject?: MatrixRef): Related[] {
  return explains
    .filter((k) => k !== subject)
    .map((k) => checkRelated(c.ranges, c.facts, k, subject))
    .filter((r): r is Related => r !== undefined);
}

/** The step of the forward chain a check shows in: step l for W[l], b[l] (network.input: 1); A[L] - Y for the rest. */
function stepOf(check: Check, L: number): number {
  if (check === 'input') return 1;
  if (check === 'm' || check === 'output') return L + 1;
  return Number(check.slice(1));
}

/** ' Z[1] = W[1] A[0]: (4, 2)(4, 2) — 2 ≠ 4.': the first step that fails among those the cause's checks show in. */
function explainedProduct(c: ReportContext, explains: Check[]): string {
  const steps = [...new Set(explains.map((k) => stepOf(k, c.facts.units.length)))].sort((a, b) => a - b);
  return steps.map((l) => productSentence(c, l)).find((s) => s !== '') ?? '';
}

function dataTransposed(c: ReportContext, cause: Cause, ref: 'X' | 'Y'): Diagnostic {
  const { layout } = c.facts;
  const w = writtenShape(c.facts, ref) as readonly [number, number];
  const u = unitAxis(layout);
  const l10n = msg('shape.dataTransposed', {
    matrix: ref,
    line: lineWord(unitLine(layout)),
    shape: shapeText(w),
    examples: count(w[u], 'example'),
    features: count(w[1 - u], ref === 'X' ? 'feature' : 'target'),
    layout,
    wants: `${shapeText([w[1], w[0]])} = ${symbolsOf(ref, c.facts.units.length, layout)}`,
    exampleLine: lineWord(exampleLine(layout)),
    failure: explainedProduct(c, cause.explains),
  });
  const message = english(l10n);
  const layer = ref === 'X' ? 0 : c.facts.units.length - 1;
  c.table.layers[layer].mismatch ??= {
    matrix: ref === 'X' ? 'W' : 'A',
    axis: ref === 'X' ? ((1 - u) as 0 | 1) : u,
    message,
  };
  const code = ref === 'X' ? Codes.xTransposed : Codes.yTransposed;
  const fixes = certainFixes(c, cause.explains, [cause.hypothesis]);
  return diagnosticAt(c.ranges, matrixPath(ref), 'error', code, l10n, fixes, explainedRelated(c, cause.explains, ref));
}

function parameterTransposed(c: ReportContext, cause: Cause, ref: `W${number}` | `b${number}`): Diagnostic {
  const l = Number(ref.slice(1));
  const param = ref[0] as 'W' | 'b';
  const shapes = c.table.layers[l - 1];
  const want = shapes[param];
  const is = shapeText(writtenShape(c.facts, ref) as readonly [number, number]);
  const general = param === 'W' ? fileOrder(c.facts.layout, 'n[l]', 'n[l-1]') : fileOrder(c.facts.layout, 'n[l]', '1');
  const l10n = msg('shape.parameterTransposed', {
    matrix: `${param}[${l}]`,
    want: `${formatShape(want)} = ${symbolicShape(want)}`,
    is,
    layout: c.facts.layout,
    generic: `${param}[l]`,
    general: `(${general.join(', ')})`,
    failure: explainedProduct(c, cause.explains),
  });
  const message = english(l10n);
  shapes.mismatch ??= { matrix: param, axis: 0, message, given: is };
  const code = param === 'W' ? Codes.shapeMismatchW : Codes.shapeMismatchB;
  const symbols = want.dims.map((d) => d.symbol).filter((s) => s !== '1');
  const related = [...explainedRelated(c, cause.explains, ref), ...sourceRelated(c, symbols)];
  const fixes = certainFixes(c, cause.explains, [cause.hypothesis]);
  return diagnosticAt(c.ranges, matrixPath(ref), 'error', code, l10n, fixes, related);
}

function layoutCause(c: ReportContext, cause: Cause): Diagnostic {
  const { layout } = c.facts;
  const other = otherLayout(layout);
  const L = c.facts.units.length;
  const written = writtenMatrices(c.facts);
  const listed = written.map((m) => `${matrixName(m.ref)} ${shapeText(m.shape)} = ${symbolsOf(m.ref, L, other)}`);
  const params = { other, listed: listed.join(', '), layout, failure: explainedProduct(c, cause.explains) };
  const message =
    c.facts.data.kind === 'inline'
      ? msg(c.ranges.has('layout') ? 'shape.layoutPerExample' : 'shape.layoutPerExampleUnset', {
          ...params,
          exampleLine: lineWord(exampleLine(other)),
        })
      : msg(c.ranges.has('layout') ? 'shape.layout' : 'shape.layoutUnset', params);
  const related = written.map((m) =>
    relatedAt(
      msg('related.writtenInLayout', {
        matrix: matrixName(m.ref),
        shape: `${shapeText(m.shape)} = ${symbolsOf(m.ref, L, other)}`,
        layout: other,
      }),
      c.ranges.get(matrixPath(m.ref)) ?? c.ranges.get('') ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
    ),
  );
  const at = c.ranges.has('layout') ? 'layout' : matrixPath(written[0].ref);
  const fixes = certainFixes(c, cause.explains, [cause.hypothesis]);
  return diagnosticAt(c.ranges, at, 'error', Codes.layoutMismatch, message, fixes, related);
}

/** 'W[1] (4, 2)', or 'Y (1, 4)' for the output check. */
function writtenFor(c: ReportContext, check: Check): string | Message | undefined {
  if (check === 'output') {
    if (c.facts.data.kind === 'inline') return `Y ${shapeText(c.facts.data.Y)}`;
    return msg('shape.yOfLines', { lines: count(dataSizes(c.facts).nY ?? 0, unitLine(c.facts.layout)) });
  }
  if (check === 'm' || check === 'input') return undefined;
  const w = writtenShape(c.facts, check);
  return w && `${matrixName(check)} ${shapeText(w)}`;
}

function unitsCause(c: ReportContext, cause: Cause, h: Extract<Hypothesis, { kind: 'units' }>): Diagnostic {
  const l = h.layer;
  const names = cause.explains.map((k) => writtenFor(c, k)).filter((s) => s !== undefined);
  // The product of the next layer shows the clash best: W[l+1] written for the old n[l].
  const failure = productSentence(c, l + 1) || productSentence(c, l);
  const l10n = msg('shape.units', {
    layer: l,
    units: count(c.facts.units[l - 1], 'unit'),
    names: listOf(names),
    dim: `n[${l}] = ${h.value}`,
    failure,
  });
  const message = english(l10n);
  c.table.layers[l - 1].mismatch ??= { matrix: 'W', axis: unitAxis(c.facts.layout), message };
  const fixes = certainFixes(c, cause.explains, [h]);
  return diagnosticAt(
    c.ranges,
    unitsPath(l),
    'error',
    Codes.unitsMismatch,
    l10n,
    fixes,
    explainedRelated(c, cause.explains),
  );
}

export function causeDiagnostic(c: ReportContext, cause: Cause): Diagnostic {
  const h = cause.hypothesis;
  if (h.kind === 'layout') return layoutCause(c, cause);
  if (h.kind === 'units') return unitsCause(c, cause, h);
  if (h.kind === 'transpose') {
    if (h.matrix === 'X' || h.matrix === 'Y') return dataTransposed(c, cause, h.matrix);
    return parameterTransposed(c, cause, h.matrix);
  }
  // network.input alone never explains two checks (only W[1] reads it): reported as the check it fixes.
  return symptomDiagnostic(c, 'input');
}
