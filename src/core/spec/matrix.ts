// Reading a matrix written as a list of rows: inline X and Y, explicit W[l] and b[l].
import { msg } from '../messages/message';
import { Codes } from './codes';
import { childPath, describe, type Context } from './context';
import type { TreeNode } from './yamlTree';

/**
 * `name` is how the matrix is called in messages ('X', 'W[2]'). Every problem is reported at the
 * node at fault: the whole matrix, one row, or one entry.
 */
export function readMatrix(
  ctx: Context,
  node: TreeNode | undefined,
  path: string,
  name: string,
): number[][] | undefined {
  if (node === undefined || !isListOfRows(ctx, node, path, name)) return undefined;
  const rows: number[][] = [];
  let ok = true;
  let width = -1;
  for (let i = 0; i < node.items.length; i++) {
    const row = node.items[i];
    const rowPath = childPath(path, i);
    if (!isRow(ctx, row, rowPath, name, i)) {
      ok = false;
      continue;
    }
    if (width < 0) {
      width = row.items.length;
    } else if (row.items.length !== width) {
      ctx.error(rowPath, Codes.raggedMatrix, msg('matrix.ragged', { row: i + 1, name, n: row.items.length, width }));
      ok = false;
      continue;
    }
    const values = readRow(ctx, row, rowPath, name, i);
    if (values) rows.push(values);
    else ok = false;
  }
  return ok ? rows : undefined;
}

/** A non-empty list whose items are not all scalars; else reports what it is (a flat list gets a fix). */
function isListOfRows(ctx: Context, node: TreeNode, path: string, name: string): node is TreeNode & { kind: 'seq' } {
  if (node.kind !== 'seq') {
    ctx.error(path, Codes.notAMatrix, msg('matrix.notMatrix', { name, actual: describe(node) }));
    return false;
  }
  if (node.items.length === 0) {
    ctx.error(path, Codes.emptyList, msg('matrix.noRows', { name }));
    return false;
  }
  if (node.items.every((item) => item.kind === 'scalar')) {
    const source = ctx.sourceOf(path);
    const fixes = source.startsWith('[')
      ? [ctx.replace(path, `[${source}]`, msg('fix.oneRow', { row: `[${source.length > 30 ? '…' : source}]` }))]
      : [];
    ctx.error(path, Codes.notAMatrix, msg('matrix.flat', { name }), { fixes });
    return false;
  }
  return true;
}

/** Row `i` is a non-empty list; else reports what it is. */
function isRow(
  ctx: Context,
  row: TreeNode,
  rowPath: string,
  name: string,
  i: number,
): row is TreeNode & { kind: 'seq' } {
  if (row.kind !== 'seq') {
    ctx.error(rowPath, Codes.notAMatrix, msg('matrix.rowNotList', { row: i + 1, name, actual: describe(row) }));
    return false;
  }
  if (row.items.length === 0) {
    ctx.error(rowPath, Codes.emptyList, msg('matrix.rowEmpty', { row: i + 1, name }));
    return false;
  }
  return true;
}

function readRow(
  ctx: Context,
  row: TreeNode & { kind: 'seq' },
  rowPath: string,
  name: string,
  i: number,
): number[] | undefined {
  const values = new Array<number>(row.items.length);
  for (let j = 0; j < row.items.length; j++) {
    const cell = row.items[j];
    const v = cell.kind === 'scalar' ? cell.value : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      ctx.error(
        childPath(rowPath, j),
        Codes.wrongType,
        msg('matrix.entry', { entry: j + 1, row: i + 1, name, actual: describe(cell) }),
      );
      return undefined; // one report per row is enough
    }
    values[j] = v;
  }
  return values;
}
