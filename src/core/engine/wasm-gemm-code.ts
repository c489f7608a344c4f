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
function storeRow(f: FunctionBuilder, c: string, lo: string, hi: string, cols: string, add: string): Code {
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

export function gemmStrips(): FunctionBuilder {
  const MR = STRIP_ROWS;
  const p = (n: string): [string, 'i32'] => [n, 'i32'];
  const f = new FunctionBuilder('gemmStrips', [
    p('ap'),
    p('aRow'),
    p('aStep'),
    p('aPanel'),
    p('bp'),
    p('bStep'),
    p('bPanel'),
    p('cp'),
    p('ldc'),
    p('mb'),
    p('nb'),
    p('mLast'),
    p('nLast'),
    p('klen'),
    ['alpha', 'f64'],
    p('add'),
  ]);
  const rowPtr = (r: number) => `a${r}`;
  const acc = (r: number, h: number) => `acc${r}_${h}`;
  f.locals('i32', 'ib', 'jb', 'k', 'b', 'c', 'rows', 'cols', 'base', 'bBase');
  f.locals('i32', ...Array.from({ length: MR }, (_, r) => rowPtr(r)));
  f.locals('v128', 'b0', 'b1', 'av', 'alphaV');
  f.locals('v128', ...Array.from({ length: MR * 2 }, (_, i) => acc(i >> 1, i & 1)));

  const step: Code[] = [f.get('b'), v.load(0), f.set('b0'), f.get('b'), v.load(16), f.set('b1')];
  for (let r = 0; r < MR; r++) {
    step.push(f.get(rowPtr(r)), v.load64Splat(0), f.set('av'));
    for (let h = 0; h < 2; h++)
      step.push(f.get(acc(r, h)), f.get('av'), f.get(h === 0 ? 'b0' : 'b1'), v.f64x2Mul, v.f64x2Add, f.set(acc(r, h)));
  }
  for (let r = 0; r < MR; r++) step.push(f.bump(rowPtr(r), f.get('aStep')));
  step.push(f.bump('b', f.get('bStep')));

  const start: Code[] = [
    // rows = ib == mb - 1 ? mLast : MR
    f.get('mLast'),
    op.i32Const(MR),
    f.get('ib'),
    f.get('mb'),
    op.i32Const(1),
    op.i32Sub,
    op.i32Eq,
    op.select,
    f.set('rows'),
    f.get('ap'),
    f.get('ib'),
    f.get('aPanel'),
    op.i32Mul,
    op.i32Add,
    f.set('base'),
  ];
  for (let r = 0; r < MR; r++) start.push(clampedRow(f, 'base', r, 'rows', 'aRow'), f.set(rowPtr(r)));
  start.push(f.get('bBase'), f.set('b'));
  for (let r = 0; r < MR; r++) for (let h = 0; h < 2; h++) start.push(v.f64x2(0), f.set(acc(r, h)));

  const store: Code[] = [
    // c = cp + ib·MR·ldc + jb·32
    f.get('cp'),
    f.get('ib'),
    op.i32Const(MR),
    op.i32Mul,
    f.get('ldc'),
    op.i32Mul,
    op.i32Add,
    f.get('jb'),
    op.i32Const(5),
    op.i32Shl,
    op.i32Add,
    f.set('c'),
  ];
  for (let r = 0; r < MR; r++) {
    const row: Code = [
      f.get(acc(r, 0)),
      f.get('alphaV'),
      v.f64x2Mul,
      f.set(acc(r, 0)),
      f.get(acc(r, 1)),
      f.get('alphaV'),
      v.f64x2Mul,
      f.set(acc(r, 1)),
      storeRow(f, 'c', acc(r, 0), acc(r, 1), 'cols', 'add'),
      f.bump('c', f.get('ldc')),
    ];
    store.push(r === 0 ? row : [f.get('rows'), op.i32Const(r), op.i32GtS, op.if, row, op.end]);
  }

  const rowBlock: Code = [start, f.get('klen'), f.set('k'), countDown(f, 'k', step), store];
  f.code([
    f.get('alpha'),
    v.f64x2Splat,
    f.set('alphaV'),
    op.i32Const(0),
    f.set('jb'),
    op.loop,
    [
      f.get('nLast'),
      op.i32Const(4),
      f.get('jb'),
      f.get('nb'),
      op.i32Const(1),
      op.i32Sub,
      op.i32Eq,
      op.select,
      f.set('cols'),
      f.get('bp'),
      f.get('jb'),
      f.get('bPanel'),
      op.i32Mul,
      op.i32Add,
      f.set('bBase'),
      op.i32Const(0),
      f.set('ib'),
      op.loop,
      rowBlock,
      f.bump('ib', op.i32Const(1)),
      f.get('ib'),
      f.get('mb'),
      op.i32Ne,
      op.brIf(0),
      op.end,
    ],
    f.bump('jb', op.i32Const(1)),
    f.get('jb'),
    f.get('nb'),
    op.i32Ne,
    op.brIf(0),
    op.end,
  ]);
  return f;
}

export function gemmDots(): FunctionBuilder {
  const MR = DOT_ROWS;
  const p = (n: string): [string, 'i32'] => [n, 'i32'];
  const f = new FunctionBuilder('gemmDots', [
    p('ap'),
    p('lda'),
    p('bp'),
    p('ldb'),
    p('cp'),
    p('ldc'),
    p('M'),
    p('N'),
    p('klen'),
    ['alpha', 'f64'],
    p('add'),
  ]);
  const aRow = (r: number) => `a${r}`;
  const bRow = (q: number) => `b${q}`;
  const acc = (r: number, q: number) => `acc${r}_${q}`;
  const va = (r: number) => `va${r}`;
  f.locals('i32', 'i', 'j', 'k', 'c', 'rows', 'cols');
  f.locals('i32', ...Array.from({ length: MR }, (_, r) => aRow(r)), 'b0', 'b1', 'b2', 'b3');
  f.locals('v128', 'vb', 'lo', 'hi', ...Array.from({ length: MR }, (_, r) => va(r)));
  f.locals('v128', ...Array.from({ length: MR * 4 }, (_, x) => acc(Math.floor(x / 4), x % 4)));

  /** One step over two k (load = v128.load) or, at an odd end, over one (load64 into lane 0, lane 1 zero). */
  const step = (load: Code, advance: boolean): Code => {
    const out: Code[] = [];
    for (let r = 0; r < MR; r++) out.push(f.get(aRow(r)), load, f.set(va(r)));
    for (let q = 0; q < 4; q++) {
      out.push(f.get(bRow(q)), load, f.set('vb'));
      for (let r = 0; r < MR; r++)
        out.push(f.get(acc(r, q)), f.get(va(r)), f.get('vb'), v.f64x2Mul, v.f64x2Add, f.set(acc(r, q)));
    }
    if (advance)
      for (const ptr of [...Array.from({ length: MR }, (_, r) => aRow(r)), 'b0', 'b1', 'b2', 'b3'])
        out.push(f.bump(ptr, op.i32Const(16)));
    return out;
  };
  // Pointers to rows i + r of A and j + q of B, clamped to the last row (those results are dropped).
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
  for (let r = 0; r < MR; r++) for (let q = 0; q < 4; q++) pointers.push(v.f64x2(0), f.set(acc(r, q)));

  // Each entry is alpha times the sum of its accumulator's two lanes; then stored like gemmStrips' rows.
  const store: Code[] = [
    [
      f.get('cp'),
      f.get('i'),
      f.get('ldc'),
      op.i32Mul,
      op.i32Add,
      f.get('j'),
      op.i32Const(3),
      op.i32Shl,
      op.i32Add,
      f.set('c'),
    ],
  ];
  const sum = (r: number, q: number): Code => [
    f.get(acc(r, q)),
    v.f64x2ExtractLane(0),
    f.get(acc(r, q)),
    v.f64x2ExtractLane(1),
    op.f64Add,
    f.get('alpha'),
    op.f64Mul,
  ];
  for (let r = 0; r < MR; r++) {
    const row: Code = [
      [sum(r, 0), v.f64x2Splat, sum(r, 1), v.f64x2ReplaceLane(1), f.set('lo')],
      [sum(r, 2), v.f64x2Splat, sum(r, 3), v.f64x2ReplaceLane(1), f.set('hi')],
      storeRow(f, 'c', 'lo', 'hi', 'cols', 'add'),
      f.bump('c', f.get('ldc')),
    ];
    store.push(r === 0 ? row : [f.get('rows'), op.i32Const(r), op.i32GtS, op.if, row, op.end]);
  }

  const block: Code = [
    [
      f.get('N'),
      f.get('j'),
      op.i32Sub,
      f.tee('cols'),
      op.i32Const(4),
      f.get('cols'),
      op.i32Const(4),
      op.i32LtS,
      op.select,
      f.set('cols'),
    ],
    pointers,
    [f.get('klen'), op.i32Const(1), op.i32ShrU, f.tee('k'), op.if, countDown(f, 'k', step(v.load(0), true)), op.end],
    [f.get('klen'), op.i32Const(1), op.i32And, op.if, step(v.load64Zero(0), false), op.end],
    store,
  ];
  f.code([
    op.i32Const(0),
    f.set('i'),
    op.loop,
    [
      f.get('M'),
      f.get('i'),
      op.i32Sub,
      f.tee('rows'),
      op.i32Const(MR),
      f.get('rows'),
      op.i32Const(MR),
      op.i32LtS,
      op.select,
      f.set('rows'),
    ],
    op.i32Const(0),
    f.set('j'),
    op.loop,
    block,
    f.bump('j', op.i32Const(4)),
    [f.get('j'), f.get('N'), op.i32LtS, op.brIf(0)],
    op.end,
    f.bump('i', op.i32Const(MR)),
    [f.get('i'), f.get('M'), op.i32LtS, op.brIf(0)],
    op.end,
  ]);
  return f;
}
