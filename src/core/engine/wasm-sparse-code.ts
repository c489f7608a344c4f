// The kernels of a product whose left operand is mostly zeros (a ReLU layer's dZ), as code
// generators for the engine's WebAssembly module. Used by arena-sparse.ts for dW = (1/m) dZ A[l-1]ᵀ:
//
// `transposeToPanels(src, ld, rows, cols, dst)` writes Bᵀ for the (rows, cols) block B at src (rows
//   ld bytes apart) as panels of NR (= SPARSE_COLUMNS) columns: column i of Bᵀ is column i % NR of
//   panel i / NR, which holds `cols` rows of NR · 8 bytes, one after the other from dst.
// `compactRows(p, rows, ld, klen, ldb, vals, offs, starts)` lists, for each row i of the (rows, klen)
//   block at p (rows ld bytes apart), its non-zero entries in order of k: their values in vals (f64)
//   and k·ldb in offs (i32), row i's from index starts[i] to starts[i + 1]. Returns the count. vals
//   and offs need room for rows·klen + 1 entries (every entry is written, then kept or overwritten).
// `sparseRowsProduct(vals, offs, starts, M, bp, bPanel, N, cp, ldc, alpha, add)`: C (= or += when
//   add) alpha · S B, where row i of S is the list above and row k of B's panel p (columns NR·p
//   onwards) is at bp + p·bPanel + offs. C (M, N) is row-major with rows ldc bytes apart. A panel's
//   columns past N are read (whatever they hold) but never stored.
// Each zero skipped is a term 0 · b = 0 of a sum when b is finite; the caller checks that B is.
import { type Code, countDown, FunctionBuilder, op, v } from './wasm-encode';
import { storeRow } from './wasm-gemm-code';

/** Columns of C per block of sparseRowsProduct (NR / 2 f64x2 accumulators) and of a panel of B. */
export const SPARSE_COLUMNS = 8;

const NR = SPARSE_COLUMNS;
const i32 = (n: string): [string, 'i32'] => [n, 'i32'];
const acc = (h: number) => `acc${h}`;

export function transposeToPanels(): FunctionBuilder {
  const f = new FunctionBuilder('transposeToPanels', ['src', 'ld', 'rows', 'cols', 'dst'].map(i32));
  f.locals('i32', 'i', 'j', 's0', 's1', 'd');
  // d = dst + (i / NR) · cols · NR · 8 + (i % NR) · 8: row i of B is column i % NR of its panel
  const panel = [f.get('i'), op.i32Const(Math.log2(NR)), op.i32ShrU, f.get('cols'), op.i32Mul, op.i32Const(NR * 8)];
  const start = [
    [f.get('src'), f.get('i'), f.get('ld'), op.i32Mul, op.i32Add, f.tee('s0'), f.get('ld'), op.i32Add, f.set('s1')],
    [f.get('dst'), panel, op.i32Mul, op.i32Add, f.get('i'), op.i32Const(NR - 1), op.i32And, op.i32Const(3), op.i32Shl],
    [op.i32Add, f.set('d'), f.get('cols'), f.set('j')],
  ];
  const next = [f.bump('s0', op.i32Const(8)), f.bump('s1', op.i32Const(8)), f.bump('d', op.i32Const(NR * 8))];
  const pair = countDown(f, 'j', [
    [f.get('d'), f.get('s0'), v.load64Splat(0), f.get('s1'), op.f64Load(0), v.f64x2ReplaceLane(1), v.store(0), next],
  ]);
  const single = countDown(f, 'j', [f.get('d'), f.get('s0'), op.f64Load(0), op.f64Store(0), next]);
  const pairsLeft = [f.get('i'), op.i32Const(1), op.i32Add, f.get('rows'), op.i32LtS];
  return f.code([
    [f.get('cols'), op.i32Eqz, op.if, op.return, op.end],
    [op.block, op.loop, pairsLeft, op.i32Eqz, op.brIf(1), start, pair, f.bump('i', op.i32Const(2)), op.br(0)],
    [op.end, op.end],
    [f.get('i'), f.get('rows'), op.i32LtS, op.if, start, single, op.end],
  ]);
}

export function compactRows(): FunctionBuilder {
  const params = ['p', 'rows', 'ld', 'klen', 'ldb', 'vals', 'offs', 'starts'].map(i32);
  const f = new FunctionBuilder('compactRows', params, ['i32']);
  f.locals('i32', 'n', 'nz', 'q', 'k', 'kb', 'i').locals('f64', 'x');
  const entry = [
    [f.get('q'), op.f64Load(0), f.set('x')],
    [f.get('vals'), f.get('x'), op.f64Store(0), f.get('offs'), f.get('kb'), op.i32Store(0)],
    [f.get('x'), op.f64Const(0), op.f64Ne, f.set('nz')],
    f.bump('vals', [f.get('nz'), op.i32Const(3), op.i32Shl]),
    f.bump('offs', [f.get('nz'), op.i32Const(2), op.i32Shl]),
    [f.bump('n', f.get('nz')), f.bump('q', op.i32Const(8)), f.bump('kb', f.get('ldb'))],
  ];
  const row = [
    [f.get('starts'), f.get('n'), op.i32Store(0), f.bump('starts', op.i32Const(4))],
    [f.get('p'), f.set('q'), f.bump('p', f.get('ld')), op.i32Const(0), f.set('kb'), f.get('klen'), f.set('k')],
    countDown(f, 'k', entry),
  ];
  const any = [f.get('rows'), op.i32Const(0), op.i32GtS, f.get('klen'), op.i32Const(0), op.i32GtS, op.i32And];
  return f.code([
    [any, op.if, f.get('rows'), f.set('i'), countDown(f, 'i', row), op.end],
    [f.get('starts'), f.get('n'), op.i32Store(0), f.get('n')],
  ]);
}

