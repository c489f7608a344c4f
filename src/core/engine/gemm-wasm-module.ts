// Emits, byte by byte, a small WebAssembly module (SIMD, f64x2) holding the two GEMM kernels
// used by gemm-wasm.ts. Written as a generator so no assembler is needed.
//
// Exported function `kernel(ap, aPanel, aStep, bp, bPanel, bStep, cp, mb, nb, klen, ldc)`
// (all i32; addresses and strides in bytes): for every row block ib < mb and column block jb < nb,
//   C[4ib .. 4ib+3, 4jb .. 4jb+3] += sum over k < klen of A[4ib + r, k] · B[k, 4jb + c]
// where A[4ib + r, k] is the f64 at ap + ib·aPanel + k·aStep + r·8, B[k, 4jb + c] the one at
// bp + jb·bPanel + k·bStep + c·8, and C is row-major with rows ldc bytes apart. Packed panels
// (aPanel = K·32, aStep = 32) and plain row-major storage (aPanel = 32, aStep = row bytes) both fit.
//
// Exported function `kernelNT(ap, lda, bp, ldb, cp, ldc, mb, nb, klen)` for C += A Bᵀ with both
// operands read along k straight from row-major storage (no packing): for every row pair
// ib < mb and column block jb < nb, C[2ib + r, 4jb + c] += sum over k < klen of
// A[2ib + r, k] · B[4jb + c, k], where A[i, k] is the f64 at ap + i·lda + k·8 and B[j, k] the one
// at bp + j·ldb + k·8. klen must be even (two k at a time in each f64x2).
// The memory is imported as env.memory.

