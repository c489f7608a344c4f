// Turns YAML text into a small tree of plain nodes plus the range of every node, without ever
// expanding aliases beyond a budget (alias bombs) and without calling toJS.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { Codes } from './codes';
import { diagnostic } from './ranges';
import type { Diagnostic, Range, RangeMap } from './types';

export type TreeNode =
  | { kind: 'map'; entries: { key: string; node: TreeNode }[] }
  | { kind: 'seq'; items: TreeNode[] }
  | { kind: 'scalar'; value: unknown };

/** Larger files are refused: the YAML parser needs about a second per 250 KB on a busy machine. Big data belongs in a CSV file. */
export const MAX_SPEC_CHARS = 256 * 1024;
/** Nodes the tree may hold once aliases are counted as copies of what they refer to. */
const MAX_EXPANDED_NODES = 1_000_000;

export interface TreeResult {
  root?: TreeNode;
  ranges: RangeMap;
  diagnostics: Diagnostic[];
  /** True when the YAML itself had errors, so the tree may not be what the student meant. */
  yamlErrors: boolean;
  /** Converts a character offset range into a Range. */
  rangeAt(start: number, end: number): Range;
}

class AliasLimit extends Error {
  constructor(
    message: string,
    readonly range: Range,
  ) {
    super(message);
  }
}

/** Real files nest a few levels; thousands of '[' would only overflow the parser's stack. */
const MAX_FLOW_DEPTH = 200;

/** The deepest nesting of flow brackets, counted naively (brackets inside strings count too). */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

export function readTree(text: string): TreeResult {
  const lines = lineStarts(text);
  const rangeAt = (start: number, end: number): Range => {
    const s = position(lines, Math.max(0, Math.min(start, text.length)));
    const e = position(lines, Math.max(0, Math.min(Math.max(start, end), text.length)));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const ranges: RangeMap = new Map();
  const diagnostics: Diagnostic[] = [];
  const result: TreeResult = { ranges, diagnostics, yamlErrors: false, rangeAt };

  if (text.length > MAX_SPEC_CHARS) {
    const firstLine = text.indexOf('\n');
    const end = Math.min(firstLine < 0 ? text.length : firstLine, 200);
    diagnostics.push(
      diagnostic(
        { line: 1, column: 1, endLine: 1, endColumn: end + 1 },
        'error',
        Codes.fileTooLarge,
        `This file is ${sizeText(text.length)}; nnspec reads spec files of up to ${sizeText(MAX_SPEC_CHARS)}. Put large data sets in a CSV file and point data.csv at it.`,
      ),
    );
    result.yamlErrors = true;
    return result;
  }

  if (flowDepth(text) > MAX_FLOW_DEPTH) {
    diagnostics.push(
      diagnostic(
        { line: 1, column: 1, endLine: 1, endColumn: 1 },
        'error',
        Codes.tooDeep,
        `Lists and mappings here are nested more than ${MAX_FLOW_DEPTH} levels deep ('[' or '{' without their closing bracket?).`,
      ),
    );
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
      diagnostics.push(
        diagnostic(
          rangeAt(0, 0),
          'error',
          Codes.emptyFile,
          'The file is empty. A .nnspec file needs data, network, loss and training.',
        ),
      );
    }
    return result;
  }
  try {
    result.root = new TreeBuilder(text, doc, ranges, diagnostics, rangeAt).build(contents);
    result.yamlErrors ||= diagnostics.some((d) => d.severity === 'error');
  } catch (e) {
    if (!(e instanceof AliasLimit)) throw e;
    diagnostics.push(diagnostic(e.range, 'error', Codes.aliasLimit, e.message));
    result.yamlErrors = true;
  }
  return result;
}

function sizeText(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}

/** Offsets where each line starts (our own: the parser's line counter skips lines inside some tokens). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function yamlProblem(
  text: string,
  yamlCode: string,
  yamlMessage: string,
  pos: [number, number],
  severity: 'error' | 'warning',
  rangeAt: (s: number, e: number) => Range,
): Diagnostic {
  const range = rangeAt(pos[0], Math.max(pos[1], pos[0] + 1));
  if (yamlCode === 'DUPLICATE_KEY') {
    // The parser points at the key's first character; the whole key reads better.
    const key =
      /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:\n#]*?)\s*:(?:\s|$)/.exec(text.slice(pos[0], pos[0] + 500))?.[1] ??
      text.slice(pos[0], pos[1]);
    return diagnostic(
      rangeAt(pos[0], pos[0] + Math.max(1, key.length)),
      severity,
      Codes.duplicateKey,
      `The key '${key}' appears twice in this mapping; YAML would keep only one of them. Delete or rename one.`,
    );
  }
  if (yamlCode === 'TAB_AS_INDENT') {
    return diagnostic(
      range,
      severity,
      Codes.tabIndent,
      'This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces.',
    );
  }
  if (yamlCode === 'MULTIPLE_DOCS') {
    return diagnostic(
      rangeAt(pos[0], trimEnd(text, pos[0], text.length)),
      severity,
      Codes.multipleDocuments,
      "A .nnspec file holds one experiment, but '---' starts a second YAML document here. Delete it and what follows, or move that experiment to its own file.",
    );
  }
  const message = yamlMessage.replace(/ at line \d+, column \d+[\s\S]*$/, '');
  return diagnostic(range, severity, severity === 'error' ? Codes.yamlSyntax : Codes.yamlWarning, `YAML: ${message}`);
}

/** The end of [start, end) without trailing whitespace, so a block's range stops at its last character. */
function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
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
    this.ranges.set(path, rangeOf(node, this.text, this.rangeAt));
    if (isAlias(node)) {
      const target = node.resolve(this.doc) as YamlNode | undefined;
      if (!target) {
        this.diagnostics.push(
          diagnostic(
            rangeOf(node, this.text, this.rangeAt),
            'error',
            Codes.yamlSyntax,
            `The alias *${node.source} refers to no anchor: define &${node.source} on a value before it.`,
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
    this.diagnostics.push(
      diagnostic(range, 'error', Codes.badKey, 'Keys must be plain names such as units or learning_rate.'),
    );
    return undefined;
  }

  /** An alias shares the node it refers to; its size counts against the budget as if copied. */
  private alias(target: YamlNode, at: Range): TreeNode {
    if (this.inProgress.has(target))
      throw new AliasLimit('This alias refers to a node that contains it, which would repeat forever.', at);
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
      throw new AliasLimit(
        `Aliases (*name) here expand to more than ${MAX_EXPANDED_NODES} values. Write the values out, or put large data in a CSV file.`,
        at,
      );
    }
  }
}
