// The element-wise kernels of the engine's WebAssembly module, as code generators: bias and
// activation after a layer's product, the activations' derivatives, softmax over columns, the
// sigmoid + binary cross-entropy cost, row means (db), and the gradient-descent update.
// Matrices are row-major f64 (n, m) in wasm memory; pointers are byte addresses. Each formula is
// the one of activations.ts / losses.ts / optimizers.ts, evaluated two entries at a time.
import { type Code, countDown, FunctionBuilder, op, v, type ValType } from './wasm-encode';
import { declareMathLocals, emitExp, emitLog, emitLog1p, emitSigmoid, emitTanh } from './wasm-math-code';

/** How a loop body reads and writes memory: two entries (v128) or, for an odd last one, lane 0 alone. */
interface Access {
  load(ptr: string): Code;
  store(ptr: string, value: string): Code;
}

function vectorAccess(f: FunctionBuilder, offset = 0): Access {
  return {
    load: (ptr) => [f.get(ptr), v.load(offset)],
    store: (ptr, value) => [f.get(ptr), f.get(value), v.store(offset)],
  };
}

function laneAccess(f: FunctionBuilder): Access {
  return {
    load: (ptr) => [f.get(ptr), v.load64Zero(0)],
    store: (ptr, value) => [f.get(ptr), f.get(value), v.store64Lane0(0)],
  };
}

/**
 * Runs `body` over `count` entries two at a time, then once more for an odd last entry; the
 * pointers advance past every entry (16 bytes per pair, 8 for the last). `counter` is an i32 scratch local.
 * With `twice`, the loop does two pairs a turn: two independent chains for long formulas (exp, tanh).
 */
function pairs(
  f: FunctionBuilder,
  count: Code,
  counter: string,
  pointers: string[],
  body: (a: Access) => Code,
  twice = false,
): Code {
  const advance = (bytes: number) => pointers.map((p) => f.bump(p, op.i32Const(bytes)));
  const onePair: Code = [body(vectorAccess(f)), advance(16)];
  const lastOne: Code = [count, op.i32Const(1), op.i32And, op.if, body(laneAccess(f)), advance(8), op.end];
  if (!twice)
    return [
      [count, op.i32Const(1), op.i32ShrU, f.tee(counter), op.if],
      countDown(f, counter, onePair),
      op.end,
      lastOne,
    ];
  return [
    [count, op.i32Const(2), op.i32ShrU, f.tee(counter), op.if],
    countDown(f, counter, [body(vectorAccess(f)), body(vectorAccess(f, 16)), advance(32)]),
    op.end,
    [count, op.i32Const(2), op.i32And, op.if, onePair, op.end],
    lastOne,
  ];
}

const i32 = (n: string): [string, ValType] => [n, 'i32'];

/** dst[k] := fn(src[k]) for k < n: the vector math alone, for tests. */
function mapFunction(name: string, emit: (f: FunctionBuilder, x: string, out: string) => Code): FunctionBuilder {
  const f = new FunctionBuilder(name, [i32('src'), i32('dst'), i32('n')]);
  f.locals('i32', 'k').locals('v128', 'x', 'y', 'w');
  declareMathLocals(f);
  return f.code(
    pairs(
      f,
      f.get('n'),
      'k',
      ['src', 'dst'],
      (a) => [a.load('src'), f.set('x'), emit(f, 'x', 'y'), a.store('dst', 'y')],
      true,
    ),
  );
}

export function mathMaps(): FunctionBuilder[] {
  return [
    mapFunction('mapExp', emitExp),
    mapFunction('mapTanh', emitTanh),
    mapFunction('mapSigmoid', emitSigmoid),
    mapFunction('mapLog', emitLog),
    mapFunction('mapLog1p', (f, x, out) => emitLog1p(f, x, 'w', out)),
  ];
}

/** What each activation computes from z (in local 'z') into local 'a'; 'alpha' is leaky_relu's slope splat. */
const ACTIVATIONS: Record<string, (f: FunctionBuilder) => Code> = {
  Sigmoid: (f) => emitSigmoid(f, 'z', 'a'),
  Tanh: (f) => emitTanh(f, 'z', 'a'),
  Relu: (f) => [f.get('z'), v.f64x2(0), f.get('z'), v.f64x2(0), v.f64x2Gt, v.bitselect, f.set('a')],
  LeakyRelu: (f) => [
    f.get('z'),
    f.get('alphaV'),
    f.get('z'),
    v.f64x2Mul,
    f.get('z'),
    v.f64x2(0),
    v.f64x2Gt,
    v.bitselect,
    f.set('a'),
  ],
  Linear: (f) => [f.get('z'), f.set('a')],
};

