// Turns YAML text into a small tree of plain nodes plus the range of every node, without ever
// expanding aliases beyond a budget (alias bombs) and without calling toJS.
import { fixTitled } from '../messages/attached';
import { english, msg, type Message } from '../messages/message';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { Codes } from './codes';
import { tooDeep, tooLarge } from './guards';
import { LineIndex } from './lines';
import { diagnostic } from './ranges';
import { shown } from './shown';
import { sourceText, unicodeSpaceName, type UnicodeSpace } from './sourceText';
import type { Diagnostic, Range, RangeMap } from './types';
import { trimEnd, yamlProblem } from './yamlProblems';

export type TreeNode =
  | { kind: 'map'; entries: { key: string; node: TreeNode }[] }
  | { kind: 'seq'; items: TreeNode[] }
  | { kind: 'scalar'; value: unknown };

/** Nodes the tree may hold once aliases are counted as copies of what they refer to. */
const MAX_EXPANDED_NODES = 1_000_000;
/**
 * Paths longer than this only occur under keys the format does not have (a 30 KB key, a list
 * nested a hundred deep): their ranges are not recorded and their contents not read, so the
 * bookkeeping stays linear in the size of the file.
 */
const MAX_PATH_CHARS = 200;
/** What an unread node holds: nothing the validator would accept. */
const UNREAD: TreeNode = { kind: 'scalar', value: undefined };

export interface TreeResult {
  root?: TreeNode;
  /**
   * The text every range points into: without a BOM, lone CRs as line feeds, Unicode spaces in YAML syntax as spaces.
   */
  text: string;
  ranges: RangeMap;
  diagnostics: Diagnostic[];
  /** True when the YAML itself had errors, so the tree may not be what the student meant. */
  yamlErrors: boolean;
  /** Converts a character offset range into a Range. */
  rangeAt(start: number, end: number): Range;
}

class AliasLimit extends Error {
  constructor(
    readonly said: Message,
    readonly range: Range,
  ) {
    super(english(said));
  }
}

function unicodeSpaceWarning(u: UnicodeSpace, rangeAt: (s: number, e: number) => Range): Diagnostic {
  const what = unicodeSpaceName(u.char);
  const more = u.end - u.start > 1 ? msg('space.more', { n: u.end - u.start - 1 }) : '';
  const fix = u.trailing
    ? fixTitled(msg('fix.delete'), rangeAt(u.start, u.end), '')
    : fixTitled(msg('fix.plainSpace'), rangeAt(u.start, u.end), ' '.repeat(u.end - u.start));
  const message = msg(u.trailing ? 'space.trailing' : 'space.inside', { what, more });
  return diagnostic(rangeAt(u.start, u.end), 'warning', Codes.unicodeSpace, message, [fix]);
}

export function readTree(raw: string): TreeResult {
  const large = tooLarge(raw);
  const source = large ? { text: raw, unicodeSpaces: [] } : sourceText(raw);
  const text = source.text;
  const lines = new LineIndex(text);
  const rangeAt = (start: number, end: number): Range => lines.rangeAt(start, end);
  const ranges: RangeMap = new Map();
  const diagnostics: Diagnostic[] = source.unicodeSpaces.map((u) => unicodeSpaceWarning(u, rangeAt));
  const result: TreeResult = { text, ranges, diagnostics, yamlErrors: false, rangeAt };

  const guard = large ?? tooDeep(lines);
  if (guard) {
    diagnostics.push(guard);
    result.yamlErrors = true;
    return result;
  }

  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors) diagnostics.push(yamlProblem(text, e.code, e.message, e.pos, 'error', rangeAt));
  for (const w of doc.warnings) diagnostics.push(yamlProblem(text, w.code, w.message, w.pos, 'warning', rangeAt));
  result.yamlErrors = doc.errors.length > 0;
  ranges.set('', rangeAt(0, trimEnd(text, 0, text.length)));

  const contents = doc.contents as YamlNode | null;
  if (contents === null) {
    if (!result.yamlErrors) {
      diagnostics.push(diagnostic(rangeAt(0, 0), 'error', Codes.emptyFile, msg('yaml.empty')));
    }
    return result;
  }
  try {
    result.root = new TreeBuilder(text, doc, ranges, diagnostics, rangeAt).build(contents);
    result.yamlErrors ||= diagnostics.some((d) => d.severity === 'error');
  } catch (e) {
    if (!(e instanceof AliasLimit)) throw e;
    diagnostics.push(diagnostic(e.range, 'error', Codes.aliasLimit, e.said));
    result.yamlErrors = true;
  }
  return result;
}

