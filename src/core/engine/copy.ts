// Copies out of (and into) the arena's shared wasm memory.

/**
 * A copy into a fresh (non-shared) array. The engine's buffers live in shared wasm memory, where
 * Float64Array.set and slice take V8's slow path until optimised (36 ms for 8 MB in a cold worker);
 * copying the bytes takes about 1 ms whatever the state.
 */
export function copyArray(data: Float64Array): Float64Array {
  const out = new Float64Array(data.length);
  new Uint8Array(out.buffer).set(bytesOf(data));
  return out;
}

/** `to` := `from` (`to` may be longer), bytes copied as in copyArray. */
export function copyInto(to: Float64Array, from: Float64Array): void {
  new Uint8Array(to.buffer, to.byteOffset, from.byteLength).set(bytesOf(from));
}

function bytesOf(a: Float64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
