// One number per step in bounded memory: every step while there are at most `max` of them; beyond,
// steps fall into buckets of 2^k consecutive steps and each bucket keeps its lowest and highest
// value (NaN and ±Infinity count as highest, so a blow-up stays in view). A curve drawn from the
// kept points has the shape of the whole one; pure, so the panel can hold its series the same way.

/** Orders values for min-max: NaN above +Infinity above every finite number. */
function above(a: number, b: number): boolean {
  if (Number.isNaN(a)) return !Number.isNaN(b);
  if (Number.isNaN(b)) return false;
  return a > b;
}

export class StepSeries {
  private keptSteps: number[] = [];
  private keptValues: number[] = [];
  /** Steps per bucket; 1 while every step is kept. */
  private width = 1;
  private pushed = 0;

  /** `max`: points kept at most (at least 4). */
  constructor(private readonly max = 100_000) {
    this.max = Math.max(4, max);
  }

  /** Steps pushed so far (the next step is this one). */
  get length(): number {
    return this.pushed;
  }

  /** True while every step's value is kept. */
  get exact(): boolean {
    return this.width === 1;
  }

  /** Steps per bucket (1 while exact). */
  get bucketSteps(): number {
    return this.width;
  }

  /** The value of the next step, `length`. */
  push(value: number): void {
    const step = this.pushed++;
    const n = this.keptSteps.length;
    const bucket = Math.floor(step / this.width);
    // Within the open bucket: at most two points (its lowest and highest), in step order.
    const first = n >= 1 && Math.floor(this.keptSteps[n - 1] / this.width) === bucket ? n - 1 : n;
    const second = n >= 2 && Math.floor(this.keptSteps[n - 2] / this.width) === bucket ? n - 2 : first;
    if (first === n || this.width === 1) this.append(step, value);
    else this.place(second, first, step, value);
    if (this.keptSteps.length > this.max) this.thin();
  }

  /** The value of `step` when it is kept (always while exact). */
  at(step: number): number | undefined {
    if (this.width === 1) return this.keptValues[step];
    let lo = 0;
    let hi = this.keptSteps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.keptSteps[mid] === step) return this.keptValues[mid];
      if (this.keptSteps[mid] < step) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The kept steps, ascending (0, 1, 2, ... while exact). */
  steps(): number[] {
    return this.keptSteps.slice();
  }

  /** The kept values, in step order: every step's while exact. */
  values(): number[] {
    return this.keptValues.slice();
  }

  private append(step: number, value: number): void {
    this.keptSteps.push(step);
    this.keptValues.push(value);
  }

  /**
   * The open bucket holds points at indices a <= b (the same when one): keep its lowest and highest with the new one.
   */
  private place(a: number, b: number, step: number, value: number): void {
    const points = [a, b]
      .filter((i, k) => k === 0 || i !== a)
      .map((i) => ({ step: this.keptSteps[i], value: this.keptValues[i] }));
    points.push({ step, value });
    this.keptSteps.length = a;
    this.keptValues.length = a;
    for (const p of extremes(points)) this.append(p.step, p.value);
  }

  /** Doubles the bucket width until the points fit in half of `max`, leaving room to grow. */
  private thin(): void {
    while (this.keptSteps.length > this.max / 2) {
      this.width *= 2;
      const steps = this.keptSteps;
      const values = this.keptValues;
      this.keptSteps = [];
      this.keptValues = [];
      for (let i = 0; i < steps.length;) {
        const bucket = Math.floor(steps[i] / this.width);
        const group: { step: number; value: number }[] = [];
        for (; i < steps.length && Math.floor(steps[i] / this.width) === bucket; i++)
          group.push({ step: steps[i], value: values[i] });
        for (const p of extremes(group)) this.append(p.step, p.value);
      }
    }
  }
}

/** The lowest and the highest of a bucket's points, in step order (one point when they coincide). */
function extremes(points: { step: number; value: number }[]): { step: number; value: number }[] {
  let lo = points[0];
  let hi = points[0];
  for (const p of points) {
    if (above(lo.value, p.value)) lo = p;
    if (above(p.value, hi.value)) hi = p;
  }
  if (lo === hi) return [lo];
  return lo.step < hi.step ? [lo, hi] : [hi, lo];
}
