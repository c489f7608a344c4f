// The PATH of `--set PATH=VALUE` and of a variant's `set:` resolved against the format's key
// tables and, when given, the file's tree: the file's keys joined by dots, layers numbered from 1.
import { Codes, type Code } from './codes';
import { entry } from './context';
import { english, msg, type Message } from '../messages/message';
import { count as counted } from '../messages/words';
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
  /** In English; `l10n` is the message it was rendered from. */
  message: string;
  l10n: Message;
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

function problem(l10n: Message, code: Code = Codes.badSetPath, suggestion?: string): PathProblem {
  const out: PathProblem = { ok: false, code, message: english(l10n), l10n };
  if (suggestion !== undefined) out.suggestion = suggestion;
  return out;
}

/**
 * `root` is the file's tree (after earlier overrides): with it, a layer must exist and what the
 * path goes through must be a mapping (or absent, or empty: then the override adds it).
 */
export function resolvePath(path: string, root?: TreeNode): ResolvedPath | PathProblem {
  const parts = path.split('.');
  if (parts.some((p) => p.trim() === '' || p !== p.trim())) return problem(msg('path.notPath', { path }));
  const segments: (string | number)[] = [];
  let at: Holds = '';
  let node = root;
  for (let i = 0; i < parts.length; i++) {
    const written = parts.slice(0, i).join('.');
    const treePath = segments.join('.');
    if (at === 'value') return intoValue(written, path, parts[i - 1]);
    if (root !== undefined && node !== undefined && !fits(node, at)) {
      return problem(msg(at === 'layers' ? 'path.notList' : 'path.notMapping', { written, path }));
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
    if (at === '' && key === 'compare') return problem(msg('path.compare'));
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
  const whole = MATRICES.includes(key) ? msg('path.matrix', { key, written }) : '';
  return problem(msg('path.pastValue', { written, path, whole }));
}

function layerIndex(written: string, path: string, count: number): number | PathProblem {
  const l = Number(written);
  if (!/^[1-9][0-9]*$/.test(written)) return problem(msg('path.layerNumber', { written, path }));
  if (l > count) {
    const range =
      count === 0 ? msg('path.noLayers') : msg('path.layerRange', { layers: counted(count, 'layer'), count });
    return problem(msg('path.noLayer', { layer: l, range, path }));
  }
  return l - 1;
}

function unknownKey(key: string, at: Section, treePath: string, parts: string[], i: number): PathProblem {
  const where = sectionTitle(at, treePath);
  const near = closest(key, SECTION_KEYS[at]);
  if (near !== undefined) {
    const fixed = [...parts.slice(0, i), near, ...parts.slice(i + 1)].join('.');
    return problem(msg('path.unknownDidYouMean', { key, where, fixed }), Codes.unknownKey, fixed);
  }
  const home = (Object.keys(SECTION_KEYS) as Section[]).find((s) => s !== 'compare.*' && SECTION_KEYS[s].includes(key));
  const rest = parts.slice(i).join('.');
  if (home === 'network.layers.*') return problem(msg('path.belongsToLayer', { key, where, rest }), Codes.unknownKey);
  if (home !== undefined) {
    const fixed = home === '' ? rest : `${home}.${rest}`;
    return problem(msg('path.unknownDidYouMean', { key, where, fixed }), Codes.unknownKey, fixed);
  }
  return problem(msg('path.unknown', { key, where, keys: SECTION_KEYS[at].join(', ') }), Codes.unknownKey);
}