/** `biasX(zp, ap, bp, n, m, alpha)`: Z := Z + b (b broadcast over the m columns), A := g(Z). */
function biasActivation(kind: string): FunctionBuilder {
  const f = new FunctionBuilder(`bias${kind}`, [i32('zp'), i32('ap'), i32('bp'), i32('n'), i32('m'), ['alpha', 'f64']]);
  f.locals('i32', 'k').locals('v128', 'z', 'a', 'bias', 'alphaV');
  declareMathLocals(f);
  const body = (x: Access): Code => [
    [x.load('zp'), f.get('bias'), v.f64x2Add, f.set('z'), x.store('zp', 'z')],
    ACTIVATIONS[kind](f),
    x.store('ap', 'a'),
  ];
  return f.code([
    [f.get('alpha'), v.f64x2Splat, f.set('alphaV')],
    [f.get('n'), op.if],
    countDown(f, 'n', [
      [f.get('bp'), v.load64Splat(0), f.set('bias')],
      pairs(f, f.get('m'), 'k', ['zp', 'ap'], body, kind === 'Sigmoid' || kind === 'Tanh'),
      f.bump('bp', op.i32Const(8)),
    ]),
    op.end,
  ]);
}

/** What each derivative computes into 'dz' from locals 'da', 'z', 'a' (activations.ts backwardActivation). */
const DERIVATIVES: Record<string, (f: FunctionBuilder) => Code> = {
  Sigmoid: (f) => [f.get('da'), f.get('a'), v.f64x2Mul, v.f64x2(1), f.get('a'), v.f64x2Sub, v.f64x2Mul, f.set('dz')],
  Tanh: (f) => [f.get('da'), v.f64x2(1), f.get('a'), f.get('a'), v.f64x2Mul, v.f64x2Sub, v.f64x2Mul, f.set('dz')],
  Relu: (f) => [f.get('da'), v.f64x2(0), f.get('z'), v.f64x2(0), v.f64x2Gt, v.bitselect, f.set('dz')],
  LeakyRelu: (f) => [
    f.get('da'),
    f.get('alphaV'),
    f.get('da'),
    v.f64x2Mul,
    f.get('z'),
    v.f64x2(0),
    v.f64x2Gt,
    v.bitselect,
    f.set('dz'),
  ],
  Linear: (f) => [f.get('da'), f.set('dz')],
};

/** `backX(dap, zp, ap, dzp, size, alpha)`: dZ := dA * g'(Z), entry by entry. */
function activationBackward(kind: string): FunctionBuilder {
  const f = new FunctionBuilder(`back${kind}`, [
    i32('dap'),
    i32('zp'),
    i32('ap'),
    i32('dzp'),
    i32('size'),
    ['alpha', 'f64'],
  ]);
  f.locals('i32', 'k').locals('v128', 'da', 'z', 'a', 'dz', 'alphaV');
  const body = (x: Access): Code => [
    [x.load('dap'), f.set('da'), x.load('zp'), f.set('z'), x.load('ap'), f.set('a')],
    DERIVATIVES[kind](f),
    x.store('dzp', 'dz'),
  ];
  return f.code([
    [f.get('alpha'), v.f64x2Splat, f.set('alphaV')],
    pairs(f, f.get('size'), 'k', ['dap', 'zp', 'ap', 'dzp'], body),
  ]);
}

/** `outputDelta(ap, yp, dzp, size)`: dZ[L] := A[L] - Y. */
function outputDelta(): FunctionBuilder {
  const f = new FunctionBuilder('outputDelta', [i32('ap'), i32('yp'), i32('dzp'), i32('size')]);
  f.locals('i32', 'k').locals('v128', 'd');
  return f.code(
    pairs(f, f.get('size'), 'k', ['ap', 'yp', 'dzp'], (x) => [
      x.load('ap'),
      x.load('yp'),
      v.f64x2Sub,
      f.set('d'),
      x.store('dzp', 'd'),
    ]),
  );
}

