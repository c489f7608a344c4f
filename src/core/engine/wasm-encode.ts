// A tiny WebAssembly binary encoder: opcodes by name, LEB128 numbers, sections, and a function
// builder with named locals. The engine's kernels are written with it in TypeScript (no assembler).

/** Code is written as nested arrays of bytes; `flat` joins them. */
export type Code = number | readonly Code[];

export function flat(code: Code): number[] {
  const out: number[] = [];
  walk(code, out);
  return out;
}

function walk(c: Code, out: number[]): void {
  if (typeof c === 'number') out.push(c);
  else for (let i = 0; i < c.length; i++) walk(c[i], out);
}

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

export type ValType = 'i32' | 'f64' | 'v128';
const typeCode: Record<ValType, number> = { i32: 0x7f, f64: 0x7c, v128: 0x7b };

/** Plain (one-byte) opcodes. */
export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: 0x05,
  end: 0x0b,
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  return: 0x0f,
  select: 0x1b,
  f64Load: (offset = 0) => [0x2b, 3, ...uleb(offset)],
  f64Store: (offset = 0) => [0x39, 3, ...uleb(offset)],
  i32Load: (offset = 0) => [0x28, 2, ...uleb(offset)],
  i32Store: (offset = 0) => [0x36, 2, ...uleb(offset)],
  i32Const: (n: number) => [0x41, ...sleb(n)],
  f64Const: (x: number) => [0x44, ...f64Bytes(x)],
  i32Eqz: 0x45,
  i32Eq: 0x46,
  i32Ne: 0x47,
  i32LtS: 0x48,
  i32GtS: 0x4a,
  i32LeS: 0x4c,
  i32GeS: 0x4e,
  f64Eq: 0x61,
  f64Ne: 0x62,
  f64Lt: 0x63,
  f64Gt: 0x64,
  f64Le: 0x65,
  f64Ge: 0x66,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Or: 0x72,
  i32Shl: 0x74,
  i32ShrS: 0x75,
  i32ShrU: 0x76,
  f64Abs: 0x99,
  f64Neg: 0x9a,
  f64Add: 0xa0,
  f64Sub: 0xa1,
  f64Mul: 0xa2,
  f64Div: 0xa3,
  f64Min: 0xa4,
  f64Max: 0xa5,
  f64ConvertI32S: 0xb7,
} as const;

/** SIMD opcodes (prefix 0xfd); memory accesses take a byte offset and assume natural alignment. */
const simd = (code: number, ...imm: number[]) => [0xfd, ...uleb(code), ...imm];
export const v = {
  load: (offset = 0) => simd(0x00, 4, ...uleb(offset)),
  load64Splat: (offset = 0) => simd(0x0a, 3, ...uleb(offset)),
  store: (offset = 0) => simd(0x0b, 4, ...uleb(offset)),
  /** Stores lane 0 (one f64). */
  store64Lane0: (offset = 0) => simd(0x5b, 3, ...uleb(offset), 0),
  /** Loads one f64 into lane 0; lane 1 is zero. */
  load64Zero: (offset = 0) => simd(0x5d, 3, ...uleb(offset)),
  /** A v128 constant holding two f64 lanes. */
  f64x2: (a: number, b = a) => simd(0x0c, ...f64Bytes(a), ...f64Bytes(b)),
  /** A v128 constant holding two i64 lanes, each given as a bigint. */
  i64x2: (a: bigint, b = a) => simd(0x0c, ...i64Bytes(a), ...i64Bytes(b)),
  f64x2Splat: simd(0x14),
  f64x2ExtractLane: (lane: number) => simd(0x21, lane),
  f64x2ReplaceLane: (lane: number) => simd(0x22, lane),
  f64x2Eq: simd(0x47),
  f64x2Ne: simd(0x48),
  f64x2Lt: simd(0x49),
  f64x2Gt: simd(0x4a),
  f64x2Le: simd(0x4b),
  f64x2Ge: simd(0x4c),
  not: simd(0x4d),
  and: simd(0x4e),
  andNot: simd(0x4f),
  or: simd(0x50),
  xor: simd(0x51),
  /** bitselect(a, b, mask): bits of a where mask is 1, of b elsewhere. */
  bitselect: simd(0x52),
  anyTrue: simd(0x53),
  f64x2Nearest: simd(0x94),
  /** Shifts by a constant number of bits. */
  i64x2Shl: (bits: number) => [0x41, ...sleb(bits), ...simd(0xcb)],
  i64x2ShrS: (bits: number) => [0x41, ...sleb(bits), ...simd(0xcc)],
  i64x2ShrU: (bits: number) => [0x41, ...sleb(bits), ...simd(0xcd)],
  i64x2Add: simd(0xce),
  i64x2Sub: simd(0xd1),
  f64x2Abs: simd(0xec),
  f64x2Neg: simd(0xed),
  f64x2Add: simd(0xf0),
  f64x2Sub: simd(0xf1),
  f64x2Mul: simd(0xf2),
  f64x2Div: simd(0xf3),
  /** IEEE-style min/max: NaN in either operand gives NaN. */
  f64x2Min: simd(0xf4),
  f64x2Max: simd(0xf5),
} as const;

