// Thins a growing series for drawing, incrementally: points fall into buckets of `size` steps and
// each bucket keeps its lowest and highest point; when there are too many buckets, neighbours merge
// and `size` doubles. So at most `max` points are drawn and each new point costs O(1).

export interface XY {
  x: number;
  y: number;
}

interface Bucket {
  lo: XY;
  hi: XY;
  count: number;
}

export class Decimator {
  private size = 1;
  private buckets: Bucket[] = [];
  /** How many points have been pushed (skipped non-finite ones included). */
  fed = 0;

  constructor(private readonly max = 1000) {}

  push(x: number, y: number | undefined): void {
    this.fed++;
    if (y === undefined || !Number.isFinite(y)) return;
    const last = this.buckets[this.buckets.length - 1];
    if (last && last.count < this.size) {
      if (y < last.lo.y) last.lo = { x, y };
      if (y > last.hi.y) last.hi = { x, y };
      last.count++;
    } else {
      const p = { x, y };
      this.buckets.push({ lo: p, hi: p, count: 1 });
    }
    // Size-1 buckets draw one point each, larger ones up to two.
    while (this.buckets.length * Math.min(this.size, 2) > this.max) this.merge();
  }

  private merge(): void {
    const merged: Bucket[] = [];
    for (let k = 0; k < this.buckets.length; k += 2) {
      const a = this.buckets[k];
      const b = this.buckets[k + 1];
      merged.push(
        b ? { lo: b.lo.y < a.lo.y ? b.lo : a.lo, hi: b.hi.y > a.hi.y ? b.hi : a.hi, count: a.count + b.count } : a,
      );
    }
    this.buckets = merged;
    this.size *= 2;
  }

  /** The points to draw, in step order. */
  points(): XY[] {
    const out: XY[] = [];
    for (const b of this.buckets) {
      if (b.lo === b.hi) out.push(b.lo);
      else if (b.lo.x < b.hi.x) out.push(b.lo, b.hi);
      else out.push(b.hi, b.lo);
    }
    return out;
  }
}
