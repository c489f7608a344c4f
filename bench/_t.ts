import { gemmJs } from '../src/core/engine/gemm-js';
const A = new Float64Array(8).map(() => Math.random()), B = new Float64Array(800).map(() => Math.random()), C = new Float64Array(1600);
const B2 = new Float64Array(1600).map(() => Math.random()), C2 = new Float64Array(8);
for (let t = 0; t < 5; t++) {
  let t0 = performance.now();
  for (let r = 0; r < 20000; r++) gemmJs(false, false, 4, 400, 2, 1, A, B, 0, C);
  const a = (performance.now() - t0) / 20000 * 1000;
  t0 = performance.now();
  for (let r = 0; r < 20000; r++) gemmJs(false, true, 4, 2, 400, 1, B2, B, 0, C2);
  const b = (performance.now() - t0) / 20000 * 1000;
  t0 = performance.now();
  for (let r = 0; r < 20000; r++) gemmJs(true, false, 4, 400, 1, 1, A, B, 0, C);
  const c = (performance.now() - t0) / 20000 * 1000;
  console.log('us NN', a.toFixed(2), 'NT', b.toFixed(2), 'TN', c.toFixed(2));
}
