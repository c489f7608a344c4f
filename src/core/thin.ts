// Keeps a growing per-step series within a size: past `max` points, every other point goes (the
// newest always stays), so a run of any length costs at most `max` points and still spans it all.

/** Halves `points` in place while it holds more than `max`; returns how many were dropped. */
export function thinInPlace<T>(points: T[], max: number): number {
  const before = points.length;
  while (points.length > max && points.length > 2) {
    const last = points[points.length - 1];
    let k = 0;
    for (let i = 0; i < points.length; i += 2) points[k++] = points[i];
    points.length = k;
    if (points[k - 1] !== last) points.push(last);
  }
  return before - points.length;
}
