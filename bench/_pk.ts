function packPanels(heap: Float64Array, off: number, src: Float64Array, rows: number, rowsPadded: number, K: number): void {
  for (let i = 0; i < rowsPadded; i++) {
    const base = off + (i >> 2) * K * 4 + (i & 3);
    if (i >= rows) {
      for (let k = 0; k < K; k++) heap[base + k * 4] = 0;
    } else {
      const row = i * K;
      for (let k = 0; k < K; k++) heap[base + k * 4] = src[row + k];
    }
  }
}
const mem = new WebAssembly.Memory({ initial: 16 });
const wheap = new Float64Array(mem.buffer);
const pheap = new Float64Array(mem.buffer.byteLength / 8);
const src = new Float64Array(16000).fill(1);
for (const [name, h] of [['plain', pheap], ['wasm', wheap], ['plain', pheap], ['wasm', wheap]] as const) {
  let best = Infinity;
  for (let r = 0; r < 200; r++) { const t0 = performance.now(); packPanels(h, 0, src, 16, 16, 1000); packPanels(h, 20000, src, 2, 4, 1000); best = Math.min(best, performance.now() - t0); }
  console.log(name, (best * 1000).toFixed(1), 'us for 20k');
}
