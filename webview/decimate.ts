// Thins a long series for drawing: at most `max` points, keeping each bucket's lowest and highest.

export interface XY {
  x: number;
  y: number;
}

export function decimate(xs: ArrayLike<number>, ys: ArrayLike<number | undefined>, max = 1000): XY[] {
  const n = xs.length;
  const out: XY[] = [];
  const push = (k: number): void => {
    const y = ys[k];
    if (y !== undefined && Number.isFinite(y)) out.push({ x: xs[k], y });
  };
  if (n <= max) {
    for (let k = 0; k < n; k++) push(k);
    return out;
  }
  const buckets = Math.floor(max / 2);
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor((b * n) / buckets);
    const hi = Math.floor(((b + 1) * n) / buckets);
    let kMin = -1, kMax = -1;
    for (let k = lo; k < hi; k++) {
      const y = ys[k];
      if (y === undefined || !Number.isFinite(y)) continue;
      if (kMin < 0 || y < (ys[kMin] as number)) kMin = k;
      if (kMax < 0 || y > (ys[kMax] as number)) kMax = k;
    }
    if (kMin < 0) continue;
    push(Math.min(kMin, kMax));
    if (kMin !== kMax) push(Math.max(kMin, kMax));
  }
  return out;
}
