// Entry names ('Z[1][2,5]', 'W+[1][2,1]', 'X[1,5]', 'J'): parsed, then checked against the
// network's sizes, with a message that names the valid range when an index is off.

import { fileOrder } from '../layout';
import { msg, render, type Language, type Message } from '../messages/message';
import { count } from '../messages/words';
import type { Dataset } from '../data/types';
import type { Layout, Spec } from '../spec/types';
import { batchSizeFor } from '../training/batches';
import { closest } from '../spec/suggest';
import { entryName, isVector } from './symbols';
import type { MatrixName } from './types';

/** A checked entry: 1-based (row, col) in the file's layout. */
export type Entry = { matrix: 'J' } | { matrix: MatrixName; layer: number; row: number; col: number };

/** An entry as written, before its indices are checked against the network. */
export interface ParsedEntry {
  matrix: MatrixName | 'J';
  layer: number;
  indices: number[];
}

const LAYERED: readonly string[] = ['W', 'b', 'W+', 'b+', 'Z', 'A', 'dA', 'dZ', 'dW', 'db'];
const HELP = msg('entry.help');

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A failure worded in `lang`. */
function fail<T>(lang: Language, error: Message): Parsed<T> {
  return { ok: false, error: render(lang, error) };
}

/** 'dW[1][2,1]' → dW, [1], [2, 1]; anything else in the name is an error. */
function split(text: string): { head: string; groups: string[] } | undefined {
  const m = /^([A-Za-z]+\+?)((?:\s*\[[^\]]*\])*)$/.exec(text);
  if (!m) return undefined;
  return { head: m[1], groups: [...m[2].matchAll(/\[([^\]]*)\]/g)].map((g) => g[1].trim()) };
}

function numbers(group: string): number[] | undefined {
  const parts = group.split(',').map((p) => p.trim());
  return parts.every((p) => /^\d+$/.test(p)) ? parts.map(Number) : undefined;
}

function unknown(text: string, head: string): Message {
  const names = [...LAYERED, 'X', 'Y', 'J'];
  // Every one-letter name is one edit from every other: only a change of case is a likely typo there.
  const guess = head.length > 1 ? closest(head, names) : names.find((n) => n.toLowerCase() === head.toLowerCase());
  return msg('entry.unknown', { head, text, guess: guess ? msg('entry.didYouMean', { guess }) : '', help: HELP });
}

/** The entry as written, or why it cannot be read (in `lang`). */
export function parseEntry(input: string, lang: Language = 'en'): Parsed<ParsedEntry> {
  const text = input.trim();
  if (text === 'J') return { ok: true, value: { matrix: 'J', layer: 0, indices: [] } };
  const parts = split(text);
  if (!parts) return fail(lang, msg('entry.unreadable', { text, help: HELP }));
  const { head, groups } = parts;
  if (head === 'J') return fail(lang, msg('entry.jAlone', { text }));
  const data = head === 'X' || head === 'Y';
  if (!data && !LAYERED.includes(head)) return fail(lang, unknown(text, head));
  const lists = groups.map(numbers);
  const bad = lists.findIndex((l) => l === undefined);
  if (bad >= 0) return fail(lang, msg('entry.notNumbers', { group: groups[bad], text, help: HELP }));
  const nums = lists as number[][];
  const layerless = data ? [[], ...nums] : nums;
  const [layer, indices] = layerless;
  const width = isVector(head) ? msg('entry.oneOrTwo') : 2;
  const example = data ? `${head}[1,5]` : `${head}[1][2,1]`;
  if (data && groups.length !== 1) return fail(lang, msg('entry.writeData', { text, head, example }));
  if (!data && (groups.length !== 2 || layer.length !== 1)) {
    return fail(lang, msg('entry.writeLayered', { text, head, example }));
  }
  if (indices.length !== 2 && !(isVector(head) && indices.length === 1)) {
    return fail(lang, msg('entry.indexCount', { text, width, example }));
  }
  if (indices.some((i) => i === 0)) return fail(lang, msg('entry.zero', { text }));
  const matrix = (head === 'X' ? 'A' : head) as MatrixName;
  return { ok: true, value: { matrix, layer: head === 'X' ? 0 : (layer[0] ?? 0), indices } };
}

/** The engine shape (rows, cols) of a matrix, with its symbols: (n[l], m), (n[l], n[l-1]), ... */
function engineShape(matrix: MatrixName, l: number, sizes: readonly number[], m: number) {
  if (matrix === 'W' || matrix === 'W+' || matrix === 'dW') {
    return { dims: [sizes[l], sizes[l - 1]], symbols: [`n[${l}]`, `n[${l - 1}]`] };
  }
  if (isVector(matrix)) return { dims: [sizes[l], 1], symbols: [`n[${l}]`, '1'] };
  return { dims: [sizes[l], m], symbols: [`n[${l}]`, 'm'] };
}

/** The name of a matrix as the notation writes it: 'W[1]', 'A[0]', 'Y'. */
export function matrixLabel(matrix: MatrixName, layer: number): string {
  return matrix === 'Y' ? 'Y' : `${matrix}[${layer}]`;
}

export interface NetworkDims {
  /** n[0], ..., n[L]. */
  sizes: readonly number[];
  /** The batch size. */
  m: number;
  layout: Layout;
}

/** The entry with its layer and indices checked; Y gets layer L; a vector's one index becomes (row, col). */
export function checkEntry(p: ParsedEntry, dims: NetworkDims, lang: Language = 'en'): Parsed<Entry> {
  if (p.matrix === 'J') return { ok: true, value: { matrix: 'J' } };
  const L = dims.sizes.length - 1;
  const layer = p.matrix === 'Y' ? L : p.layer;
  const low = p.matrix === 'A' ? 0 : 1;
  if (layer < low || layer > L) {
    const x = p.matrix === 'A' ? msg('entry.a0IsX') : '';
    return fail(lang, msg('entry.noLayer', { matrix: p.matrix, layer, layers: count(L, 'layer'), low, L, x }));
  }
  const shape = engineShape(p.matrix, layer, dims.sizes, dims.m);
  const [rows, cols] = fileOrder(dims.layout, shape.dims[0], shape.dims[1]);
  const [row, col] = p.indices.length === 1 ? fileOrder(dims.layout, p.indices[0], 1) : p.indices;
  if (row > rows || col > cols) {
    const label = matrixLabel(p.matrix, layer);
    const symbols = fileOrder(dims.layout, shape.symbols[0], shape.symbols[1]).join(', ');
    const entry = entryName(p.matrix, layer, row, col);
    return fail(lang, msg('entry.outside', { entry, label, rows, cols, symbols, layout: dims.layout }));
  }
  return { ok: true, value: { matrix: p.matrix, layer, row, col } };
}

/** n[0], ..., n[L] and the first batch's size, for a spec trained on `data`. */
export function firstStepDims(spec: Spec, data: Dataset): NetworkDims {
  const sizes = [data.X.rows, ...spec.network.layers.map((l) => l.units)];
  return { sizes, m: batchSizeFor(spec.training.batchSize, data.X.cols), layout: spec.layout };
}

/** Why `name` cannot be explained in a network of these sizes (in `lang`), or undefined when it can. */
export function entryProblem(name: string, dims: NetworkDims, lang: Language = 'en'): string | undefined {
  const parsed = parseEntry(name, lang);
  if (!parsed.ok) return parsed.error;
  const checked = checkEntry(parsed.value, dims, lang);
  return checked.ok ? undefined : checked.error;
}
