// The PATH of `--set PATH=VALUE` and of a variant's `set:` resolved against the format's key
// tables and, when given, the file's tree: the file's keys joined by dots, layers numbered from 1.
import { plural } from '../shapes/dims';
import { Codes, type Code } from './codes';
import { entry } from './context';
import { english } from '../messages/message';
import { SECTION_KEYS, sectionTitle, type Section } from './keys';
import { closest } from './suggest';
import type { TreeNode } from './yamlTree';

export interface ResolvedPath {
  ok: true;
  /** The keys and, for layers, 0-based indices: network.layers.2.units is ['network', 'layers', 1, 'units']. */
  segments: (string | number)[];
  /** The same as a RangeMap key: 'network.layers.1.units'. */
  treePath: string;
}

export interface PathProblem {
  ok: false;
  code: Code;
  message: string;
  /** The whole PATH with the misspelt or misplaced key corrected, when one is likely. */
  suggestion?: string;
}

/** What a key holds: a section of keys, the list of layers, or a value. */
type Holds = Section | 'layers' | 'value';

const MATRICES = ['W', 'b', 'X', 'Y'];

function holds(section: Section, key: string): Holds {
  if (section === 'network' && key === 'layers') return 'layers';
  const path = section === '' ? key : `${section}.${key}`;
  return path in SECTION_KEYS ? (path as Section) : 'value';
}

function problem(message: string, code: Code = Codes.badSetPath, suggestion?: string): PathProblem {
  return suggestion === undefined ? { ok: false, code, message } : { ok: false, code, message, suggestion };
}

/**
 * `root` is the file's tree (after earlier overrides): with it, a layer must exist and what the
 * path goes through must be a mapping (or absent, or empty: then the override adds it).
 */
export function resolvePath(path: string, root?: TreeNode): ResolvedPath | PathProblem {
  const parts = path.split('.');
  if (parts.some((p) => p.trim() === '' || p !== p.trim()))
    return problem(`'${path}' is not a PATH: write the file's keys joined by dots, e.g. training.learning_rate.`);
  const segments: (string | number)[] = [];
  let at: Holds = '';
  let node = root;
  for (let i = 0; i < parts.length; i++) {
    const written = parts.slice(0, i).join('.');
    const treePath = segments.join('.');
    if (at === 'value') return intoValue(written, path, parts[i - 1]);
    if (root !== undefined && node !== undefined && !fits(node, at)) {
      return problem(
        `${written} in the file is not ${at === 'layers' ? 'a list' : 'a mapping of keys'}, so ${path} cannot be set.`,
      );
    }
    if (at === 'layers') {
      const count = root === undefined ? Infinity : node?.kind === 'seq' ? node.items.length : 0;
      const layer = layerIndex(parts[i], path, count);
      if (typeof layer !== 'number') return layer;
      segments.push(layer);
      node = node?.kind === 'seq' ? node.items[layer] : undefined;
      at = 'network.layers.*';
      continue;
    }
    const key = parts[i];
    if (!SECTION_KEYS[at].includes(key)) return unknownKey(key, at, treePath, parts, i);
    if (at === '' && key === 'compare')
      return problem('compare lists the variants to train beside the file; it cannot itself be set.');
    segments.push(key);
    node = node === undefined ? undefined : entry(node, key);
    at = holds(at, key);
  }
  return { ok: true, segments, treePath: segments.join('.') };
}

/** An empty value (`regularization:`) counts as an empty mapping. */
function fits(node: TreeNode, at: Holds): boolean {
  if (at === 'layers') return node.kind === 'seq';
  return node.kind === 'map' || (node.kind === 'scalar' && node.value === null);
}

function intoValue(written: string, path: string, key: string): PathProblem {
  const whole = MATRICES.includes(key) ? ` ${key} is a matrix: set it whole, e.g. ${written}=[[0.1, 0.2]].` : '';
  return problem(`${written} is a single value, so ${path} goes past it: set ${written} itself.${whole}`);
}

function layerIndex(written: string, path: string, count: number): number | PathProblem {
  const l = Number(written);
  if (!/^[1-9][0-9]*$/.test(written))
    return problem(
      `network.layers.${written}: after network.layers comes a layer number from 1 (network.layers.1 ` +
        `is layer 1), so ${path} names no layer.`,
    );
  if (l > count) {
    const range = count === 0 ? 'no layers' : `${plural(count, 'layer')}, network.layers.1 to network.layers.${count}`;
    return problem(`There is no layer ${l}: the file has ${range}, so ${path} names no layer.`);
  }
  return l - 1;
}

function unknownKey(key: string, at: Section, treePath: string, parts: string[], i: number): PathProblem {
  const where = english(sectionTitle(at, treePath));
  const near = closest(key, SECTION_KEYS[at]);
  if (near !== undefined) {
    const fixed = [...parts.slice(0, i), near, ...parts.slice(i + 1)].join('.');
    return problem(`Unknown key '${key}' ${where}. Did you mean ${fixed}?`, Codes.unknownKey, fixed);
  }
  const home = (Object.keys(SECTION_KEYS) as Section[]).find((s) => s !== 'compare.*' && SECTION_KEYS[s].includes(key));
  const rest = parts.slice(i).join('.');
  if (home === 'network.layers.*')
    return problem(
      `Unknown key '${key}' ${where}. ${key} belongs to a layer: network.layers.N.${rest} (N from 1).`,
      Codes.unknownKey,
    );
  if (home !== undefined) {
    const fixed = home === '' ? rest : `${home}.${rest}`;
    return problem(`Unknown key '${key}' ${where}. Did you mean ${fixed}?`, Codes.unknownKey, fixed);
  }
  return problem(`Unknown key '${key}' ${where}. Keys here: ${SECTION_KEYS[at].join(', ')}.`, Codes.unknownKey);
}
