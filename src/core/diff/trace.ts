// A trace recorded from a student's own implementation: read from JSON text, checked key by key,
// turned into typed matrices. Every problem names its place in the file (`steps[2].layers[0].dZ`).
import { msg, type Message, type Param } from '../messages/message';
import { closest } from '../spec/suggest';

export const MATRIX_KINDS = ['Z', 'A', 'dA', 'dZ', 'dW', 'db'] as const;
export type MatrixKind = (typeof MATRIX_KINDS)[number];

export interface TraceStep {
  cost?: number;
  /** layers[0] is layer 1; a layer may give any subset of the matrices. */
  layers: Partial<Record<MatrixKind, number[][]>>[];
}

export interface Trace {
  steps: TraceStep[];
  costs?: number[];
  /** W1, b1, ...: the parameters after the run. */
  parameters?: Record<string, number[][]>;
  finalCost?: number;
}

/** Keys of `train --json` that a trace may carry and that diff does not compare. */
const IGNORED_KEYS = ['shapes', 'accuracy', 'testCost', 'testAccuracy', 'diagnostics', 'diverged', 'variants'];
const TOP_KEYS = ['steps', 'costs', 'parameters', 'finalCost'];
const MAX_PROBLEMS = 10;

/** The problems found, the first MAX_PROBLEMS kept word for word, the rest only counted. */
export class Problems {
  readonly kept: Message[] = [];
  count = 0;

  push(message: Message): void {
    if (this.count++ < MAX_PROBLEMS) this.kept.push(message);
  }

  get length(): number {
    return this.count;
  }

  list(): Message[] {
    const more = this.count - this.kept.length;
    return more > 0 ? [...this.kept, msg('diff.trace.more', { n: more })] : this.kept;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): Param {
  if (v === null) return 'null';
  if (Array.isArray(v)) return msg('node.list');
  if (typeof v === 'object') return msg('diff.trace.object');
  if (typeof v === 'string')
    return msg('diff.trace.string', { text: JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v) });
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v;
}

/** A number, or null for NaN; anything else is a problem. */
function readNumber(v: unknown, at: string, problems: Problems): number | undefined {
  if (typeof v === 'number') return v;
  if (v === null) return NaN;
  problems.push(msg('diff.trace.notNumber', { at, what: describe(v) }));
  return undefined;
}

function readMatrix(v: unknown, at: string, problems: Problems): number[][] | undefined {
  if (!Array.isArray(v) || v.length === 0 || !v.every((row) => Array.isArray(row))) {
    problems.push(msg('diff.trace.notMatrix', { at, what: describe(v) }));
    return undefined;
  }
  const rows = v as unknown[][];
  const ragged = rows.findIndex((row) => row.length !== rows[0].length);
  if (ragged >= 0) {
    const count = rows[ragged].length;
    problems.push(msg('diff.trace.ragged', { at, row: ragged + 1, n: count, first: rows[0].length }));
    return undefined;
  }
  let first: { at: string; what: Param } | undefined;
  let bad = 0;
  const out = rows.map((row, i) =>
    row.map((x, j) => {
      if (typeof x === 'number') return x;
      if (x === null) return NaN;
      if (bad++ === 0) first = { at: `${at}[${i}][${j}]`, what: describe(x) };
      return NaN;
    }),
  );
  if (!first) return out;
  problems.push(bad > 1 ? msg('diff.trace.notNumbers', { ...first, n: bad - 1 }) : msg('diff.trace.notNumber', first));
  return undefined;
}

function unknownKey(key: string, at: string, known: readonly string[]): Message {
  const guess = closest(key, known);
  const where = at === '' ? msg('diff.trace.theTrace') : at;
  const params = { where, key, known: known.join(', ') };
  return guess ? msg('diff.trace.unknownKey', { ...params, guess }) : msg('diff.trace.unknownKeyOnly', params);
}

