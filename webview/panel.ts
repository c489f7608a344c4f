// The panel's running state: folds host messages and the student's events into the state (reduce),
// fetches the snapshot and boundaries the state wants, and redraws the changed sections once a frame.

import { isHostMessage, MAX_DRAW_FAILURE, type HostMessage, type WebviewMessage } from '../src/protocol';
import { PendingReplies } from '../src/requests';
import { BoundaryFetcher } from './boundaryFetcher';
import { wantedBoundaries } from './comparison';
import type { Section } from './section';
import { SnapshotFetcher } from './snapshotFetcher';
import {
  blockedByErrors,
  initialState,
  panelTitle,
  reduce,
  wantedStep,
  type Part,
  type PanelEvent,
  type RestoredChoices,
  type ViewState,
} from './state';
import { post, saveState } from './vscodeApi';

/** Keeps the student's choices in the webview state, to survive a reload. */
function saveChoices(before: ViewState, after: ViewState): void {
  if (after.pinnedStep !== before.pinnedStep) saveState({ selectedStep: after.pinnedStep });
  if (after.examples !== before.examples) saveState({ examples: after.examples });
  if (after.selected !== before.selected) saveState({ selectedEntry: after.selected });
}

export class Panel {
  state: ViewState;
  readonly replies = new PendingReplies<HostMessage>();
  /** The sections built so far; a part without one is drawn once it is built. */
  readonly sections: Partial<Record<Part, Section>> = {};
  private readonly dirty: Set<Part>;
  private frame = 0;
  /** Host messages taken in since `ready`, and the count last reported to the host (DrawnMessage). */
  private received = 0;
  private reported = 0;
  /** The sections whose drawing failed, each reported once (a failing section may fail at every frame). */
  private readonly failed = new Set<string>();
  /** Whether errors blocked training at the last redraw. */
  private blocked = false;
  private readonly fetcher = new SnapshotFetcher(this.replies, post, () => this.fetchWanted());
  private readonly boundaries = new BoundaryFetcher(this.replies, post, () => this.fetchWanted());

  constructor(
    private readonly title: HTMLElement,
    parts: Part[],
    choices: RestoredChoices,
  ) {
    this.state = initialState(choices);
    this.dirty = new Set(parts);
  }

  /** Folds a message or event into the state, then redraws and fetches what it changed. */
  readonly dispatch = (m: HostMessage | PanelEvent): void => {
    const before = this.state;
    const r = reduce(before, m);
    this.state = r.state;
    saveChoices(before, this.state);
    const analysis = this.state.analysis;
    if (analysis && analysis !== before.analysis) {
      this.title.textContent = panelTitle(this.state);
      saveState({ uri: analysis.uri });
    }
    this.schedule(r.changed);
    this.fetchWanted();
  };

  /** Takes in a host message (anything else is ignored) and settles the request it answers. */
  receive(m: unknown): void {
    if (!isHostMessage(m)) return;
    const reply = 'inReplyTo' in m ? m.inReplyTo : undefined;
    // An error answering the fetcher's own request (a run replaced meanwhile) is not the student's business.
    const quiet =
      reply !== undefined && m.type === 'error' && (this.fetcher.owns(reply) || this.boundaries.owns(reply));
    this.received++;
    if (quiet) this.schedule([]);
    else this.dispatch(m);
    if (reply !== undefined) this.replies.settle(reply, m);
  }

  /** Adds sections built later and draws them at the next frame. */
  addSections(built: Partial<Record<Part, Section>>): void {
    Object.assign(this.sections, built);
    this.schedule([]);
  }

  readonly requestGradcheck = (): void => {
    this.dispatch({ type: 'gradcheckRequested' });
    void this.replies.request((requestId) => post({ type: 'requestGradcheck', requestId } satisfies WebviewMessage));
  };

  /** Shows or hides a run's curves in the charts, here and in the host's run list. */
  readonly overlay = (runId: number, shown: boolean): void => {
    this.dispatch({ type: 'overlay', runId, shown });
    post({ type: 'overlay', runId, shown });
  };

  /** Marks `parts` for redrawing at the next frame. */
  schedule(parts: Part[]): void {
    for (const p of parts) this.dirty.add(p);
    if (!this.frame) this.frame = requestAnimationFrame(this.flush);
  }

  /** Draws now what waits for a frame (the first paint). */
  drawNow(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.flush();
  }

  private fetchWanted(): void {
    const state = this.state;
    const step = wantedStep(state);
    const run = state.run;
    const shown = state.shown?.runId === run?.runId ? state.shown?.snapshot.step : undefined;
    if (run && step !== undefined) this.fetcher.want(run.runId, step, shown);
    this.boundaries.want(wantedBoundaries(state));
  }

  /** Draws one section; one that throws is reported the first time, and the other sections still draw. */
  private render(part: Part, section: Section): void {
    try {
      section.render(this.state);
    } catch (e) {
      this.reportFailure(part, e);
    }
  }

  /** Tells the host (its log) that `part` could not be drawn, once per part. */
  reportFailure(part: string, e: unknown): void {
    if (this.failed.has(part)) return;
    this.failed.add(part);
    console.error(`nnspec: the ${part} section could not be drawn`, e);
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    post({ type: 'drawFailed', part, message: message.slice(0, MAX_DRAW_FAILURE) });
  }

  private readonly flush = (): void => {
    this.frame = 0;
    const parts = [...this.dirty];
    this.dirty.clear();
    for (const p of parts) {
      const s = this.sections[p];
      if (s) this.render(p, s);
      else this.dirty.add(p); // not built yet: drawn once it is
    }
    // Training is blocked by errors: bring them onto the first screen, once each time it becomes so.
    const nowBlocked = blockedByErrors(this.state);
    if (nowBlocked && !this.blocked) document.getElementById('shapes')?.scrollIntoView({ block: 'start' });
    this.blocked = nowBlocked;
    // Reported once painted: the host sends a panel behind on painting fewer, merged updates.
    if (this.received !== this.reported) post({ type: 'drawn', received: (this.reported = this.received) });
  };
}
