// The edit behind "nnspec: Compare…": one PATH and a few values become one compare: variant each,
// added at the end of the file or to its compare: list, touching nothing else (comments stay).
import { english, msg, type Message } from '../messages/message';
import { entry, toPlain } from '../spec/context';
import { MAX_VARIANTS } from '../spec/keys';
import { resolvePath } from '../spec/overridePath';
import { readValue } from '../spec/overrides';
import { readTree, type TreeNode, type TreeResult } from '../spec/yamlTree';
import { applyTextEdit, offsetAt, type TextEdit } from './textEdit';
import { uniqueName, variantName, yamlText } from './variantText';

/** A refusal's `message` is in English; `l10n` is the message it was rendered from. */
export type AddCompareResult =
  { ok: true; edit: TextEdit; names: string[] } | { ok: false; message: string; l10n: Message };

interface NewVariant {
  name: string;
  path: string;
  /** The value as YAML that reads the same inside a flow mapping. */
  value: string;
}

const fail = (l10n: Message): AddCompareResult => ({ ok: false, message: english(l10n), l10n });

export function addCompare(text: string, path: string, values: string[]): AddCompareResult {
  const tree = readTree(text);
  if (tree.yamlErrors || tree.root?.kind !== 'map') return fail(msg('addCompare.yamlErrors'));
  const key = path.trim();
  const resolved = resolvePath(key, tree.root);
  if (!resolved.ok) return fail(resolved.l10n);
  const given = values.map((v) => v.trim()).filter((v) => v !== '');
  if (given.length === 0) return fail(msg('addCompare.noValue', { key }));
  const compare = entry(tree.root, 'compare');
  const existing = compare?.kind === 'seq' ? compare.items : [];
  if (existing.length + given.length > MAX_VARIANTS)
    return fail(msg('addCompare.tooMany', { max: MAX_VARIANTS, has: existing.length, added: given.length }));
  const taken = new Set(existing.map((v) => nameOf(v)).filter((n): n is string => n !== undefined));
  const variants: NewVariant[] = [];
  for (const v of given) {
    const value = yamlText(v);
    if (value === undefined) return fail(msg('addCompare.notYaml', { value: v }));
    variants.push({ name: uniqueName(variantName(key, v), taken), path: key, value });
  }
  const edit = compareEdit(text, tree, compare, variants);
  if ('id' in edit) return fail(edit);
  if (!addsExactly(applyTextEdit(text, edit), existing.length, variants)) return fail(msg('addCompare.wouldChange'));
  return { ok: true, edit, names: variants.map((v) => v.name) };
}

function nameOf(variant: TreeNode): string | undefined {
  const v = entry(variant, 'name');
  const n = v?.kind === 'scalar' ? v.value : undefined;
  return typeof n === 'string' || typeof n === 'number' || typeof n === 'boolean' ? String(n).trim() : undefined;
}

function compareEdit(
  text: string,
  tree: TreeResult,
  compare: TreeNode | undefined,
  variants: NewVariant[],
): TextEdit | Message {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = ' '.repeat(indentUnit(text));
  const block = (indent: string) =>
    variants.map((v) => `${indent}- name: ${yamlText(v.name, true)}${eol}${indent}  set: { ${v.path}: ${v.value} }`);
  if (compare === undefined) {
    const end = tree.rangeAt(text.length, text.length);
    const gap = text.trim() === '' ? '' : text.endsWith('\n') ? (/\n[ \t]*\r?\n$/.test(text) ? '' : eol) : eol + eol;
    return { range: end, text: `${gap}compare:${eol}${block(unit).join(eol)}${eol}` };
  }
  const at = tree.ranges.get('compare');
  if (!at) return msg('addCompare.notWhere');
  if (compare.kind === 'scalar' && compare.value === null) {
    const key = tree.ranges.get('key:compare') ?? at;
    return { range: lineEnd(text, key.line), text: eol + block(unit).join(eol) };
  }
  if (compare.kind !== 'seq') return msg('addCompare.notList');
  const start = offsetAt(text, at.line, at.column);
  if (text[start] === '[') {
    const close = { line: at.endLine, column: at.endColumn - 1, endLine: at.endLine, endColumn: at.endColumn - 1 };
    const flow = variants.map((v) => `{ name: ${yamlText(v.name, true)}, set: { ${v.path}: ${v.value} } }`);
    return { range: close, text: (compare.items.length > 0 ? ', ' : '') + flow.join(', ') };
  }
  const first = tree.ranges.get('compare.0') ?? at;
  const firstLine = text.split('\n', first.line)[first.line - 1] ?? '';
  const dash = firstLine.lastIndexOf('-', first.column - 2);
  return { range: lineEnd(text, at.endLine), text: eol + block(' '.repeat(Math.max(0, dash))).join(eol) };
}

/** An empty range at the end of a line (after any comment, before its line break). */
function lineEnd(text: string, line: number) {
  const column = offsetAt(text, line, Number.MAX_SAFE_INTEGER) - offsetAt(text, line, 1) + 1;
  return { line, column, endLine: line, endColumn: column };
}

/** The file's indentation step: its smallest indentation, 2 when nothing is indented. */
function indentUnit(text: string): number {
  let unit = Infinity;
  for (const line of text.split('\n')) {
    const m = /^( +)[^\s#]/.exec(line);
    if (m) unit = Math.min(unit, m[1].length);
  }
  return Number.isFinite(unit) ? unit : 2;
}

/** The edited text reads as before plus exactly these variants, in order. */
function addsExactly(edited: string, before: number, variants: NewVariant[]): boolean {
  const tree = readTree(edited);
  const compare = tree.root && !tree.yamlErrors ? entry(tree.root, 'compare') : undefined;
  if (compare?.kind !== 'seq' || compare.items.length !== before + variants.length) return false;
  return variants.every((v, i) => {
    const item = compare.items[before + i];
    const set = entry(item, 'set');
    const value = readValue(v.value);
    return (
      nameOf(item) === v.name &&
      set?.kind === 'map' &&
      set.entries.length === 1 &&
      set.entries[0].key === v.path &&
      typeof value !== 'string' &&
      JSON.stringify(toPlain(set.entries[0].node)) === JSON.stringify(toPlain(value))
    );
  });
}
