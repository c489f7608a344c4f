// Reading one value of the tree as a typed value, reporting what is wrong with it.
import { msg, type Message } from '../messages/message';
import { Codes } from './codes';
import { childPath, describe, entry, type Context } from './context';
import { REQUIRED_KEYS, SECTION_KEYS, sectionTitle, type Section } from './keys';
import { shown } from './shown';
import { closest } from './suggest';
import type { Range } from './types';
import type { TreeNode } from './yamlTree';

/** `section` is the table entry (e.g. 'network.layers.*'); `path` the node's own path. */
export function readSection(
  ctx: Context,
  node: TreeNode | undefined,
  path: string,
  section: Section,
): (TreeNode & { kind: 'map' }) | undefined {
  if (node === undefined) return undefined;
  if (node.kind !== 'map') {
    const what =
      section === 'network.layers.*'
        ? msg('section.layer', { layer: Number(path.split('.')[2]) + 1 })
        : section === 'compare.*'
          ? msg('section.variant', { variant: Number(path.split('.')[1]) + 1 })
          : path || msg('section.file');
    const keys = SECTION_KEYS[section].join(', ');
    ctx.error(path, Codes.wrongType, msg('value.mapping', { what, keys, actual: describe(node) }));
    return undefined;
  }
  checkKeys(ctx, node, path, section);
  return node;
}

function checkKeys(ctx: Context, node: TreeNode & { kind: 'map' }, path: string, section: Section): void {
  const allowed = SECTION_KEYS[section];
  const where = sectionTitle(section, path);
  for (const { key } of node.entries) {
    if (allowed.includes(key)) continue;
    const keyPath = `key:${childPath(path, key)}`;
    const suggestion = closest(key, allowed);
    if (suggestion) {
      ctx.error(keyPath, Codes.unknownKey, msg('key.unknownDidYouMean', { key: shown(key), where, suggestion }), {
        fixes: [ctx.replace(keyPath, suggestion)],
      });
      continue;
    }
    const home = (Object.keys(SECTION_KEYS) as Section[]).find((s) => SECTION_KEYS[s].includes(key));
    const homeTitle =
      home === 'network.layers.*'
        ? msg('where.anyLayer')
        : home === 'compare.*'
          ? msg('where.anyVariant')
          : home === undefined
            ? ''
            : sectionTitle(home, '');
    const hint =
      home !== undefined
        ? msg('key.belongs', { key, home: homeTitle })
        : msg('key.keysHere', { keys: allowed.join(', ') });
    ctx.error(keyPath, Codes.unknownKey, msg('key.unknown', { key: shown(key), where, hint }));
  }
  for (const key of REQUIRED_KEYS[section]) {
    if (entry(node, key) === undefined) {
      const range = path === '' ? firstLine(ctx) : (ctx.ranges.get(`key:${path}`) ?? ctx.firstLineOf(path));
      ctx.error(
        childPath(path, key),
        Codes.missingKey,
        msg('key.missing', { key, where, hint: requiredHint(section, key) }),
        {
          range,
        },
      );
    }
  }
}

function requiredHint(section: Section, key: string): Message | string {
  if (section === '' && key === 'data') return msg('key.addData');
  if (section === '' && key === 'network') return msg('key.addNetwork');
  if (section === '' && key === 'training') return msg('key.addTraining');
  if (section === '' && key === 'loss') return msg('key.addLoss');
  if (section === 'network.layers.*' && key === 'activation') return msg('key.addActivation');
  if (section === 'training' && key === 'learning_rate') return msg('key.addLearningRate');
  return '';
}

function firstLine(ctx: Context): Range {
  const end = ctx.text.search(/\r?\n|$/);
  return { line: 1, column: 1, endLine: 1, endColumn: end + 1 };
}

export interface NumberRule {
  integer?: boolean;
  min?: number;
  /** min itself is not allowed */
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  /** How the rule reads in a message: 'a whole number of at least 1'. */
  says: Message;
}

export const POSITIVE_INT: NumberRule = { integer: true, min: 1, says: msg('rule.wholeAtLeast1') };

export function readNumber(
  ctx: Context,
  node: TreeNode | undefined,
  path: string,
  rule: NumberRule,
): number | undefined {
  if (node === undefined) return undefined;
  const name = path.split('.').pop() ?? path;
  const v = node.kind === 'scalar' ? node.value : undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    ctx.error(path, Codes.wrongType, msg('value.mustBe', { name, says: rule.says, actual: describe(node) }));
    return undefined;
  }
  if (rule.integer && !Number.isInteger(v)) {
    ctx.error(path, Codes.notInteger, msg('value.mustBe', { name, says: rule.says, actual: v }));
    return undefined;
  }
  const low = rule.min !== undefined && (rule.minExclusive ? v <= rule.min : v < rule.min);
  const high = rule.max !== undefined && (rule.maxExclusive ? v >= rule.max : v > rule.max);
  if (low || high) {
    ctx.error(path, Codes.outOfRange, msg('value.mustBe', { name, says: rule.says, actual: v }));
    return undefined;
  }
  return v;
}

export function readEnum<T extends string>(
  ctx: Context,
  node: TreeNode | undefined,
  path: string,
  what: string | Message,
  values: readonly T[],
): T | undefined {
  if (node === undefined) return undefined;
  const v = node.kind === 'scalar' ? node.value : undefined;
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    const s = shown(String(v));
    const suggestion = closest(s, values);
    if (suggestion) {
      ctx.error(path, Codes.unknownValue, msg('value.unknownDidYouMean', { what, value: s, suggestion }), {
        fixes: [ctx.replace(path, suggestion)],
      });
    } else {
      ctx.error(path, Codes.unknownValue, msg('value.unknown', { what, value: s, values: values.join(', ') }));
    }
    return undefined;
  }
  ctx.error(path, Codes.wrongType, msg('value.oneOf', { what, values: values.join(', '), actual: describe(node) }));
  return undefined;
}

export function readString(ctx: Context, node: TreeNode | undefined, path: string, what: string): string | undefined {
  if (node === undefined) return undefined;
  const v = node.kind === 'scalar' ? node.value : undefined;
  if (typeof v === 'string' && v.trim() !== '') return v;
  ctx.error(path, Codes.wrongType, msg('value.text', { what, actual: describe(node) }));
  return undefined;
}

export function readBool(ctx: Context, node: TreeNode | undefined, path: string): boolean | undefined {
  if (node === undefined) return undefined;
  const v = node.kind === 'scalar' ? node.value : undefined;
  if (typeof v === 'boolean') return v;
  ctx.error(path, Codes.wrongType, msg('value.bool', { name: path.split('.').pop() ?? path, actual: describe(node) }));
  return undefined;
}
