// The matrix-product kernels of the engine's WebAssembly module (SIMD, f64x2), as code generators.
// Both read their operands where they lie in wasm memory (no packing) and write C directly:
//
// `gemmStrips(ap, aRow, aStep, aPanel, bp, bStep, bPanel, cp, ldc, mb, nb, mLast, nLast, klen, alpha, add)`
//   For each block of MR rows (ib < mb) and 4 columns (jb < nb) of C, with MR·ib + r the row and
//   4·jb + c the column: C[row, col] (= or += when add) alpha · Σ_{k < klen} A[row, k] · B[k, col],
//   where A[MR·ib + r, k] is the f64 at ap + ib·aPanel + k·aStep + r·aRow and B[k, 4·jb + c] the one
//   at bp + jb·bPanel + k·bStep + 8c; C is row-major with rows ldc bytes apart. The last row block
//   has mLast rows and the last column block nLast columns: only those are written. Rows past mLast
//   re-read the block's last row (never past the end of A); columns past nLast are read but dropped,
//   so B needs 24 readable bytes after its last row. Row-major A (aRow = row bytes, aStep = 8),
//   transposed A (aRow = 8, aStep = row bytes) and row-major B (bPanel = 32, bStep = row bytes) all fit.
//
// `gemmDots(ap, lda, bp, ldb, cp, ldc, M, N, klen, alpha, add)` for C = alpha · A Bᵀ (+ C), with A
//   (M, klen) and B (N, klen) row-major (rows lda and ldb bytes apart): every entry is a dot product of
//   two contiguous rows, two k at a time in each f64x2 (an odd klen ends with a one-k step).
import { countDown, FunctionBuilder, op, v, type Code } from './wasm-encode';

/** Rows of C per register block of gemmStrips: MR × 4 accumulators in 2·MR f64x2 registers. */
export const STRIP_ROWS = 4;
/** Rows of C per register block of gemmDots (each of the 4 columns of the block). */
export const DOT_ROWS = 2;

/** A row pointer clamped into the block: base + min(r, rows - 1) · stride. */
function clampedRow(f: FunctionBuilder, base: string, r: number, rows: string, stride: string): Code {
  if (r === 0) return f.get(base);
  const row = [
    op.i32Const(r),
    f.get(rows),
    op.i32Const(1),
    op.i32Sub,
    f.get(rows),
    op.i32Const(r),
    op.i32GtS,
    op.select,
  ];
  return [f.get(base), row, f.get(stride), op.i32Mul, op.i32Add];
}

/**
 * Writes one row of a 4-column block: C[c .. c+cols) (= or += when add) the lanes of two f64x2
 * locals lo, hi; `cols` (1..4) is a local.
 */
export function storeRow(f: FunctionBuilder, c: string, lo: string, hi: string, cols: string, add: string): Code {
  const addC = (value: string, offset: number) => [f.get(value), f.get(c), v.load(offset), v.f64x2Add, f.set(value)];
  return [
    [f.get(cols), op.i32Const(4), op.i32Eq, op.if],
    [f.get(add), op.if, addC(lo, 0), addC(hi, 16), op.end],
    [f.get(c), f.get(lo), v.store(0), f.get(c), f.get(hi), v.store(16)],
    op.else,
    laneStore(f, c, lo, 0, 0, add),
    [f.get(cols), op.i32Const(1), op.i32GtS, op.if, laneStore(f, c, lo, 1, 8, add), op.end],
    [f.get(cols), op.i32Const(2), op.i32GtS, op.if, laneStore(f, c, hi, 0, 16, add), op.end],
    op.end,
  ];
}

/** C[offset] (= or +=) one lane of a value. */
function laneStore(f: FunctionBuilder, c: string, value: string, lane: number, offset: number, add: string): Code {
  return [
    f.get(c),
    f.get(value),
    v.f64x2ExtractLane(lane),
    f.get(c),
    op.f64Load(offset),
    op.f64Const(0),
    f.get(add),
    op.select,
    op.f64Add,
    op.f64Store(offset),
  ];
}

