// The engine's WebAssembly module as bytes, generated from the kernels' TypeScript (wasm-*-code.ts).
// The extension's bundles hold these bytes as generated at build time (scripts/bundle-options.mjs,
// prebuiltKernels): generating them takes a new thread about 45 ms, decoding them well under 1 ms.
import { moduleBytes } from './wasm-encode';
import { gemmDots, gemmStrips } from './wasm-gemm-code';
import { layerFunctions, mathMaps } from './wasm-layer-code';
import { compactRows, sparseRowsProduct, transposeToPanels } from './wasm-sparse-code';

/** About 35 KB of code. */
export function kernelBytes(): Uint8Array {
  const sparse = [transposeToPanels(), compactRows(), sparseRowsProduct()];
  const functions = [gemmStrips(), gemmDots(), ...layerFunctions(), ...mathMaps(), ...sparse];
  return moduleBytes(functions, true);
}
