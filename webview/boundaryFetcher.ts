// Asks the host for the boundaries the side-by-side maps want (comparison.ts: wantedBoundaries), one
// request at a time; each run is asked for each step once, whatever it answers.

import type { PendingReplies } from '../src/requests';
import type { HostMessage, WebviewMessage } from '../src/protocol';

export class BoundaryFetcher {
  private inFlight?: number;
  private readonly asked = new Set<string>();

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

  /** Asks for the first wanted boundary not asked for yet, unless a request is on its way. */
  want(wanted: readonly { runId: number; step: number }[]): void {
    if (this.inFlight !== undefined) return;
    const next = wanted.find((w) => !this.asked.has(`${w.runId}:${w.step}`));
    if (!next) return;
    this.asked.add(`${next.runId}:${next.step}`);
    void this.replies
      .request((requestId) => {
        this.inFlight = requestId;
        this.post({ type: 'requestBoundary', requestId, runId: next.runId, step: next.step });
      })
      .then(() => {
        this.inFlight = undefined;
        this.answered();
      });
  }
}
