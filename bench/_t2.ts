const B = new Float64Array(800).map(() => Math.random()), C = new Float64Array(1600);
function f(C: Float64Array, B: Float64Array, x: number) { for (let i = 0; i < 4; i++) { const c = i * 400; for (let j = 0; j < 400; j++) C[c + j] = x * B[j] + x * B[400 + j]; } }
for (let t = 0; t < 5; t++) {
  const t0 = performance.now();
  for (let r = 0; r < 20000; r++) f(C, B, r);
  console.log('us', ((performance.now() - t0) / 20000 * 1000).toFixed(2));
}