function rangeOf(node: YamlNode, text: string, rangeAt: (s: number, e: number) => Range): Range {
  const r = node.range;
  if (!r) return rangeAt(0, 0);
  return rangeAt(r[0], trimEnd(text, r[0], r[1]));
}

class TreeBuilder {
  private expanded = 0;
  private readonly converted = new Map<YamlNode, TreeNode>();
  private readonly sizes = new Map<TreeNode, number>();
  private readonly inProgress = new Set<YamlNode>();

  constructor(
    private readonly text: string,
    private readonly doc: Document,
    private readonly ranges: RangeMap,
    private readonly diagnostics: Diagnostic[],
    private readonly rangeAt: (s: number, e: number) => Range,
  ) {}

  build(node: YamlNode): TreeNode {
    return this.convert(node, '');
  }

  private convert(node: YamlNode, path: string): TreeNode {
    if (path.length > MAX_PATH_CHARS) return UNREAD;
    this.ranges.set(path, rangeOf(node, this.text, this.rangeAt));
    if (isAlias(node)) {
      const target = node.resolve(this.doc) as YamlNode | undefined;
      if (!target) {
        this.diagnostics.push(
          diagnostic(
            rangeOf(node, this.text, this.rangeAt),
            'error',
            Codes.yamlSyntax,
            msg('yaml.aliasNoAnchor', { name: shown(node.source) }),
          ),
        );
        return { kind: 'scalar', value: undefined };
      }
      return this.alias(target, rangeOf(node, this.text, this.rangeAt));
    }
    this.count(1, this.ranges.get(path) as Range);
    this.inProgress.add(node);
    let out: TreeNode;
    if (isMap(node)) {
      const entries: { key: string; node: TreeNode }[] = [];
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = this.keyName(pair.key as YamlNode | null, pair.value as YamlNode | null, path);
        if (key === undefined || seen.has(key)) continue; // a duplicate is already a YAML error
        seen.add(key);
        const childPath = path === '' ? key : `${path}.${key}`;
        const keyNode = pair.key as YamlNode;
        this.ranges.set(`key:${childPath}`, rangeOf(keyNode, this.text, this.rangeAt));
        const value = pair.value as YamlNode | null;
        if (value === null || (isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1])) {
          // `key:` with nothing after it: point at the key, as there is no value to point at.
          this.ranges.set(childPath, rangeOf(keyNode, this.text, this.rangeAt));
          entries.push({ key, node: { kind: 'scalar', value: null } });
        } else {
          entries.push({ key, node: this.convert(value, childPath) });
        }
      }
      out = { kind: 'map', entries };
    } else if (isSeq(node)) {
      const items = node.items.map((item, i) =>
        item === null
          ? { kind: 'scalar' as const, value: null }
          : this.convert(item as YamlNode, path === '' ? String(i) : `${path}.${i}`),
      );
      out = { kind: 'seq', items };
    } else if (isScalar(node)) {
      out = { kind: 'scalar', value: node.value };
    } else {
      out = { kind: 'scalar', value: undefined };
    }
    this.inProgress.delete(node);
    this.converted.set(node, out);
    return out;
  }

  private keyName(key: YamlNode | null, value: YamlNode | null, path: string): string | undefined {
    if (isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number') && String(key.value) !== '') {
      return String(key.value);
    }
    const at = key ?? value;
    const range = at ? rangeOf(at, this.text, this.rangeAt) : (this.ranges.get(path) ?? this.rangeAt(0, 0));
    this.diagnostics.push(diagnostic(range, 'error', Codes.badKey, msg('yaml.badKey')));
    return undefined;
  }

  /** An alias shares the node it refers to; its size counts against the budget as if copied. */
  private alias(target: YamlNode, at: Range): TreeNode {
    if (this.inProgress.has(target)) throw new AliasLimit(msg('yaml.aliasCycle'), at);
    const shared = this.converted.get(target);
    if (!shared) return { kind: 'scalar', value: undefined };
    this.count(this.sizeOf(shared), at);
    return shared;
  }

  private sizeOf(node: TreeNode): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    let size = 1;
    if (node.kind === 'map') for (const e of node.entries) size += this.sizeOf(e.node);
    if (node.kind === 'seq') for (const item of node.items) size += this.sizeOf(item);
    this.sizes.set(node, size);
    return size;
  }

  private count(n: number, at: Range): void {
    this.expanded += n;
    if (this.expanded > MAX_EXPANDED_NODES) {
      throw new AliasLimit(msg('yaml.aliasExpansion', { max: MAX_EXPANDED_NODES }), at);
    }
  }
}
