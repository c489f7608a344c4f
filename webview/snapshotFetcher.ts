// Asks the host for the snapshot the panel should show, one request at a time: while one is on its
// way, newer wishes wait, and the reply's arrival asks for whatever is wanted by then.

import type { PendingReplies } from '../src/requests';
import type { HostMessage, WebviewMessage } from '../src/protocol';

export class SnapshotFetcher {
  private inFlight?: number;
  /** The last request answered with a snapshot, and the step it brought (the nearest kept one). */
  private last?: { key: string; got: number };
  /** Steps the host said it has no snapshot of, per run: not asked again. */
  private readonly missing = new Set<string>();

  constructor(
    private readonly replies: PendingReplies<HostMessage>,
    private readonly post: (m: WebviewMessage) => void,
    /** Called after each reply, once the panel has taken it in. */
    private readonly answered: () => void,
  ) {}

  /** Whether `requestId` is this fetcher's request (its error replies are not the student's business). */
  owns(requestId: number): boolean {
    return requestId === this.inFlight;
  }

  /** Asks for `step` of run `runId` unless it is on screen, was refused, or another request is on its way. */
  want(runId: number, step: number, shownStep: number | undefined): void {
    const key = `${runId}:${step}`;
    if (this.inFlight !== undefined || step === shownStep || this.missing.has(key)) return;
    if (this.last?.key === key && this.last.got === shownStep) return; // the nearest kept step is on screen
    void this.replies
      .request((requestId) => {
        this.inFlight = requestId;
        this.post({ type: 'requestSnapshot', requestId, runId, step });
      })
      .then((reply) => {
        this.inFlight = undefined;
        if (reply?.type === 'error') this.missing.add(key);
        if (reply?.type === 'snapshot') this.last = { key, got: reply.snapshot.step };
        this.answered();
      });
  }
}