function readLayer(v: unknown, at: string, problems: Problems): TraceStep['layers'][number] {
  const layer: TraceStep['layers'][number] = {};
  if (!isRecord(v)) {
    problems.push(msg('diff.trace.notLayer', { at, what: describe(v), kinds: MATRIX_KINDS.join(', ') }));
    return layer;
  }
  for (const [key, value] of Object.entries(v)) {
    if (!(MATRIX_KINDS as readonly string[]).includes(key)) {
      problems.push(unknownKey(key, at, MATRIX_KINDS));
      continue;
    }
    const M = readMatrix(value, `${at}.${key}`, problems);
    if (M) layer[key as MatrixKind] = M;
  }
  return layer;
}

function readStep(v: unknown, at: string, L: number, problems: Problems): TraceStep {
  const step: TraceStep = { layers: [] };
  if (!isRecord(v)) {
    problems.push(msg('diff.trace.notStep', { at, what: describe(v) }));
    return step;
  }
  for (const [key, value] of Object.entries(v)) {
    if (key === 'cost') step.cost = readNumber(value, `${at}.cost`, problems);
    else if (key !== 'layers') problems.push(unknownKey(key, at, ['cost', 'layers']));
  }
  if (v.layers === undefined) return step;
  if (!Array.isArray(v.layers)) {
    problems.push(msg('diff.trace.layersNotList', { at: `${at}.layers`, what: describe(v.layers) }));
    return step;
  }
  if (v.layers.length > L)
    problems.push(msg('diff.trace.tooManyLayers', { at: `${at}.layers`, n: v.layers.length, L }));
  step.layers = v.layers.slice(0, L).map((layer, i) => readLayer(layer, `${at}.layers[${i}]`, problems));
  return step;
}

function readParameters(v: unknown, L: number, problems: Problems): Record<string, number[][]> | undefined {
  if (!isRecord(v)) {
    problems.push(msg('diff.trace.notParameters', { what: describe(v) }));
    return undefined;
  }
  const known = Array.from({ length: L }, (_, i) => [`W${i + 1}`, `b${i + 1}`]).flat();
  const out: Record<string, number[][]> = {};
  for (const [key, value] of Object.entries(v)) {
    if (!known.includes(key)) problems.push(unknownKey(key, 'parameters', known));
    else {
      const M = readMatrix(value, `parameters.${key}`, problems);
      if (M) out[key] = M;
    }
  }
  return out;
}

function readList<T>(v: unknown, at: string, problems: Problems, item: (x: unknown, at: string) => T): T[] {
  if (!Array.isArray(v)) {
    problems.push(msg('diff.trace.notList', { at, what: describe(v) }));
    return [];
  }
  return v.map((x, i) => item(x, `${at}[${i}]`));
}

/**
 * The trace in typed form, holding what is well formed, and every problem found, for a network of
 * L layers (diffTrace adds the problems of shape it finds next).
 */
export function validateTrace(v: unknown, L: number): { trace: Trace; problems: Problems } {
  const problems = new Problems();
  if (!isRecord(v)) {
    problems.push(msg('diff.trace.notTrace', { what: describe(v) }));
    return { trace: { steps: [] }, problems };
  }
  const trace: Trace = { steps: [] };
  for (const [key, value] of Object.entries(v)) {
    if (key === 'steps') trace.steps = readList(value, 'steps', problems, (x, at) => readStep(x, at, L, problems));
    else if (key === 'costs')
      trace.costs = readList(value, 'costs', problems, (x, at) => readNumber(x, at, problems) ?? NaN);
    else if (key === 'parameters') trace.parameters = readParameters(value, L, problems);
    else if (key === 'finalCost') trace.finalCost = readNumber(value, 'finalCost', problems);
    else if (!IGNORED_KEYS.includes(key)) problems.push(unknownKey(key, '', TOP_KEYS));
  }
  const empty = trace.steps.length === 0 && !trace.costs?.length && !trace.parameters && trace.finalCost === undefined;
  if (problems.length === 0 && empty) problems.push(msg('diff.trace.nothing'));
  return { trace, problems };
}