/** Adds the two lanes of a v128 local: the f64 result stays on the stack. */
function lanesSum(f: FunctionBuilder, s: string): Code {
  return [f.get(s), v.f64x2ExtractLane(0), f.get(s), v.f64x2ExtractLane(1), op.f64Add];
}

/** `rowMeans(p, n, m, out)`: out[i] := (Σ_j X[i, j]) / m for the (n, m) matrix X at p. */
function rowMeans(): FunctionBuilder {
  const f = new FunctionBuilder('rowMeans', [i32('p'), i32('n'), i32('m'), i32('out')]);
  f.locals('i32', 'k').locals('v128', 's');
  return f.code([
    [f.get('n'), op.if],
    countDown(f, 'n', [
      [v.f64x2(0), f.set('s')],
      pairs(f, f.get('m'), 'k', ['p'], (x) => [f.get('s'), x.load('p'), v.f64x2Add, f.set('s')]),
      [f.get('out'), lanesSum(f, 's'), f.get('m'), op.f64ConvertI32S, op.f64Div, op.f64Store(0)],
      f.bump('out', op.i32Const(8)),
    ]),
    op.end,
  ]);
}

/**
 * `bceSigmoidLoss(zp, yp, size)`: Σ y·softplus(-z) + (1 - y)·softplus(z) over the entries (m·J of a
 * sigmoid output under binary cross-entropy), with softplus(±z) = max(±z, 0) + log1p(e^-|z|): only
 * non-negative parts are added, so a confidently right example keeps its digits (as lossSum does).
 */
function bceSigmoidLoss(): FunctionBuilder {
  const f = new FunctionBuilder('bceSigmoidLoss', [i32('zp'), i32('yp'), i32('size')], ['f64']);
  f.locals('i32', 'k').locals('v128', 'z', 'u', 'w', 'l', 's');
  declareMathLocals(f);
  const terms = (x: Access): Code => [
    [x.load('zp'), f.tee('z'), v.f64x2Abs, v.f64x2Neg, f.set('l')],
    emitExp(f, 'l', 'u'),
    emitLog1p(f, 'u', 'w', 'l'),
    [x.load('yp'), f.tee('u'), f.get('z'), v.f64x2Neg, v.f64x2(0), v.f64x2Max, v.f64x2Mul],
    [v.f64x2(1), f.get('u'), v.f64x2Sub, f.get('z'), v.f64x2(0), v.f64x2Max, v.f64x2Mul, v.f64x2Add],
    [f.get('l'), v.f64x2Add, f.set('l')],
  ];
  // An odd last entry fills lane 0 only (lane 1 would add softplus(0) = log 2): only lane 0 is added.
  const lastLane = [v.f64x2(0), f.get('l'), v.f64x2ExtractLane(0), v.f64x2ReplaceLane(0), f.set('l')];
  const add = [f.get('s'), f.get('l'), v.f64x2Add, f.set('s')];
  return f.code([
    [v.f64x2(0), f.set('s')],
    [f.get('size'), op.i32Const(1), op.i32ShrU, f.tee('k'), op.if],
    countDown(f, 'k', [terms(vectorAccess(f)), add, f.bump('zp', op.i32Const(16)), f.bump('yp', op.i32Const(16))]),
    op.end,
    [f.get('size'), op.i32Const(1), op.i32And, op.if, terms(laneAccess(f)), lastLane, add, op.end],
    lanesSum(f, 's'),
  ]);
}

/**
 * `softmaxColumns(zp, ap, n, m, lsep)`: per column j of the (n, m) matrix Z (its bias already
 * added): A[:, j] = softmax of Z[:, j], stabilised by the column maximum, and lse[j] = log Σ_i e^{Z[i, j] - max},
 * the log-sum-exp without the column's maximum (the cross-entropy adds it back exactly, see lossSum).
 * Two columns at a time, walking down the rows.
 */
