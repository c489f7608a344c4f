// Overrides: PATH=VALUE pairs applied to the file's tree before validation, as if the file said
// so, and the diagnostics they cause told apart from the file's own.
import { withNote, withRelatedNotes } from '../messages/localize';
import { english, msg, render, type Language, type Message } from '../messages/message';
import { Codes, type Code } from './codes';
import { resolvePath } from './overridePath';
import { diagnostic } from './ranges';
import type { Diagnostic, Range, RangeMap } from './types';
import { readTree, type TreeNode } from './yamlTree';

export interface Override {
  /** As written: the file's keys joined by dots, layers numbered from 1. */
  path: string;
  value: TreeNode;
  /** How messages name it: "--set training.learning_rate=0.5", "variant 'lr 0.1'". */
  origin: string;
  /** Where a variant's override is written in the file; absent for --set, which the file does not hold. */
  written?: { key: Range; value: Range; valuePath: string };
}

/** An override applied to a tree; diagnostics whose range lies within an anchor are about it. */
export interface AppliedOverride {
  override: Override;
  anchors: Range[];
  /** For --set of a key (or list item) the file holds: where every place reading its value now points. */
  replaced?: Range;
}

export interface OverriddenTree {
  root: TreeNode;
  ranges: RangeMap;
  applied: AppliedOverride[];
  /** Overrides whose PATH names nothing in this file. */
  diagnostics: Diagnostic[];
}

const FILE_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** `PATH=VALUE` from the command line, or why it is not one (in `lang`). */
export function parseSetArgument(arg: string, lang: Language = 'en'): Override | string {
  const eq = arg.indexOf('=');
  if (eq <= 0 || arg.slice(0, eq).trim() === '') return render(lang, msg('set.argument', { arg }));
  const path = arg.slice(0, eq).trim();
  const text = arg.slice(eq + 1);
  const value = valueOf(text);
  if ('id' in value) return render(lang, msg('set.problem', { path, text, problem: value }));
  return { path, value, origin: `--set ${path}=${text}` };
}

/** A VALUE read as YAML, or why it cannot be. */
function valueOf(text: string): TreeNode | Message {
  if (text.trim() === '') return { kind: 'scalar', value: null };
  const tree = readTree(text);
  const error = tree.diagnostics.find((d) => d.severity === 'error');
  if (error || !tree.root) {
    const why = error ? (error.l10n?.message ?? error.message) : msg('set.nothing');
    return msg('set.notYaml', { error: why });
  }
  return tree.root;
}

/** A VALUE read as YAML: a scalar, or a flow list or mapping such as [[1, 2]]. Nothing is empty (null). */
export function readValue(text: string): TreeNode | string {
  const value = valueOf(text);
  return 'id' in value ? english(value) : value;
}

/** Applies each override in turn to a copy of the tree; the tree and ranges given are not changed. */
export function applyOverrides(root: TreeNode, ranges: RangeMap, text: string, overrides: Override[]): OverriddenTree {
  const out: OverriddenTree = { root, ranges, applied: [], diagnostics: [] };
  if (overrides.length === 0) return out;
  out.ranges = new Map(ranges);
  for (const o of overrides) {
    const resolved = resolvePath(o.path, out.root);
    if (!resolved.ok) {
      out.diagnostics.push(pathProblem(o, resolved.code, resolved.l10n));
      out.applied.push({ override: o, anchors: o.written ? [o.written.key] : [] });
      continue;
    }
    out.root = setAt(out.root, resolved.segments, o.value);
    const p = resolved.treePath;
    const held = !o.written && (out.ranges.has(`key:${p}`) || out.ranges.has(p));
    const anchors = repoint(out.ranges, p, o, text);
    out.applied.push(held ? { override: o, anchors, replaced: anchors[0] } : { override: o, anchors });
  }
  return out;
}

/** At a variant's key (noted like its other diagnostics); for --set, named at once: the file has no place for it. */
function pathProblem(o: Override, code: Code, message: Message): Diagnostic {
  if (o.written) return diagnostic(o.written.key, 'error', code, message);
  const noted = msg('override.noted', { message, note: msg('override.from', { origins: o.origin }) });
  return { ...diagnostic(FILE_START, 'error', code, noted), from: o.origin };
}

/** Copy-on-write: the nodes along the path are copied, everything else is shared. */
function setAt(node: TreeNode | undefined, segments: (string | number)[], value: TreeNode): TreeNode {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (typeof head === 'number' && node?.kind === 'seq') {
    const items = [...node.items];
    items[head] = setAt(items[head], rest, value);
    return { kind: 'seq', items };
  }
  const key = String(head);
  const entries = node?.kind === 'map' ? [...node.entries] : [];
  const i = entries.findIndex((e) => e.key === key);
  const child = setAt(i >= 0 ? entries[i].node : undefined, rest, value);
  if (i >= 0) entries[i] = { key, node: child };
  else entries.push({ key, node: child });
  return { kind: 'map', entries };
}

