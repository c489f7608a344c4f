// Collects diagnostics while the tree is validated, and knows which of them stop a network being built.
import { titled } from '../messages/attached';
import { msg, type Message } from '../messages/message';
import { Codes, type Code } from './codes';
import { diagnostic, rangeOf } from './ranges';
import { shown } from './shown';
import type { Diagnostic, Fix, Range, RangeMap, Severity } from './types';
import type { TreeNode } from './yamlTree';

/** Errors under these paths leave the network buildable: defaults stand in and the run is blocked by the error. */
const NON_STRUCTURAL = ['name', 'seed', 'training', 'data.normalize', 'data.test_split', 'compare'];

export interface Report {
  fixes?: Fix[];
  /** Where to put the diagnostic when it is not the node at `path` (e.g. a missing key). */
  range?: Range;
}

export class Context {
  readonly diagnostics: Diagnostic[] = [];
  /** Set by an error that means no network can be built from this file. */
  structuralError = false;

  constructor(
    readonly ranges: RangeMap,
    readonly text: string,
  ) {}

  error(path: string, code: Code, message: string | Message, report: Report = {}): void {
    this.add('error', path, code, message, report);
    const node = path.replace(/^key:/, '');
    if (code !== Codes.unknownKey && !NON_STRUCTURAL.some((p) => node === p || node.startsWith(`${p}.`))) {
      this.structuralError = true;
    }
  }

  warn(path: string, code: Code, message: string | Message, report: Report = {}): void {
    this.add('warning', path, code, message, report);
  }

  info(path: string, code: Code, message: string | Message, report: Report = {}): void {
    this.add('info', path, code, message, report);
  }

  rangeOf(path: string): Range {
    return rangeOf(this.ranges, path);
  }

  /** A fix replacing the node at `path` (its key with `key:` paths) by `text`. */
  replace(path: string, text: string, title: string | Message = msg('fix.changeTo', { text })): Fix {
    return typeof title === 'string'
      ? { title, range: this.rangeOf(path), text }
      : titled(title, { range: this.rangeOf(path), text });
  }

  /** The first line of the node at `path` (a list entry's mapping can span many lines). */
  firstLineOf(path: string): Range {
    const r = this.rangeOf(path);
    if (r.endLine === r.line) return r;
    const line = this.text.split('\n', r.line)[r.line - 1] ?? '';
    return { line: r.line, column: r.column, endLine: r.line, endColumn: line.replace(/\s+$/, '').length + 1 };
  }

  /** The source text of the node at `path`. */
  sourceOf(path: string): string {
    const r = this.ranges.get(path);
    if (!r) return '';
    const lines = this.text.split('\n', r.endLine);
    if (r.line === r.endLine) return (lines[r.line - 1] ?? '').slice(r.column - 1, r.endColumn - 1);
    const parts = [
      lines[r.line - 1].slice(r.column - 1),
      ...lines.slice(r.line, r.endLine - 1),
      lines[r.endLine - 1].slice(0, r.endColumn - 1),
    ];
    return parts.join('\n');
  }

  private add(severity: Severity, path: string, code: Code, message: string | Message, report: Report): void {
    this.diagnostics.push(diagnostic(report.range ?? this.rangeOf(path), severity, code, message, report.fixes));
  }
}

/** How a node reads in a message: "the text 'abc'", "a list", ... */
export function describe(node: TreeNode): Message | string {
  if (node.kind === 'map') return msg('node.mapping');
  if (node.kind === 'seq') return msg('node.list');
  const v = node.value;
  if (v === null || v === undefined) return msg('node.empty');
  if (typeof v === 'string') return msg('node.text', { text: shown(v, 40) });
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return msg('node.other');
}

export function entry(node: TreeNode, key: string): TreeNode | undefined {
  return node.kind === 'map' ? node.entries.find((e) => e.key === key)?.node : undefined;
}

/** Which of `keys` the mapping has, in the file's order (so a message can name the second one written). */
export function keysPresent<K extends string>(node: TreeNode, keys: readonly K[]): K[] {
  if (node.kind !== 'map') return [];
  return node.entries.map((e) => e.key).filter((k): k is K => (keys as readonly string[]).includes(k));
}

export function childPath(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** The tree as plain data: mappings as objects, lists as arrays. */
export function toPlain(node: TreeNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.node)]));
}