function f64Bytes(x: number): number[] {
  return Array.from(new Uint8Array(Float64Array.of(x).buffer));
}

function i64Bytes(x: bigint): number[] {
  return Array.from(new Uint8Array(BigInt64Array.of(x).buffer));
}

/** One exported function: parameters and locals by name, then its code. */
export class FunctionBuilder {
  private readonly index = new Map<string, number>();
  private readonly localTypes: ValType[] = [];
  private readonly accesses = new Map<string, readonly number[]>();
  private body: Code = [];

  constructor(
    readonly name: string,
    readonly params: readonly [string, ValType][],
    readonly results: readonly ValType[] = [],
  ) {
    params.forEach(([n], i) => this.index.set(n, i));
  }

  /** Declares locals (names must be new). */
  locals(type: ValType, ...names: string[]): this {
    for (const n of names) {
      if (this.index.has(n)) throw new Error(`${this.name}: local ${n} declared twice`);
      this.index.set(n, this.params.length + this.localTypes.length);
      this.localTypes.push(type);
    }
    return this;
  }

  get(n: string): readonly number[] {
    return this.access(0x20, n);
  }

  set(n: string): readonly number[] {
    return this.access(0x21, n);
  }

  tee(n: string): readonly number[] {
    return this.access(0x22, n);
  }

  /** local.get / set / tee of a local, made once per local (code arrays are never modified). */
  private access(opcode: number, n: string): readonly number[] {
    const key = `${opcode} ${n}`;
    let code = this.accesses.get(key);
    if (!code) {
      code = [opcode, ...uleb(this.at(n))];
      this.accesses.set(key, code);
    }
    return code;
  }

  /** local n := local n + step (i32). */
  bump(n: string, step: Code): Code {
    return [this.get(n), step, op.i32Add, this.set(n)];
  }

  code(body: Code): this {
    this.body = body;
    return this;
  }

  typeBytes(): number[] {
    const types = (ts: readonly ValType[]) => [...uleb(ts.length), ...ts.map((t) => typeCode[t])];
    return [0x60, ...types(this.params.map(([, t]) => t)), ...types(this.results)];
  }

  bodyBytes(): number[] {
    const groups: number[] = [];
    let count = 0;
    for (let i = 0; i < this.localTypes.length;) {
      let j = i;
      while (j < this.localTypes.length && this.localTypes[j] === this.localTypes[i]) j++;
      groups.push(...uleb(j - i), typeCode[this.localTypes[i]]);
      count++;
      i = j;
    }
    // concat rather than spreads: the bodies are thousands of bytes long
    const b = uleb(count).concat(groups, flat(this.body), [op.end]);
    return uleb(b.length).concat(b);
  }

  private at(n: string): number {
    const i = this.index.get(n);
    if (i === undefined) throw new Error(`${this.name}: unknown local ${n}`);
    return i;
  }
}

/** `for (; counter != 0; counter--) body` with counter >= 1 on entry (a do-while loop). */
export function countDown(f: FunctionBuilder, counter: string, body: Code): Code {
  return [op.loop, body, f.get(counter), op.i32Const(1), op.i32Sub, f.tee(counter), op.brIf(0), op.end];
}

/** `while (test) body`, test evaluated first (an i32 condition). */
export function whileLoop(test: Code, body: Code): Code {
  return [op.block, op.loop, test, op.i32Eqz, op.brIf(1), body, op.br(0), op.end, op.end];
}

function name(s: string): number[] {
  return [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
}

function section(id: number, body: number[]): number[] {
  return [id].concat(uleb(body.length), body);
}

function vec(items: number[][]): number[] {
  return uleb(items.length).concat(...items);
}

/** A module importing its memory as env.memory (shared when `shared`) and exporting every function. */
export function moduleBytes(functions: readonly FunctionBuilder[], shared: boolean): Uint8Array<ArrayBuffer> {
  const memoryType = shared ? [0x03, ...uleb(1), ...uleb(65536)] : [0x00, ...uleb(1)];
  const bytes = [
    [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    section(1, vec(functions.map((f) => f.typeBytes()))),
    section(2, vec([[...name('env'), ...name('memory'), 0x02, ...memoryType]])),
    section(3, vec(functions.map((_, i) => uleb(i)))),
    section(7, vec(functions.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]))),
    section(10, vec(functions.map((f) => f.bodyBytes()))),
  ];
  return Uint8Array.from(([] as number[]).concat(...bytes));
}