/**
 * Points the overridden path (and everything under it) at where the override is written: a
 * variant's own key and value, or for --set the key in the file, else where it would be added.
 */
function repoint(ranges: RangeMap, treePath: string, o: Override, text: string): Range[] {
  const anchors = o.written ? [o.written.key, o.written.value] : [anchorInFile(ranges, treePath, text)];
  const under = (k: string, p: string) => k === p || k.startsWith(`${p}.`);
  for (const k of [...ranges.keys()]) if (under(k, treePath) || under(k, `key:${treePath}`)) ranges.delete(k);
  if (o.written) {
    const from = o.written.valuePath;
    for (const [k, r] of [...ranges]) {
      if (k.startsWith(`${from}.`)) ranges.set(treePath + k.slice(from.length), r);
      if (k.startsWith(`key:${from}.`)) ranges.set(`key:${treePath}${k.slice(from.length + 4)}`, r);
    }
  }
  ranges.set(treePath, anchors[anchors.length - 1]);
  ranges.set(`key:${treePath}`, anchors[0]);
  return anchors;
}

/** The key in the file; for a key the file lacks, its nearest written ancestor (a layer: its first line). */
function anchorInFile(ranges: RangeMap, treePath: string, text: string): Range {
  const own = ranges.get(`key:${treePath}`);
  if (own) return own;
  for (let p = treePath; p.includes('.');) {
    p = p.slice(0, p.lastIndexOf('.'));
    const key = ranges.get(`key:${p}`);
    if (key) return { ...key };
    const node = ranges.get(p);
    if (node) return firstLine(node, text);
  }
  return FILE_START;
}

function firstLine(r: Range, text: string): Range {
  if (r.endLine === r.line) return r;
  const line = text.split('\n', r.line)[r.line - 1] ?? '';
  return { line: r.line, column: r.column, endLine: r.line, endColumn: line.trimEnd().length + 1 };
}

function within(inner: Range, outer: Range): boolean {
  const notAfter = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  return (
    notAfter(outer.line, outer.column, inner.line, inner.column) &&
    notAfter(inner.endLine, inner.endColumn, outer.endLine, outer.endColumn)
  );
}

/** The overrides a diagnostic is about. */
export function causesOf(d: Diagnostic, applied: AppliedOverride[]): Override[] {
  if (d.code === Codes.internalError) return [];
  return applied.filter((a) => a.anchors.some((r) => within(d.range, r))).map((a) => a.override);
}

/**
 * Diagnostics about an override say which: '(from --set PATH=VALUE)', with `from` set and no
 * fixes (the file does not hold that value), or '(in variant NAME)' at the variant's own text.
 * Those elsewhere whose related places hold a --set value say so there and in the message.
 */
export function noteOverrides(ds: Diagnostic[], applied: AppliedOverride[]): Diagnostic[] {
  if (applied.length === 0) return ds;
  return ds.map((d) => {
    if (d.from !== undefined || d.code === Codes.internalError) return d;
    const causes = causesOf(d, applied);
    if (causes.length === 0) return noteRelated(d, applied);
    const origins = originsOf(causes);
    if (causes.some((o) => o.written)) return withNote(d, msg('override.in', { origins }));
    const { fixes: _fixes, ...rest } = d;
    return { ...withNote(rest, msg('override.from', { origins })), from: origins };
  });
}

const originsOf = (os: Override[]): string => [...new Set(os.map((o) => o.origin))].join(', ');

/**
 * A diagnostic about the file whose related places point at a key --set replaced ('n[1] = 2 from
 * layers[1].units' at `units: 3`): each such place names the --set (the last one of that key), the
 * message says it holds with it, and fixes that would edit that key go (the --set would still win).
 * A variant's related places already point at the variant's own text, so only --set is named.
 */
function noteRelated(d: Diagnostic, applied: AppliedOverride[]): Diagnostic {
  const at = (r: Range): Override[] => {
    const last = [...applied].reverse().find((a) => a.replaced !== undefined && within(r, a.replaced));
    return last ? [last.override] : [];
  };
  const causes = (d.related ?? []).flatMap((r) => at(r.range));
  if (causes.length === 0) return d;
  const noted = withRelatedNotes(d, (r) => {
    const here = at(r.range);
    return here.length > 0 ? msg('override.setBy', { origins: originsOf(here) }) : undefined;
  });
  const fixes = d.fixes?.filter((f) => [f, ...(f.also ?? [])].every((e) => at(e.range).length === 0));
  const { fixes: _fixes, ...rest } = noted;
  const out = withNote(rest, msg('override.with', { origins: originsOf(causes) }));
  return fixes && fixes.length > 0 ? { ...out, fixes } : out;
}
