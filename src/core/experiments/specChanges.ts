// What changed between two versions of a spec, as short labels for a list of runs:
// `learning_rate 1.2 → 0.5`, `layers.1.activation tanh → relu`, `+ compare`. Comments,
// spacing and key order are not changes; layers are numbered from 1 as everywhere a person reads.
// Keys and values stay as written; the few words around them are in the reader's language.
import { msg, render, type Language } from '../messages/message';
import { toPlain } from '../spec/context';
import { readTree, type TreeNode } from '../spec/yamlTree';

/** Sections whose name is left out of a label: `learning_rate`, not `training.learning_rate`. */
const SECTIONS = ['data', 'network', 'training'];
const MAX_VALUE_CHARS = 24;

export function describeChanges(before: string, after: string, lang: Language = 'en'): string[] {
  const a = readTree(before);
  const b = readTree(after);
  if (a.root?.kind !== 'map' || b.root?.kind !== 'map' || a.yamlErrors || b.yamlErrors)
    return before === after ? [] : [render(lang, msg('changes.edited'))];
  const out: string[] = [];
  diff(a.root, b.root, [], { lang, out });
  return out;
}

/** The labels joined, at most `max` of them, then how many more. */
export function changeSummary(before: string, after: string, lang: Language = 'en', max = 3): string {
  const labels = describeChanges(before, after, lang);
  const more = labels.length - max;
  return more > 0
    ? render(lang, msg('changes.more', { labels: labels.slice(0, max).join(', '), n: more }))
    : labels.join(', ');
}

type Segment = string | number;

/** Where the labels go, and the language of their words. */
interface Labels {
  lang: Language;
  out: string[];
}

function label(path: Segment[]): string {
  const shown = path.map((s) => (typeof s === 'number' ? String(s + 1) : s));
  return shown.length > 1 && SECTIONS.includes(shown[0]) ? shown.slice(1).join('.') : shown.join('.');
}

/** compare: is told as one change; it is not taken apart. */
const isCompare = (path: Segment[]) => path.length === 1 && path[0] === 'compare';
/** A layer added or removed is one change too. */
const whole = (path: Segment[]) => isCompare(path) || (path.length === 3 && path[1] === 'layers');

const same = (a: TreeNode, b: TreeNode) => JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));

function show(node: TreeNode, lang: Language): string {
  const v = toPlain(node);
  const text =
    v === null || v === undefined
      ? render(lang, msg('changes.empty'))
      : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : JSON.stringify(v);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function diff(a: TreeNode | undefined, b: TreeNode | undefined, path: Segment[], out: Labels): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined || b === undefined) {
    present(a ?? b, path, a === undefined ? '+' : '−', out);
    return;
  }
  if (a.kind === 'map' && b.kind === 'map' && !isCompare(path)) {
    const keys = [...b.entries.map((e) => e.key), ...a.entries.map((e) => e.key)];
    for (const key of new Set(keys)) diff(child(a, key), child(b, key), [...path, key], out);
    return;
  }
  if (a.kind === 'seq' && b.kind === 'seq' && path.join('.') === 'network.layers') {
    for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) diff(a.items[i], b.items[i], [...path, i], out);
    return;
  }
  if (same(a, b)) return;
  const lang = out.lang;
  out.out.push(
    isCompare(path) ? render(lang, msg('changes.compareEdited')) : `${label(path)} ${show(a, lang)} → ${show(b, lang)}`,
  );
}

function child(node: TreeNode & { kind: 'map' }, key: string): TreeNode | undefined {
  return node.entries.find((e) => e.key === key)?.node;
}

/** A key that only one side has; a section of them is told key by key. */
function present(node: TreeNode | undefined, path: Segment[], sign: '+' | '−', out: Labels): void {
  if (node === undefined) return;
  if (node.kind === 'map' && !whole(path) && node.entries.length > 0) {
    for (const e of node.entries) present(e.node, [...path, e.key], sign, out);
    return;
  }
  const scalar = node.kind === 'scalar' && !whole(path);
  out.out.push(scalar ? `${sign} ${label(path)} ${show(node, out.lang)}` : `${sign} ${label(path)}`);
}
