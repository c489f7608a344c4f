// Explicit initial W[l] and b[l] against the layer sizes.
import { Codes } from '../spec/codes';
import { diagnosticAt } from '../spec/ranges';
import type { Diagnostic, Fix, RangeMap, Spec } from '../spec/types';
import { formatShape, plural, symbolicShape } from './dims';
import { replaceNumber } from './fixes';
import type { LayerShapes, ShapeTable } from './types';

/** Where n[0] came from, for messages: 'X has 2 rows', 'network.input is 2'. */
export type InputSource = 'data' | 'input' | 'W[1]' | undefined;

export function checkExplicitParameters(
  spec: Spec,
  ranges: RangeMap,
  table: ShapeTable,
  n0From: InputSource,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  spec.network.layers.forEach((layer, i) => {
    const shapes = table.layers[i];
    if (layer.W) {
      const d = checkW(spec, ranges, shapes, layer.W, n0From);
      if (d) out.push(d);
    }
    if (layer.b) {
      const d = checkB(spec, ranges, shapes, layer.b);
      if (d) out.push(d);
    }
  });
  return out;
}

/** Which file axis (0 or 1) holds n[l] and which n[l-1], in this layout. */
function axes(spec: Spec): { here: 0 | 1; before: 0 | 1 } {
  return spec.layout === 'columns' ? { here: 0, before: 1 } : { here: 1, before: 0 };
}

function checkW(
  spec: Spec,
  ranges: RangeMap,
  shapes: LayerShapes,
  W: number[][],
  n0From: InputSource,
): Diagnostic | undefined {
  const l = shapes.layer;
  const actual = [W.length, W[0].length];
  const { here, before } = axes(spec);
  const wantHere = shapes.W.dims[here].value as number;
  const wantBefore = shapes.W.dims[before].value;
  const badHere = actual[here] !== wantHere;
  const badBefore = wantBefore !== undefined && actual[before] !== wantBefore;
  if (!badHere && !badBefore) return undefined;
  const is = `(${actual[0]}, ${actual[1]})`;
  const want = shapes.W.dims.map((d) => d.value);
  if (actual[0] === want[1] && actual[1] === want[0]) {
    const message = `W[${l}] must be ${formatShape(shapes.W)} = ${symbolicShape(shapes.W)}, but is ${is}: it is written transposed. With layout: ${spec.layout}, W[l] is ${spec.layout === 'columns' ? '(n[l], n[l-1])' : '(n[l-1], n[l])'}.`;
    shapes.mismatch ??= { matrix: 'W', axis: 0, message, given: is };
    return diagnosticAt(ranges, `network.layers.${l - 1}.W`, 'error', Codes.shapeMismatchW, message);
  }
  const reasons: string[] = [];
  const fixes: Fix[] = [];
  const unitsPath = (k: number) => `network.layers.${k - 1}.units`;
  if (badBefore) {
    if (l > 1) {
      reasons.push(`layer ${l - 1} has ${plural(wantBefore, 'unit')}`);
      fixes.push(
        replaceNumber(ranges, unitsPath(l - 1), actual[before], `Set layer ${l - 1}'s units to ${actual[before]}`),
      );
    } else {
      reasons.push(inputReason(spec, wantBefore, n0From));
      if (n0From === 'input')
        fixes.push(replaceNumber(ranges, 'network.input', actual[before], `Set network.input to ${actual[before]}`));
    }
  }
  if (badHere) {
    reasons.push(`layer ${l} has ${plural(wantHere, 'unit')}`);
    fixes.push(replaceNumber(ranges, unitsPath(l), actual[here], `Set layer ${l}'s units to ${actual[here]}`));
  }
  const message = `W[${l}] must be ${formatShape(shapes.W)} = ${symbolicShape(shapes.W)}, but is ${is}: ${reasons.join(' and ')}.`;
  shapes.mismatch ??= { matrix: 'W', axis: badHere ? here : before, message, given: is };
  return diagnosticAt(ranges, `network.layers.${l - 1}.W`, 'error', Codes.shapeMismatchW, message, fixes);
}

function inputReason(spec: Spec, n0: number, from: InputSource): string {
  if (from === 'input') return `network.input is ${n0}`;
  const axis = spec.layout === 'columns' ? 'rows' : 'columns';
  return `n[0] = ${n0}, the number of ${axis} of X`;
}

function checkB(spec: Spec, ranges: RangeMap, shapes: LayerShapes, b: number[][]): Diagnostic | undefined {
  const l = shapes.layer;
  const actual = [b.length, b[0].length];
  const want = shapes.b.dims.map((d) => d.value as number);
  if (actual[0] === want[0] && actual[1] === want[1]) return undefined;
  const { here } = axes(spec);
  const axis: 0 | 1 = actual[here] !== want[here] ? here : ((1 - here) as 0 | 1);
  const is = `(${actual[0]}, ${actual[1]})`;
  const message = `b[${l}] must be ${formatShape(shapes.b)} = ${symbolicShape(shapes.b)}, but is ${is}: layer ${l} has ${plural(shapes.units, 'unit')}, and b[${l}] holds one bias per unit.`;
  shapes.mismatch ??= { matrix: 'b', axis, message, given: is };
  return diagnosticAt(ranges, `network.layers.${l - 1}.b`, 'error', Codes.shapeMismatchB, message);
}
