import { gemmJs } from '../src/core/engine/gemm-js';
import { gemmWasm } from '../src/core/engine/gemm-wasm';
const shapes: [boolean, boolean, number, number, number][] = [
  [false,false,16,1000,2],[false,false,1,1000,16],[false,true,16,2,1000],[true,false,16,1000,1],[false,true,1,16,1000],[true,false,16,1000,16],
  [false,false,8,64,16],[false,false,16,64,16],[false,false,16,128,16],[false,false,32,128,16],[false,true,16,16,256],[false,true,32,32,64],[true,false,32,64,16],
  [false,false,4,400,4],[false,false,4,400,16],[false,false,10,256,8],
];
function t(f: typeof gemmJs, s: typeof shapes[0]) {
  const [ta, tb, M, N, K] = s; const A = new Float64Array(M*K).fill(0.3), B = new Float64Array(K*N).fill(0.2), C = new Float64Array(M*N);
  const reps = Math.ceil(3e6 / (M*N*K + 1000)); let best = Infinity;
  for (let r = 0; r < 15; r++) { const t0 = performance.now(); for (let i = 0; i < reps; i++) f(ta, tb, M, N, K, 1, A, B, 0, C); best = Math.min(best, (performance.now() - t0) / reps * 1000); }
  return best;
}
for (const s of shapes) { t(gemmJs, s); t(gemmWasm, s); }
for (const s of shapes) { const a = t(gemmJs, s), b = t(gemmWasm, s); console.log(JSON.stringify(s), 'work', s[2]*s[3]*s[4], 'js us', a.toFixed(2), 'wasm us', b.toFixed(2), (a/b).toFixed(2)); }
