// Float64 buffers that live in WebAssembly memory, so the engine's wasm kernels work on them in
// place across layers and steps (no copies in or out). One arena per network: its own shared
// memory (growing it never detaches the views already handed out) and its own instance of the
// kernel module. Where shared WebAssembly memory is missing, `createArena` returns undefined and
// the engine keeps plain Float64Arrays and its JavaScript path.
import { kernelBytes } from './kernelBytes';

type I = number;
/** The module's exports (pointers are byte addresses); see wasm-gemm-code.ts, wasm-sparse-code.ts and wasm-layer-code.ts. */
export interface Kernels {
  gemmStrips(
    ap: I,
    aRow: I,
    aStep: I,
    aPanel: I,
    bp: I,
    bStep: I,
    bPanel: I,
    cp: I,
    ldc: I,
    mb: I,
    nb: I,
    mLast: I,
    nLast: I,
    klen: I,
    alpha: number,
    add: I,
  ): void;
  gemmDots(ap: I, lda: I, bp: I, ldb: I, cp: I, ldc: I, M: I, N: I, klen: I, alpha: number, add: I): void;
  transposeToPanels(src: I, ld: I, rows: I, cols: I, dst: I): void;
  compactRows(p: I, rows: I, ld: I, klen: I, ldb: I, vals: I, offs: I, starts: I): number;
  sparseRowsProduct(
    vals: I,
    offs: I,
    starts: I,
    M: I,
    bp: I,
    bPanel: I,
    N: I,
    cp: I,
    ldc: I,
    alpha: number,
    add: I,
  ): void;
  biasSigmoid(zp: I, ap: I, bp: I, n: I, m: I, alpha: number): void;
  biasTanh(zp: I, ap: I, bp: I, n: I, m: I, alpha: number): void;
  biasRelu(zp: I, ap: I, bp: I, n: I, m: I, alpha: number): void;
  biasLeakyRelu(zp: I, ap: I, bp: I, n: I, m: I, alpha: number): void;
  biasLinear(zp: I, ap: I, bp: I, n: I, m: I, alpha: number): void;
  backSigmoid(dap: I, zp: I, ap: I, dzp: I, size: I, alpha: number): void;
  backTanh(dap: I, zp: I, ap: I, dzp: I, size: I, alpha: number): void;
  backRelu(dap: I, zp: I, ap: I, dzp: I, size: I, alpha: number): void;
  backLeakyRelu(dap: I, zp: I, ap: I, dzp: I, size: I, alpha: number): void;
  backLinear(dap: I, zp: I, ap: I, dzp: I, size: I, alpha: number): void;
  outputDelta(ap: I, yp: I, dzp: I, size: I): void;
  rowMeans(p: I, n: I, m: I, out: I): void;
  bceSigmoidLoss(zp: I, yp: I, size: I): number;
  softmaxColumns(zp: I, ap: I, n: I, m: I, lsep: I): void;
  sumSquares(p: I, size: I): number;
  allFinite(p: I, size: I): number;
  gdUpdate(tp: I, gp: I, size: I, lr: number): number;
  mapExp(src: I, dst: I, n: I): void;
  mapTanh(src: I, dst: I, n: I): void;
  mapSigmoid(src: I, dst: I, n: I): void;
  mapLog(src: I, dst: I, n: I): void;
  mapLog1p(src: I, dst: I, n: I): void;
}

/** The part of the WebAssembly API used here (the core's TypeScript sees no DOM library). */
interface WasmMemory {
  readonly buffer: ArrayBufferLike;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}

const PAGE = 65536;
/** Every buffer starts on a cache line and is followed by this many spare bytes (kernels may read past the end). */
const ALIGN = 64;
const SLACK = 64;
const MAX_PAGES = 65536;

let compiled: object | null | undefined;

function kernelModule(wasm: WasmApi): object | null {
  if (compiled === undefined) {
    try {
      compiled = new wasm.Module(kernelBytes()); // synchronous, about 1 ms: compiled lazily
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Which arena each buffer generation belongs to. */
const owners = new WeakMap<ArrayBufferLike, Arena>();

export class Arena {
  private top = 0;

  private constructor(
    private readonly memory: WasmMemory,
    readonly kernels: Kernels,
  ) {
    owners.set(memory.buffer, this);
  }

  /** A new arena, or undefined without WebAssembly SIMD and shared memory. */
  static create(): Arena | undefined {
    const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (typeof wasm !== 'object') return undefined;
    const module = kernelModule(wasm);
    if (module === null) return undefined;
    try {
      const memory = new wasm.Memory({ initial: 1, maximum: MAX_PAGES, shared: true });
      const instance = new wasm.Instance(module, { env: { memory } });
      return new Arena(memory, instance.exports as Kernels);
    } catch {
      return undefined;
    }
  }

  /** A zeroed buffer of n doubles in this arena's memory. */
  alloc(n: number): Float64Array {
    const start = Math.ceil(this.top / ALIGN) * ALIGN;
    const end = start + n * 8 + SLACK;
    const have = this.memory.buffer.byteLength;
    if (end > have) {
      const pages = Math.ceil((end - have) / PAGE);
      this.memory.grow(Math.min(MAX_PAGES - have / PAGE, Math.max(pages, have / PAGE)));
      owners.set(this.memory.buffer, this);
    }
    this.top = end;
    return new Float64Array(this.memory.buffer, start, n);
  }

  owns(a: Float64Array): boolean {
    return owners.get(a.buffer) === this;
  }
}

/** The arena holding `a`, if any. */
export function arenaOf(a: Float64Array): Arena | undefined {
  return owners.get(a.buffer);
}