const i32Param = (n: string): [string, 'i32'] => [n, 'i32'];
/** The local pointing at row r of A's block (both kernels). */
const aRow = (r: number) => `a${r}`;

/** gemmStrips' accumulator for row r, half h (columns 2h, 2h + 1) of the block. */
const stripAcc = (r: number, h: number) => `acc${r}_${h}`;

/** gemmStrips' parameters and locals. */
function stripsFunction(): FunctionBuilder {
  const MR = STRIP_ROWS;
  const f = new FunctionBuilder('gemmStrips', [
    ...['ap', 'aRow', 'aStep', 'aPanel', 'bp', 'bStep', 'bPanel', 'cp', 'ldc'].map(i32Param),
    ...['mb', 'nb', 'mLast', 'nLast', 'klen'].map(i32Param),
    ['alpha', 'f64'],
    i32Param('add'),
  ]);
  f.locals('i32', 'ib', 'jb', 'k', 'b', 'c', 'rows', 'cols', 'base', 'bBase');
  f.locals('i32', ...Array.from({ length: MR }, (_, r) => aRow(r)));
  f.locals('v128', 'b0', 'b1', 'av', 'alphaV');
  f.locals('v128', ...Array.from({ length: MR * 2 }, (_, i) => stripAcc(i >> 1, i & 1)));
  return f;
}

/** One k of gemmStrips: the accumulators gain A's MR rows times B's 4 columns at k; the pointers move on. */
function stripsStep(f: FunctionBuilder): Code[] {
  const MR = STRIP_ROWS;
  const acc = stripAcc;
  const step: Code[] = [f.get('b'), v.load(0), f.set('b0'), f.get('b'), v.load(16), f.set('b1')];
  for (let r = 0; r < MR; r++) {
    step.push(f.get(aRow(r)), v.load64Splat(0), f.set('av'));
    for (let h = 0; h < 2; h++)
      step.push(f.get(acc(r, h)), f.get('av'), f.get(h === 0 ? 'b0' : 'b1'), v.f64x2Mul, v.f64x2Add, f.set(acc(r, h)));
  }
  for (let r = 0; r < MR; r++) step.push(f.bump(aRow(r), f.get('aStep')));
  step.push(f.bump('b', f.get('bStep')));
  return step;
}

/** The row block's rows, its (clamped) row pointers and B's pointer, and the accumulators zeroed. */
function stripsStart(f: FunctionBuilder): Code[] {
  const MR = STRIP_ROWS;
  // rows = ib == mb - 1 ? mLast : MR
  const rows = [f.get('mLast'), op.i32Const(MR), f.get('ib'), f.get('mb'), op.i32Const(1), op.i32Sub, op.i32Eq];
  const start: Code[] = [rows, op.select, f.set('rows')];
  start.push(f.get('ap'), f.get('ib'), f.get('aPanel'), op.i32Mul, op.i32Add, f.set('base'));
  for (let r = 0; r < MR; r++) start.push(clampedRow(f, 'base', r, 'rows', 'aRow'), f.set(aRow(r)));
  start.push(f.get('bBase'), f.set('b'));
  for (let r = 0; r < MR; r++) for (let h = 0; h < 2; h++) start.push(v.f64x2(0), f.set(stripAcc(r, h)));
  return start;
}

/** c = cp + ib·MR·ldc + jb·32, then each of the block's rows (those < rows) scaled by alpha and stored. */
function stripsStore(f: FunctionBuilder): Code[] {
  const MR = STRIP_ROWS;
  const acc = stripAcc;
  const c = [f.get('cp'), f.get('ib'), op.i32Const(MR), op.i32Mul, f.get('ldc'), op.i32Mul, op.i32Add];
  const store: Code[] = [c, f.get('jb'), op.i32Const(5), op.i32Shl, op.i32Add, f.set('c')];
  for (let r = 0; r < MR; r++) {
    const scaled = (h: number) => [f.get(acc(r, h)), f.get('alphaV'), v.f64x2Mul, f.set(acc(r, h))];
    const row: Code = [
      scaled(0),
      scaled(1),
      storeRow(f, 'c', acc(r, 0), acc(r, 1), 'cols', 'add'),
      f.bump('c', f.get('ldc')),
    ];
    store.push(r === 0 ? row : [f.get('rows'), op.i32Const(r), op.i32GtS, op.if, row, op.end]);
  }
  return store;
}

