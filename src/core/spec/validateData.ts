// The data section: exactly one source (generate, csv, inline), normalisation and the test split.
import { msg } from '../messages/message';
import { Codes } from './codes';
import { childPath, entry, keysPresent, type Context } from './context';
import { DEFAULTS, ENUMS, EXACTLY_ONE_OF } from './keys';
import { readMatrix } from './matrix';
import { POSITIVE_INT, readBool, readEnum, readNumber, readSection, readString } from './readers';
import type { DataSource, DataSpec } from './types';
import type { TreeNode } from './yamlTree';

export function validateData(ctx: Context, node: TreeNode | undefined): DataSpec | undefined {
  const data = readSection(ctx, node, 'data', 'data');
  if (!data) return undefined;
  const present = keysPresent(data, EXACTLY_ONE_OF.data);
  let source: DataSource | undefined;
  if (present.length === 0) {
    ctx.error('data', Codes.missingDataSource, msg('data.noSource'), {
      range: ctx.rangeOf('key:data'),
    });
  } else if (present.length > 1) {
    ctx.error(
      `key:data.${present[1]}`,
      Codes.multipleDataSources,
      msg('data.twoSources', { first: present[0], second: present[1] }),
    );
  } else if (present[0] === 'generate') {
    source = readGenerate(ctx, entry(data, 'generate'));
  } else if (present[0] === 'csv') {
    source = readCsv(ctx, entry(data, 'csv'));
  } else {
    source = readInline(ctx, entry(data, 'inline'));
  }
  const normalize =
    readEnum(ctx, entry(data, 'normalize'), 'data.normalize', 'normalize', ENUMS.normalize) ?? DEFAULTS.normalize;
  const testSplit =
    readNumber(ctx, entry(data, 'test_split'), 'data.test_split', {
      min: 0,
      max: 1,
      maxExclusive: true,
      says: msg('rule.fraction'),
    }) ?? DEFAULTS.testSplit;
  return source ? { source, normalize, testSplit } : undefined;
}

function readGenerate(ctx: Context, node: TreeNode | undefined): DataSource | undefined {
  const path = 'data.generate';
  const g = readSection(ctx, node, path, 'data.generate');
  if (!g) return undefined;
  const generator = readEnum(ctx, entry(g, 'kind'), `${path}.kind`, msg('data.generator'), ENUMS.generator);
  const samples = readNumber(ctx, entry(g, 'samples'), `${path}.samples`, POSITIVE_INT);
  const noise = readNumber(ctx, entry(g, 'noise'), `${path}.noise`, { min: 0, says: msg('rule.atLeast0') });
  const classes = readNumber(ctx, entry(g, 'classes'), `${path}.classes`, {
    integer: true,
    min: 2,
    says: msg('rule.wholeAtLeast2'),
  });
  if (entry(g, 'classes') !== undefined && generator !== undefined && generator !== 'spiral' && generator !== 'blobs') {
    ctx.warn(`key:${path}.classes`, Codes.unusedKey, msg('data.classesUnused', { generator }));
  }
  if (generator === undefined || samples === undefined) return undefined;
  const out: DataSource = { kind: 'generate', generator, samples };
  if (noise !== undefined) out.noise = noise;
  if (classes !== undefined) out.classes = classes;
  return out;
}

function readCsv(ctx: Context, node: TreeNode | undefined): DataSource | undefined {
  const path = 'data.csv';
  const c = readSection(ctx, node, path, 'data.csv');
  if (!c) return undefined;
  const file = readString(ctx, entry(c, 'path'), `${path}.path`, 'data.csv.path');
  const features = readColumns(ctx, entry(c, 'features'), `${path}.features`, false);
  const target = readColumns(ctx, entry(c, 'target'), `${path}.target`, true);
  const oneHot = readBool(ctx, entry(c, 'one_hot'), `${path}.one_hot`) ?? DEFAULTS.oneHot;
  if (file === undefined || features === undefined || target === undefined) return undefined;
  return { kind: 'csv', path: file, features, target, oneHot };
}

/** Column names or 0-based indices; `single` also allows one column without a list. */
function readColumns(
  ctx: Context,
  node: TreeNode | undefined,
  path: string,
  single: boolean,
): (string | number)[] | undefined {
  if (node === undefined) return undefined;
  const name = path.split('.').pop();
  const one = (n: TreeNode, p: string): string | number | undefined => {
    const v = n.kind === 'scalar' ? n.value : undefined;
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    ctx.error(p, Codes.wrongType, msg('data.columnEntry', { name: String(name) }));
    return undefined;
  };
  if (node.kind !== 'seq') {
    if (single && node.kind === 'scalar') {
      const v = one(node, path);
      return v === undefined ? undefined : [v];
    }
    ctx.error(path, Codes.wrongType, msg('data.columnsNotList', { name: String(name) }));
    return undefined;
  }
  if (node.items.length === 0) {
    ctx.error(path, Codes.emptyList, msg('data.noColumns', { name: String(name) }));
    return undefined;
  }
  const out = node.items.map((item, i) => one(item, childPath(path, i)));
  return out.every((v) => v !== undefined) ? out : undefined;
}

/** X and Y as written; whether they agree with each other and the network is the shape check's job. */
function readInline(ctx: Context, node: TreeNode | undefined): DataSource | undefined {
  const path = 'data.inline';
  const d = readSection(ctx, node, path, 'data.inline');
  if (!d) return undefined;
  const X = readMatrix(ctx, entry(d, 'X'), `${path}.X`, 'X');
  const Y = readMatrix(ctx, entry(d, 'Y'), `${path}.Y`, 'Y');
  if (!X || !Y) return undefined;
  return { kind: 'inline', X, Y };
}
