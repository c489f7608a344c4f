// JSON written piece by piece through Out: no string longer than about one chunk is ever built, so
// the costs of millions of steps or a --steps dump of hundreds of MB print in bounded memory. Pieces
// are joined by the newlines Out adds, which JSON allows between tokens.
import type { Out } from './io';

export class JsonOut {
  private buffer = '';
  /** For each open array or object: whether it has no element yet. */
  private readonly empty: boolean[] = [];

  constructor(
    private readonly io: Out,
    private readonly chunk = 1 << 16,
  ) {}

  beginObject(): void {
    this.open('{');
  }

  endObject(): void {
    this.close('}');
  }

  /** `{` as the next element of the open array; `field`s fill it, `endObject` closes it. */
  beginObjectItem(): void {
    this.separate();
    this.open('{');
  }

  /** `"name": value` in the open object; arrays and objects inside `value` are written piece by piece. */
  field(name: string, value: unknown): void {
    this.key(name);
    this.value(value);
  }

  /** `"name": [` in the open object; `item` adds elements, `endArray` closes it. */
  beginArray(name: string): void {
    this.key(name);
    this.open('[');
  }

  item(value: unknown): void {
    this.separate();
    this.value(value);
  }

  endArray(): void {
    this.close(']');
  }

  /** Writes what is buffered. */
  flush(): void {
    if (this.buffer !== '') this.io.out(this.buffer);
    this.buffer = '';
  }

  private key(name: string): void {
    this.separate();
    this.put(`${JSON.stringify(name)}:`);
  }

  private value(v: unknown): void {
    if (Array.isArray(v)) {
      this.open('[');
      for (const x of v) this.item(x);
      this.close(']');
    } else if (typeof v === 'object' && v !== null && !ArrayBuffer.isView(v)) {
      this.open('{');
      for (const [k, x] of Object.entries(v)) if (x !== undefined) this.field(k, x);
      this.close('}');
    } else {
      // As JSON.stringify writes it: NaN and ±Infinity as null.
      this.put(JSON.stringify(v) ?? 'null');
    }
  }

  private open(bracket: string): void {
    this.put(bracket);
    this.empty.push(true);
  }

  private close(bracket: string): void {
    this.empty.pop();
    this.put(bracket);
  }

  private separate(): void {
    const last = this.empty.length - 1;
    if (last >= 0 && !this.empty[last]) this.put(',');
    if (last >= 0) this.empty[last] = false;
  }

  private put(s: string): void {
    this.buffer += s;
    if (this.buffer.length >= this.chunk) this.flush();
  }
}