/** `for (counter = 0; counter != limit; counter++) body`, with limit at least 1 (a do-while loop). */
function countUpTo(f: FunctionBuilder, counter: string, limit: string, body: Code): Code {
  const next = [f.bump(counter, op.i32Const(1)), f.get(counter), f.get(limit), op.i32Ne, op.brIf(0)];
  return [op.i32Const(0), f.set(counter), op.loop, body, next, op.end];
}

export function gemmStrips(): FunctionBuilder {
  const f = stripsFunction();
  const rowBlock: Code = [stripsStart(f), f.get('klen'), f.set('k'), countDown(f, 'k', stripsStep(f)), stripsStore(f)];
  // cols = jb == nb - 1 ? nLast : 4; bBase = bp + jb·bPanel
  const cols = [f.get('nLast'), op.i32Const(4), f.get('jb'), f.get('nb'), op.i32Const(1), op.i32Sub, op.i32Eq];
  const bBase = [f.get('bp'), f.get('jb'), f.get('bPanel'), op.i32Mul, op.i32Add, f.set('bBase')];
  const columnBlock = [cols, op.select, f.set('cols'), bBase, countUpTo(f, 'ib', 'mb', rowBlock)];
  return f.code([f.get('alpha'), v.f64x2Splat, f.set('alphaV'), countUpTo(f, 'jb', 'nb', columnBlock)]);
}

const bRow = (q: number) => `b${q}`;
const dotAcc = (r: number, q: number) => `acc${r}_${q}`;
const va = (r: number) => `va${r}`;

/** gemmDots' parameters and locals. */
function dotsFunction(): FunctionBuilder {
  const MR = DOT_ROWS;
  const f = new FunctionBuilder('gemmDots', [
    ...['ap', 'lda', 'bp', 'ldb', 'cp', 'ldc', 'M', 'N', 'klen'].map(i32Param),
    ['alpha', 'f64'],
    i32Param('add'),
  ]);
  f.locals('i32', 'i', 'j', 'k', 'c', 'rows', 'cols');
  f.locals('i32', ...Array.from({ length: MR }, (_, r) => aRow(r)), 'b0', 'b1', 'b2', 'b3');
  f.locals('v128', 'vb', 'lo', 'hi', ...Array.from({ length: MR }, (_, r) => va(r)));
  f.locals('v128', ...Array.from({ length: MR * 4 }, (_, x) => dotAcc(Math.floor(x / 4), x % 4)));
  return f;
}

/** One step of gemmDots over two k (load = v128.load) or, at an odd end, over one (load64 into lane 0, lane 1 zero). */
function dotsStep(f: FunctionBuilder, load: Code, advance: boolean): Code {
  const MR = DOT_ROWS;
  const out: Code[] = [];
  for (let r = 0; r < MR; r++) out.push(f.get(aRow(r)), load, f.set(va(r)));
  for (let q = 0; q < 4; q++) {
    out.push(f.get(bRow(q)), load, f.set('vb'));
    for (let r = 0; r < MR; r++)
      out.push(f.get(dotAcc(r, q)), f.get(va(r)), f.get('vb'), v.f64x2Mul, v.f64x2Add, f.set(dotAcc(r, q)));
  }
  if (advance)
    for (const ptr of [...Array.from({ length: MR }, (_, r) => aRow(r)), 'b0', 'b1', 'b2', 'b3'])
      out.push(f.bump(ptr, op.i32Const(16)));
  return out;
}

