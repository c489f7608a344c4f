// Vectorised exp, expm1, tanh and log on f64x2 for the engine's WebAssembly kernels, as code
// emitters: each reads its argument from a v128 local and leaves its result in another.
// exp and expm1: x = k·ln2 + r with |r| <= ln2/2 (Cody-Waite, ln2 in two parts), e^r - 1 by its
// Taylor series to r^13 (truncation below 1e-17 relative), then 2^k built in the exponent bits.
// log: x = 2^e·m with m in [√2/2, √2), log m = f - s·(f - R(s²)) where f = m - 1, s = f/(2 + f)
// and R is the series of 2·atanh(s) - 2s over s. Accurate to a few ulps of Math.exp, Math.tanh and
// Math.log (test/unit/wasm/math.test.ts checks it), with IEEE results for ±0, ±Infinity,
// NaN, overflow, underflow and subnormals.
import { type Code, type FunctionBuilder, v } from './wasm-encode';

const LN2_HI = 6.9314718036912381649e-1; // ln 2 with 21 trailing zero bits: k·LN2_HI is exact
const LN2_LO = 1.90821492927058770002e-10; // ln 2 - LN2_HI
const INV_LN2 = 1 / Math.LN2;
/** 1.5·2^52: adding it rounds to an integer held in the low bits of the sum. */
const ROUND = 6755399441055744;
const ROUND_BITS = 0x4338000000000000n;
const EXP_BIAS = 1023n;
/** Largest and smallest useful arguments of exp (beyond them the result is Infinity or 0). */
const EXP_MAX = 710;
const EXP_MIN = -746;

/** 1/n! for n = 2..13, highest first (the Horner order). */
const TAYLOR = Array.from({ length: 12 }, (_, i) => 13 - i).map((n) => {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return 1 / f;
});

/** Declares the scratch locals the emitters below use (once per function). */
export function declareMathLocals(f: FunctionBuilder): void {
  f.locals('v128', 'mT', 'mK', 'mR', 'mP', 'mS', 'mBits', 'mE', 'mF', 'mZ');
}

/**
 * mK := k, mR := r with x = k·ln2 + r, mP := e^r - 1, mBits := bits of t (k in its low bits);
 * x must already lie in [EXP_MIN, EXP_MAX] (or be NaN).
 */
function reduceAndExpm1(f: FunctionBuilder, x: string): Code {
  const horner: Code[] = [v.f64x2(TAYLOR[0])];
  for (const c of TAYLOR.slice(1)) horner.push(f.get('mR'), v.f64x2Mul, v.f64x2(c), v.f64x2Add);
  return [
    [f.get(x), v.f64x2(INV_LN2), v.f64x2Mul, v.f64x2(ROUND), v.f64x2Add, f.tee('mT'), f.set('mBits')],
    [f.get('mT'), v.f64x2(ROUND), v.f64x2Sub, f.set('mK')],
    [f.get(x), f.get('mK'), v.f64x2(LN2_HI), v.f64x2Mul, v.f64x2Sub],
    [f.get('mK'), v.f64x2(LN2_LO), v.f64x2Mul, v.f64x2Sub, f.set('mR')],
    // p = r + r²·(1/2 + r/6 + ... + r^11/13!)
    [f.get('mR'), f.get('mR'), f.get('mR'), v.f64x2Mul, horner, v.f64x2Mul, v.f64x2Add, f.set('mP')],
  ];
}

/** 2^(k + shift) as f64 bits from mBits (k + shift + 1023 must lie in 1..2046). */
function powerOfTwo(k: Code, shift: bigint): Code {
  return [k, v.i64x2(EXP_BIAS + shift), v.i64x2Add, v.i64x2Shl(52)];
}

/** out := e^x, for any x. */
export function emitExp(f: FunctionBuilder, x: string, out: string): Code {
  // 2^k = 2^j · 2^(k-j) with j = k >> 1, so that both factors are normal numbers even when e^x is
  // subnormal or overflows; (1 + p)·2^j is exact and the last product rounds once.
  const k = [f.get('mBits'), v.i64x2(ROUND_BITS), v.i64x2Sub];
  return [
    [f.get(x), v.f64x2(EXP_MIN), v.f64x2Max, v.f64x2(EXP_MAX), v.f64x2Min, f.set(out)],
    reduceAndExpm1(f, out),
    [k, v.i64x2ShrS(1), f.set('mS')], // j
    [v.f64x2(1), f.get('mP'), v.f64x2Add],
    [f.get('mS'), v.i64x2Shl(52), v.i64x2(EXP_BIAS << 52n), v.i64x2Add, v.f64x2Mul],
    [k, f.get('mS'), v.i64x2Sub, v.i64x2(EXP_BIAS), v.i64x2Add, v.i64x2Shl(52), v.f64x2Mul, f.set(out)],
  ];
}