/** sparseRowsProduct's parameters and locals: NR / 2 accumulators, one row of C's block. */
function sparseFunction(): FunctionBuilder {
  const f = new FunctionBuilder('sparseRowsProduct', [
    ...['vals', 'offs', 'starts', 'M', 'bp', 'bPanel', 'N', 'cp', 'ldc'].map(i32),
    ['alpha', 'f64'],
    i32('add'),
  ]);
  f.locals('i32', 'j0', 'cols', 'c', 'cq', 'gc', 'bcol', 'sp', 'i', 'vp', 'kp', 'cnt', 'pairs', 'b', 'b2');
  return f.locals('v128', 'av', 'av2', 'alphaV', ...Array.from({ length: NR / 2 }, (_, h) => acc(h)));
}

/**
 * A row's list entries two a turn, then an odd last one. Each turn adds the two entries' products
 * before they join an accumulator: one addition in its chain per two entries, so the loop does
 * not wait on the adder.
 */
function sparseRowSum(f: FunctionBuilder): Code {
  // av := splat(vals[at]), b := the entry's row of the panel
  const entry = (at: number, av: string, b: string) => [
    [f.get('vp'), v.load64Splat(8 * at), f.set(av)],
    [f.get('bcol'), f.get('kp'), op.i32Load(4 * at), op.i32Add, f.set(b)],
  ];
  const times = (av: string, b: string, h: number) => [f.get(av), f.get(b), v.load(16 * h), v.f64x2Mul];
  const two: Code[] = [entry(0, 'av', 'b'), entry(1, 'av2', 'b2')];
  const one: Code[] = [entry(0, 'av', 'b')];
  for (let h = 0; h < NR / 2; h++) {
    two.push(f.get(acc(h)), times('av', 'b', h), times('av2', 'b2', h), v.f64x2Add, v.f64x2Add, f.set(acc(h)));
    one.push(f.get(acc(h)), times('av', 'b', h), v.f64x2Add, f.set(acc(h)));
  }
  two.push(f.bump('vp', op.i32Const(16)), f.bump('kp', op.i32Const(8)));
  return [
    Array.from({ length: NR / 2 }, (_, h) => [v.f64x2(0), f.set(acc(h))]),
    [f.get('sp'), op.i32Load(0), f.tee('cnt'), op.i32Const(3), op.i32Shl, f.get('vals'), op.i32Add, f.set('vp')],
    [f.get('cnt'), op.i32Const(2), op.i32Shl, f.get('offs'), op.i32Add, f.set('kp')],
    [f.get('sp'), op.i32Load(4), f.get('cnt'), op.i32Sub, f.set('cnt')],
    [f.get('cnt'), op.i32Const(1), op.i32ShrU, f.tee('pairs'), op.if, countDown(f, 'pairs', two), op.end],
    [f.get('cnt'), op.i32Const(1), op.i32And, op.if, one, op.end],
  ];
}

/** The accumulators times alpha into C's row at c, four columns (two accumulators) at a time, `cols` of them. */
function sparseRowStore(f: FunctionBuilder): Code {
  const store: Code[] = Array.from({ length: NR / 2 }, (_, h) => [
    [f.get(acc(h)), f.get('alphaV'), v.f64x2Mul, f.set(acc(h))],
  ]);
  for (let q = 0; q < NR / 4; q++) {
    // gc = min(cols - 4q, 4) columns of group q, stored when positive
    const left = [f.get('cols'), op.i32Const(4 * q), op.i32Sub, f.tee('gc')];
    const gc = [left, op.i32Const(4), f.get('gc'), op.i32Const(4), op.i32LtS, op.select, f.set('gc')];
    const at = [f.get('c'), op.i32Const(32 * q), op.i32Add, f.set('cq')];
    const put = storeRow(f, 'cq', acc(2 * q), acc(2 * q + 1), 'gc', 'add');
    store.push(q === 0 ? [gc, at, put] : [gc, f.get('gc'), op.i32Const(0), op.i32GtS, op.if, at, put, op.end]);
  }
  return store;
}

export function sparseRowsProduct(): FunctionBuilder {
  const f = sparseFunction();
  const row = [sparseRowSum(f), sparseRowStore(f), f.bump('c', f.get('ldc')), f.bump('sp', op.i32Const(4))];
  const panel = [f.get('j0'), op.i32Const(Math.log2(NR)), op.i32ShrU, f.get('bPanel'), op.i32Mul];
  const block = [
    // cols = min(N - j0, NR); c and bcol: the block's first column of C and its panel of B
    [f.get('N'), f.get('j0'), op.i32Sub, f.tee('cols'), op.i32Const(NR), f.get('cols'), op.i32Const(NR), op.i32LtS],
    [op.select, f.set('cols')],
    [f.get('cp'), f.get('j0'), op.i32Const(3), op.i32Shl, op.i32Add, f.set('c')],
    [f.get('bp'), panel, op.i32Add, f.set('bcol')],
    [f.get('starts'), f.set('sp'), f.get('M'), f.set('i'), countDown(f, 'i', row)],
    f.bump('j0', op.i32Const(NR)),
  ];
  const more = [f.get('j0'), f.get('N'), op.i32LtS];
  return f.code([
    [f.get('alpha'), v.f64x2Splat, f.set('alphaV')],
    [f.get('M'), op.i32Const(0), op.i32GtS, f.get('N'), op.i32Const(0), op.i32GtS, op.i32And, op.if],
    [op.loop, block, more, op.brIf(0), op.end],
    op.end,
  ]);
}