/** Pointers to rows i + r of A and j + q of B, clamped to the last row (its results dropped); accumulators zeroed. */
function dotsPointers(f: FunctionBuilder): Code[] {
  const MR = DOT_ROWS;
  const pointers: Code[] = [];
  const clamp = (base: string, first: string, off: number, count: string, stride: string, into: string): Code => [
    f.get(base),
    [f.get(first), op.i32Const(off), op.i32Add, f.get(count), op.i32Const(1), op.i32Sub],
    [f.get(first), op.i32Const(off), op.i32Add, f.get(count), op.i32LtS, op.select],
    f.get(stride),
    op.i32Mul,
    op.i32Add,
    f.set(into),
  ];
  for (let r = 0; r < MR; r++) pointers.push(clamp('ap', 'i', r, 'M', 'lda', aRow(r)));
  for (let q = 0; q < 4; q++) pointers.push(clamp('bp', 'j', q, 'N', 'ldb', bRow(q)));
  for (let r = 0; r < MR; r++) for (let q = 0; q < 4; q++) pointers.push(v.f64x2(0), f.set(dotAcc(r, q)));
  return pointers;
}

/** Each entry is alpha times the sum of its accumulator's two lanes; then stored like gemmStrips' rows. */
function dotsStore(f: FunctionBuilder): Code[] {
  const c = [f.get('cp'), f.get('i'), f.get('ldc'), op.i32Mul, op.i32Add];
  const store: Code[] = [[c, f.get('j'), op.i32Const(3), op.i32Shl, op.i32Add, f.set('c')]];
  const sum = (r: number, q: number): Code => {
    const lanes = [f.get(dotAcc(r, q)), v.f64x2ExtractLane(0), f.get(dotAcc(r, q)), v.f64x2ExtractLane(1)];
    return [lanes, op.f64Add, f.get('alpha'), op.f64Mul];
  };
  for (let r = 0; r < DOT_ROWS; r++) {
    const row: Code = [
      [sum(r, 0), v.f64x2Splat, sum(r, 1), v.f64x2ReplaceLane(1), f.set('lo')],
      [sum(r, 2), v.f64x2Splat, sum(r, 3), v.f64x2ReplaceLane(1), f.set('hi')],
      storeRow(f, 'c', 'lo', 'hi', 'cols', 'add'),
      f.bump('c', f.get('ldc')),
    ];
    store.push(r === 0 ? row : [f.get('rows'), op.i32Const(r), op.i32GtS, op.if, row, op.end]);
  }
  return store;
}

/** local `into` := min(count - first, most), for the rows or columns left in the last block. */
function leftInBlock(f: FunctionBuilder, into: string, count: string, first: string, most: number): Code {
  const left = [f.get(count), f.get(first), op.i32Sub, f.tee(into)];
  return [left, op.i32Const(most), f.get(into), op.i32Const(most), op.i32LtS, op.select, f.set(into)];
}

export function gemmDots(): FunctionBuilder {
  const MR = DOT_ROWS;
  const f = dotsFunction();
  const pairs = countDown(f, 'k', dotsStep(f, v.load(0), true));
  const block: Code = [
    leftInBlock(f, 'cols', 'N', 'j', 4),
    dotsPointers(f),
    [f.get('klen'), op.i32Const(1), op.i32ShrU, f.tee('k'), op.if, pairs, op.end],
    [f.get('klen'), op.i32Const(1), op.i32And, op.if, dotsStep(f, v.load64Zero(0), false), op.end],
    dotsStore(f),
  ];
  const columns = [op.i32Const(0), f.set('j'), op.loop, block, f.bump('j', op.i32Const(4))];
  const rowBlock = [
    leftInBlock(f, 'rows', 'M', 'i', MR),
    columns,
    [f.get('j'), f.get('N'), op.i32LtS, op.brIf(0)],
    op.end,
  ];
  const next = [f.bump('i', op.i32Const(MR)), [f.get('i'), f.get('M'), op.i32LtS, op.brIf(0)]];
  return f.code([op.i32Const(0), f.set('i'), op.loop, rowBlock, next, op.end]);
}