function softmaxColumns(): FunctionBuilder {
  const f = new FunctionBuilder('softmaxColumns', [i32('zp'), i32('ap'), i32('n'), i32('m'), i32('lsep')]);
  f.locals('i32', 'i', 'k', 'z', 'a', 'rowBytes').locals('v128', 'x', 'y', 'mx', 'sum');
  declareMathLocals(f);
  const down = (start: Code, body: Code, pointers: string[]): Code => [
    start,
    [f.get('n'), f.set('i')],
    countDown(f, 'i', [body, pointers.map((p) => f.bump(p, f.get('rowBytes')))]),
  ];
  const column = (x: Access): Code => [
    down(
      [f.get('zp'), f.set('z'), v.f64x2(-Infinity), f.set('mx')],
      [f.get('mx'), x.load('z'), v.f64x2Max, f.set('mx')],
      ['z'],
    ),
    down(
      [f.get('zp'), f.set('z'), f.get('ap'), f.set('a'), v.f64x2(0), f.set('sum')],
      [
        x.load('z'),
        f.get('mx'),
        v.f64x2Sub,
        f.set('x'),
        emitExp(f, 'x', 'y'),
        x.store('a', 'y'),
        f.get('sum'),
        f.get('y'),
        v.f64x2Add,
        f.set('sum'),
      ],
      ['z', 'a'],
    ),
    down([f.get('ap'), f.set('a')], [x.load('a'), f.get('sum'), v.f64x2Div, f.set('y'), x.store('a', 'y')], ['a']),
    emitLog(f, 'sum', 'y'),
    x.store('lsep', 'y'),
  ];
  return f.code([
    [f.get('m'), op.i32Const(3), op.i32Shl, f.set('rowBytes')],
    [f.get('m'), op.i32Const(1), op.i32ShrU, f.tee('k'), op.if],
    countDown(f, 'k', [column(vectorAccess(f)), ['zp', 'ap', 'lsep'].map((p) => f.bump(p, op.i32Const(16)))]),
    op.end,
    [f.get('m'), op.i32Const(1), op.i32And, op.if, column(laneAccess(f)), op.end],
  ]);
}

/** `sumSquares(p, size)`: Σ x² over the entries. */
function sumSquares(): FunctionBuilder {
  const f = new FunctionBuilder('sumSquares', [i32('p'), i32('size')], ['f64']);
  f.locals('i32', 'k').locals('v128', 's', 'x');
  return f.code([
    [v.f64x2(0), f.set('s')],
    pairs(f, f.get('size'), 'k', ['p'], (x) => [
      x.load('p'),
      f.tee('x'),
      f.get('x'),
      v.f64x2Mul,
      f.get('s'),
      v.f64x2Add,
      f.set('s'),
    ]),
    lanesSum(f, 's'),
  ]);
}

/** `allFinite(p, size)`: 1 when no entry is NaN or ±Infinity (Σ x·0 is 0 exactly then). */
function allFinite(): FunctionBuilder {
  const f = new FunctionBuilder('allFinite', [i32('p'), i32('size')], ['i32']);
  f.locals('i32', 'k').locals('v128', 's');
  return f.code([
    [v.f64x2(0), f.set('s')],
    pairs(f, f.get('size'), 'k', ['p'], (x) => [
      f.get('s'),
      x.load('p'),
      v.f64x2(0),
      v.f64x2Mul,
      v.f64x2Add,
      f.set('s'),
    ]),
    lanesSum(f, 's'),
    op.f64Const(0),
    op.f64Eq,
  ]);
}

/** `gdUpdate(tp, gp, size, lr)`: θ := θ - lr·dθ; 1 when every updated entry is finite. */
function gdUpdate(): FunctionBuilder {
  const f = new FunctionBuilder('gdUpdate', [i32('tp'), i32('gp'), i32('size'), ['lr', 'f64']], ['i32']);
  f.locals('i32', 'k').locals('v128', 's', 't', 'lrV');
  const body = (x: Access): Code => [
    [x.load('tp'), f.get('lrV'), x.load('gp'), v.f64x2Mul, v.f64x2Sub, f.set('t'), x.store('tp', 't')],
    [f.get('s'), f.get('t'), v.f64x2(0), v.f64x2Mul, v.f64x2Add, f.set('s')],
  ];
  return f.code([
    [f.get('lr'), v.f64x2Splat, f.set('lrV'), v.f64x2(0), f.set('s')],
    pairs(f, f.get('size'), 'k', ['tp', 'gp'], body),
    lanesSum(f, 's'),
    op.f64Const(0),
    op.f64Eq,
  ]);
}

/** Every element-wise function of the module. */
export function layerFunctions(): FunctionBuilder[] {
  const kinds = Object.keys(ACTIVATIONS);
  return [
    ...kinds.map(biasActivation),
    ...kinds.map(activationBackward),
    outputDelta(),
    rowMeans(),
    bceSigmoidLoss(),
    softmaxColumns(),
    sumSquares(),
    allFinite(),
    gdUpdate(),
  ];
}