const I32 = 0x7f;
const V128 = 0x7b;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function name(s: string): number[] {
  return [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

// Instructions used by the kernel.
const get = (l: number) => [0x20, ...uleb(l)];
const set = (l: number) => [0x21, ...uleb(l)];
const i32 = (n: number) => [0x41, ...sleb(n)];
const add = [0x6a];
const sub = [0x6b];
const mul = [0x6c];
const shl = [0x74];
const shrU = [0x76];
const ne = [0x47];
const simd = (op: number, ...imm: number[]) => [0xfd, ...uleb(op), ...imm];
const memarg = (align: number, offset: number) => [...uleb(align), ...uleb(offset)];
const v128Load = (offset: number) => simd(0x00, ...memarg(4, offset));
const v128Store = (offset: number) => simd(0x0b, ...memarg(4, offset));
const load64Splat = (offset: number) => simd(0x0a, ...memarg(3, offset));
const v128Zero = simd(0x0c, ...new Array<number>(16).fill(0));
const f64x2Add = simd(0xf0);
const f64x2Mul = simd(0xf2);
const f64x2Lane = (lane: number) => simd(0x21, lane);
const f64Load = (offset: number) => [0x2b, ...memarg(3, offset)];
const f64Store = (offset: number) => [0x39, ...memarg(3, offset)];
const f64Add = [0xa0];
const loop = [0x03, 0x40];
const end = [0x0b];
const brIf = (depth: number) => [0x0d, ...uleb(depth)];

/** A function body from its local declarations and code (the final `end` included). */
function body(locals: number[][], code: number[]): number[] {
  const b = [...vec(locals), ...code];
  return [...uleb(b.length), ...b];
}

/** `for (counter = 0; counter != limit; counter++) loopBody`, with limit at least 1 (a do-while loop). */
function countUp(counter: number, limit: number, loopBody: number[]): number[] {
  const next = [...get(counter), ...i32(1), ...add, ...set(counter)];
  return [
    ...i32(0),
    ...set(counter),
    ...loop,
    ...loopBody,
    ...next,
    ...get(counter),
    ...get(limit),
    ...ne,
    ...brIf(0),
    ...end,
  ];
}

/** `counter = first; do loopBody while (--counter != 0)`, with first at least 1. */
function countDown(counter: number, first: number[], loopBody: number[]): number[] {
  const next = [...get(counter), ...i32(1), ...sub, ...set(counter)];
  return [...first, ...set(counter), ...loop, ...loopBody, ...next, ...get(counter), ...brIf(0), ...end];
}

/** kernel's parameters (0..10), then its locals, by index. */
const K = {
  ap: 0,
  aPanel: 1,
  aStep: 2,
  bp: 3,
  bPanel: 4,
  bStep: 5,
  cp: 6,
  mb: 7,
  nb: 8,
  klen: 9,
  ldc: 10,
  ib: 11,
  jb: 12,
  k: 13,
  a: 14,
  b: 15,
  c: 16,
  b0: 25,
  b1: 26,
  av: 27,
};
/** kernel's 8 accumulators (locals 17..24): row r, half h. */
const kernelAcc = (r: number, h: number) => 17 + r * 2 + h;

/** One k of kernel: the 4 × 4 block's accumulators gain A's 4 rows times B's 4 columns at k; a, b move on. */
function kernelMicroStep(): number[] {
  const { a, b, b0, b1, av, aStep, bStep } = K;
  const step: number[] = [...get(b), ...v128Load(0), ...set(b0), ...get(b), ...v128Load(16), ...set(b1)];
  for (let r = 0; r < 4; r++) {
    step.push(...get(a), ...load64Splat(r * 8), ...set(av));
    for (let h = 0; h < 2; h++) {
      const acc = kernelAcc(r, h);
      step.push(...get(acc), ...get(av), ...get(h === 0 ? b0 : b1), ...f64x2Mul, ...f64x2Add, ...set(acc));
    }
  }
  step.push(...get(a), ...get(aStep), ...add, ...set(a), ...get(b), ...get(bStep), ...add, ...set(b));
  return step;
}

/** kernel's block (ib, jb): zeroes the accumulators, sums over k, then adds them into C's 4 × 4 block. */
function kernelBlock(): number[] {
  const { ap, aPanel, bp, bPanel, cp, klen, ldc, ib, jb, k, a, b, c } = K;
  const zeroAcc: number[] = [];
  for (let r = 0; r < 4; r++) for (let h = 0; h < 2; h++) zeroAcc.push(...v128Zero, ...set(kernelAcc(r, h)));
  const panels = [...get(ap), ...get(ib), ...get(aPanel), ...mul, ...add, ...set(a)];
  panels.push(...get(bp), ...get(jb), ...get(bPanel), ...mul, ...add, ...set(b));
  // c = cp + ib·4·ldc + jb·32
  const cBlock = [...get(cp), ...get(ib), ...get(ldc), ...mul, ...i32(2), ...shl, ...add];
  cBlock.push(...get(jb), ...i32(5), ...shl, ...add, ...set(c));
  return [...panels, ...zeroAcc, ...countDown(k, get(klen), kernelMicroStep()), ...cBlock, ...kernelStore()];
}

/** Adds kernel's accumulators into C's 4 × 4 block at c, one row (ldc bytes) at a time. */
function kernelStore(): number[] {
  const { c, ldc } = K;
  const store: number[] = [];
  for (let r = 0; r < 4; r++) {
    for (let h = 0; h < 2; h++) {
      store.push(...get(c), ...get(c), ...v128Load(h * 16), ...get(kernelAcc(r, h)), ...f64x2Add, ...v128Store(h * 16));
    }
    store.push(...get(c), ...get(ldc), ...add, ...set(c));
  }
  return store;
}

function kernelBody(): number[] {
  const { ib, jb, mb, nb } = K;
  const code = [...countUp(jb, nb, countUp(ib, mb, kernelBlock())), ...end];
  return body(
    [
      [...uleb(6), I32],
      [...uleb(11), V128],
    ],
    code,
  );
}

/** kernelNT's parameters (0..8), then its locals, by index. */
const NT = {
  ap: 0,
  lda: 1,
  bp: 2,
  ldb: 3,
  cp: 4,
  ldc: 5,
  mb: 6,
  nb: 7,
  klen: 8,
  ib: 9,
  jb: 10,
  k: 11,
  c: 12,
  va0: 27,
  va1: 28,
  vb: 29,
};
const aRow = (r: number) => 13 + r; // 2 row pointers into A
const bRow = (q: number) => 15 + q; // 4 row pointers into B
const ntAcc = (r: number, q: number) => 19 + r * 4 + q; // 8 accumulators, each summing even and odd k

/** Two k of kernelNT: each accumulator gains A's row r times B's row q at k and k + 1; the pointers move on. */
function kernelNTStep(): number[] {
  const { va0, va1, vb } = NT;
  const step: number[] = [...get(aRow(0)), ...v128Load(0), ...set(va0), ...get(aRow(1)), ...v128Load(0), ...set(va1)];
  for (let q = 0; q < 4; q++) {
    step.push(...get(bRow(q)), ...v128Load(0), ...set(vb));
    for (let r = 0; r < 2; r++) {
      const acc = ntAcc(r, q);
      step.push(...get(acc), ...get(r === 0 ? va0 : va1), ...get(vb), ...f64x2Mul, ...f64x2Add, ...set(acc));
    }
  }
  for (const p of [aRow(0), aRow(1), bRow(0), bRow(1), bRow(2), bRow(3)])
    step.push(...get(p), ...i32(16), ...add, ...set(p));
  return step;
}

/** kernelNT's row pointers for block (ib, jb), and its accumulators zeroed. */
function kernelNTPointers(): number[] {
  const { ap, lda, bp, ldb, ib, jb } = NT;
  const pointers = [...get(ap), ...get(ib), ...get(lda), ...mul, ...i32(1), ...shl, ...add, ...set(aRow(0))];
  pointers.push(...get(aRow(0)), ...get(lda), ...add, ...set(aRow(1)));
  pointers.push(...get(bp), ...get(jb), ...get(ldb), ...mul, ...i32(2), ...shl, ...add, ...set(bRow(0)));
  for (let q = 1; q < 4; q++) pointers.push(...get(bRow(q - 1)), ...get(ldb), ...add, ...set(bRow(q)));
  for (let r = 0; r < 2; r++) for (let q = 0; q < 4; q++) pointers.push(...v128Zero, ...set(ntAcc(r, q)));
  return pointers;
}

/** c = cp + ib·2·ldc + jb·32; each C entry of the 2 × 4 block gains the sum of its accumulator's two lanes. */
function kernelNTStore(): number[] {
  const { cp, ib, ldc, jb, c } = NT;
  const store = [...get(cp), ...get(ib), ...get(ldc), ...mul, ...i32(1), ...shl, ...add];
  store.push(...get(jb), ...i32(5), ...shl, ...add, ...set(c));
  for (let r = 0; r < 2; r++) {
    for (let q = 0; q < 4; q++) {
      const lanes = [...get(ntAcc(r, q)), ...f64x2Lane(0), ...get(ntAcc(r, q)), ...f64x2Lane(1), ...f64Add];
      store.push(...get(c), ...get(c), ...f64Load(q * 8), ...lanes, ...f64Add, ...f64Store(q * 8));
    }
    store.push(...get(c), ...get(ldc), ...add, ...set(c));
  }
  return store;
}

function kernelNTBody(): number[] {
  const { ib, jb, k, mb, nb, klen } = NT;
  const sumOverK = countDown(k, [...get(klen), ...i32(1), ...shrU], kernelNTStep());
  const block = [...kernelNTPointers(), ...sumOverK, ...kernelNTStore()];
  const code = [...countUp(ib, mb, countUp(jb, nb, block)), ...end];
  return body(
    [
      [...uleb(10), I32],
      [...uleb(11), V128],
    ],
    code,
  );
}

/** The module's bytes; in both kernels `klen`, `mb` and `nb` must be at least 1. */
export function gemmKernelModuleBytes(): Uint8Array<ArrayBuffer> {
  const i32Params = (n: number) => [0x60, ...vec(new Array<number[]>(n).fill([I32])), 0x00];
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec([i32Params(11), i32Params(9)])),
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, ...uleb(1)]])),
    ...section(3, vec([uleb(0), uleb(1)])),
    ...section(
      7,
      vec([
        [...name('kernel'), 0x00, ...uleb(0)],
        [...name('kernelNT'), 0x00, ...uleb(1)],
      ]),
    ),
    ...section(10, vec([kernelBody(), kernelNTBody()])),
  ];
  return Uint8Array.from(bytes);
}
