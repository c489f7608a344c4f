// Requests awaiting their replies, matched by number: the sender stamps each request with a
// `requestId`, the answer carries it back as `inReplyTo`. Used by the host for the worker's
// replies and by the panel for the host's.

export class PendingReplies<Reply> {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: Reply | undefined) => void>();

  /** Sends a request through `send` with a fresh id; resolves with its reply, or undefined if cancelled. */
  request(send: (requestId: number) => void): Promise<Reply | undefined> {
    const requestId = this.nextId++;
    const reply = new Promise<Reply | undefined>((resolve) => this.waiting.set(requestId, resolve));
    send(requestId);
    return reply;
  }

  /** Delivers a reply; false when nothing waits for it (a late reply to a cancelled request). */
  settle(inReplyTo: number, reply: Reply | undefined): boolean {
    const resolve = this.waiting.get(inReplyTo);
    if (!resolve) return false;
    this.waiting.delete(inReplyTo);
    resolve(reply);
    return true;
  }

  /** Whether a request with this id is still waiting. */
  has(requestId: number): boolean {
    return this.waiting.has(requestId);
  }

  /** How many requests wait for their reply. */
  get size(): number {
    return this.waiting.size;
  }

  /** Resolves every waiting request with undefined (the other side went away). */
  cancelAll(): void {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const resolve of all) resolve(undefined);
  }
}