/** out := tanh x = sign(x) · e/(e + 2) with e = expm1(2|x|); |x| is capped at 20, where tanh is 1 in f64. */
export function emitTanh(f: FunctionBuilder, x: string, out: string): Code {
  const k = [f.get('mBits'), v.i64x2(ROUND_BITS), v.i64x2Sub];
  return [
    [f.get(x), v.f64x2Abs, v.f64x2(20), v.f64x2Min, f.tee(out), f.get(out), v.f64x2Add, f.set(out)],
    reduceAndExpm1(f, out),
    // expm1(y) = 2^k·p + (2^k - 1), with 0 <= k <= 58
    [powerOfTwo(k, 0n), f.tee('mS'), f.get('mP'), v.f64x2Mul, f.get('mS'), v.f64x2(1), v.f64x2Sub, v.f64x2Add],
    [f.tee('mT'), f.get('mT'), v.f64x2(2), v.f64x2Add, v.f64x2Div],
    // copy the sign of x (tanh(-0) = -0; NaN stays NaN)
    [v.f64x2(-0), f.get(x), v.and, v.or, f.set(out)],
  ];
}

/** out := 1 / (1 + e^-x). */
export function emitSigmoid(f: FunctionBuilder, x: string, out: string): Code {
  return [
    [f.get(x), v.f64x2Neg, f.set('mZ')],
    emitExp(f, 'mZ', out),
    [v.f64x2(1), v.f64x2(1), f.get(out), v.f64x2Add, v.f64x2Div, f.set(out)],
  ];
}

const LOG_TERMS = 11;
/** R(z) = 2(z/3 + z²/5 + ... ), highest power first. */
const ATANH = Array.from({ length: LOG_TERMS }, (_, i) => 2 / (2 * (LOG_TERMS - i) + 1));
const MANTISSA = 0x000fffffffffffffn;
const ONE_BITS = 0x3ff0000000000000n;
const TWO52_BITS = 0x4330000000000000n;

/** out := log x, for any x (log 0 = -Infinity, log of a negative number or NaN = NaN). */
export function emitLog(f: FunctionBuilder, x: string, out: string): Code {
  const subnormal = [f.get(x), v.f64x2(2 ** -1022), v.f64x2Lt];
  const horner: Code[] = [v.f64x2(ATANH[0])];
  for (const c of ATANH.slice(1)) horner.push(f.get('mZ'), v.f64x2Mul, v.f64x2(c), v.f64x2Add);
  horner.push(f.get('mZ'), v.f64x2Mul);
  const select = (value: Code, mask: Code): Code => [value, f.get(out), mask, v.bitselect, f.set(out)];
  return [
    // Subnormals are scaled by 2^54 first (and 54 taken off the exponent below).
    [f.get(x), v.f64x2(2 ** 54), v.f64x2Mul, f.get(x), subnormal, v.bitselect, f.set('mBits')],
    // e = biased exponent - 1023 (- 54), as f64 through 2^52 + e
    [f.get('mBits'), v.i64x2ShrU(52), v.i64x2(TWO52_BITS), v.or, v.f64x2(2 ** 52 + 1023), v.f64x2Sub],
    [v.f64x2(54), v.f64x2(0), subnormal, v.bitselect, v.f64x2Sub, f.set('mE')],
    // m in [1, 2); above √2 it is halved and e gains 1
    [f.get('mBits'), v.i64x2(MANTISSA), v.and, v.i64x2(ONE_BITS), v.or, f.set('mF')],
    [f.get('mF'), v.f64x2(Math.SQRT2), v.f64x2Gt, f.set('mT')],
    [f.get('mF'), v.f64x2(0.5), v.f64x2Mul, f.get('mF'), f.get('mT'), v.bitselect, v.f64x2(1), v.f64x2Sub, f.set('mF')],
    [f.get('mE'), v.f64x2(1), v.f64x2Add, f.get('mE'), f.get('mT'), v.bitselect, f.set('mE')],
    // s = f/(2 + f), z = s², log m = f - s·(f - R(z))
    [f.get('mF'), v.f64x2(2), f.get('mF'), v.f64x2Add, v.f64x2Div, f.tee('mS'), f.get('mS'), v.f64x2Mul, f.set('mZ')],
    [f.get('mF'), f.get('mS'), f.get('mF'), horner, v.f64x2Sub, v.f64x2Mul, v.f64x2Sub],
    // + e·ln2, the small part first
    [f.get('mE'), v.f64x2(LN2_LO), v.f64x2Mul, v.f64x2Add, f.get('mE'), v.f64x2(LN2_HI), v.f64x2Mul, v.f64x2Add],
    f.set(out),
    select(v.f64x2(-Infinity), [f.get(x), v.f64x2(0), v.f64x2Eq]),
    select(f.get(x), [f.get(x), v.f64x2(Infinity), v.f64x2Eq]),
    select(v.f64x2(NaN), [f.get(x), v.f64x2(0), v.f64x2Ge, v.not]),
  ];
}

/** out := log(1 + u) for u >= 0 (or NaN): log w corrected for the rounding of w = 1 + u. */
export function emitLog1p(f: FunctionBuilder, u: string, w: string, out: string): Code {
  return [
    [v.f64x2(1), f.get(u), v.f64x2Add, f.set(w)],
    emitLog(f, w, out),
    // log1p(u) = log w - ((w - 1) - u)/w
    [f.get(out), f.get(w), v.f64x2(1), v.f64x2Sub, f.get(u), v.f64x2Sub, f.get(w), v.f64x2Div, v.f64x2Sub, f.set(out)],
  ];
}
