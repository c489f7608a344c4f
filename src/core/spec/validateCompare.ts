// compare: the variants trained beside the file, each a name and a mapping of PATH: VALUE.
// Here each entry's form and PATHs are checked; its values are checked by validating the
// file with the variant applied (variants.ts).
import { msg } from '../messages/message';
import { Codes } from './codes';
import { childPath, describe, entry, toPlain, type Context } from './context';
import { MAX_VARIANTS } from './keys';
import { resolvePath } from './overridePath';
import type { Override } from './overrides';
import { readSection } from './readers';
import type { Range, VariantSpec } from './types';
import type { TreeNode } from './yamlTree';

/** A variant ready to apply: its overrides, and the first line of its entry for what cannot be placed better. */
export interface VariantOverrides {
  name: string;
  overrides: Override[];
  at: Range;
}

export interface CompareResult {
  specs: VariantSpec[];
  variants: VariantOverrides[];
}

/** `root` is the tree being validated: a PATH must name a layer it has. */
export function validateCompare(ctx: Context, node: TreeNode | undefined, root: TreeNode): CompareResult {
  const out: CompareResult = { specs: [], variants: [] };
  if (node === undefined) return out;
  if (node.kind !== 'seq') {
    ctx.error('compare', Codes.wrongType, msg('compare.notList', { actual: describe(node) }));
    return out;
  }
  if (node.items.length > MAX_VARIANTS) {
    ctx.error(
      `compare.${MAX_VARIANTS}`,
      Codes.compareTooMany,
      msg('compare.tooMany', { n: node.items.length, max: MAX_VARIANTS }),
      { range: ctx.firstLineOf(`compare.${MAX_VARIANTS}`) },
    );
  }
  const names = new Map<string, number>();
  node.items.slice(0, MAX_VARIANTS).forEach((item, i) => {
    const v = readVariant(ctx, item, i, root, names);
    if (!v) return;
    out.variants.push(v);
    out.specs.push({ name: v.name, set: v.overrides.map((o) => ({ path: o.path, value: toPlain(o.value) })) });
  });
  return out;
}

function readVariant(
  ctx: Context,
  item: TreeNode,
  i: number,
  root: TreeNode,
  names: Map<string, number>,
): VariantOverrides | undefined {
  const path = `compare.${i}`;
  const v = readSection(ctx, item, path, 'compare.*');
  if (!v) return undefined;
  const name = readName(ctx, entry(v, 'name'), `${path}.name`, i, names);
  const overrides = readSet(ctx, entry(v, 'set'), `${path}.set`, root, name ?? `variant ${i + 1}`);
  if (name === undefined || overrides === undefined) return undefined;
  return { name, overrides, at: ctx.firstLineOf(path) };
}

function readName(
  ctx: Context,
  node: TreeNode | undefined,
  path: string,
  i: number,
  names: Map<string, number>,
): string | undefined {
  if (node === undefined) return undefined;
  const v = node.kind === 'scalar' ? node.value : undefined;
  const name = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : '';
  if (name === '') {
    ctx.error(path, Codes.wrongType, msg('compare.name', { actual: describe(node) }));
    return undefined;
  }
  const first = names.get(name);
  if (first !== undefined) {
    ctx.error(
      path,
      Codes.compareDuplicateName,
      msg('compare.duplicateName', { first: first + 1, second: i + 1, name }),
    );
    return undefined;
  }
  names.set(name, i);
  return name;
}

function readSet(
  ctx: Context,
  node: TreeNode | undefined,
  path: string,
  root: TreeNode,
  name: string,
): Override[] | undefined {
  if (node === undefined) return undefined;
  if (node.kind !== 'map') {
    ctx.error(path, Codes.wrongType, msg('compare.setNotMapping', { actual: describe(node) }));
    return undefined;
  }
  if (node.entries.length === 0) {
    ctx.error(path, Codes.emptyList, msg('compare.setEmpty'));
    return undefined;
  }
  let ok = true;
  const overrides = node.entries.map(({ key, node: value }): Override => {
    const valuePath = childPath(path, key);
    const keyPath = `key:${valuePath}`;
    const resolved = resolvePath(key, root);
    if (!resolved.ok) {
      const fixes = resolved.suggestion === undefined ? [] : [ctx.replace(keyPath, resolved.suggestion)];
      ctx.error(keyPath, resolved.code, resolved.l10n, { fixes });
      ok = false;
    }
    const written = { key: ctx.rangeOf(keyPath), value: ctx.rangeOf(valuePath), valuePath };
    return { path: key, value, origin: `variant '${name}'`, written };
  });
  return ok ? overrides : undefined;
}
