// The run list in the panel's state: the host's list of the spec's runs, the student's ticks, and
// what the panel holds of each ticked run besides the current one (its series, its status, its
// boundaries). Pure functions of that part of the state: unit-tested in Node.

import type { BoundaryDTO, HostMessage, RunsMessage, RunSummary, StatusMessage } from '../src/protocol';
import { appendProgress, emptySeries, type Series } from './series';
import type { Part } from './state';

/** What the panel holds of a ticked run other than the current one. */
export interface OtherRunView {
  status?: StatusMessage;
  series: Series;
  /** Its latest boundary: of its current parameters, or its final ones once it ended. */
  boundary?: BoundaryDTO;
  /** Its boundary at the step the panel last asked for (to set beside the current run's at that step). */
  boundaryAt?: BoundaryDTO;
}

export interface RunsView {
  /** The host's list, newest first (empty before the first run). */
  list: readonly RunSummary[];
  /** The ticked runs other than the current one, by run id. */
  others: Readonly<Record<number, OtherRunView>>;
}

export const emptyRuns: RunsView = { list: [], others: {} };

/** The host's list; what the panel held of runs no longer ticked (or no longer kept) goes. */
export function withRunList(v: RunsView, m: RunsMessage): RunsView {
  const others: Record<number, OtherRunView> = {};
  for (const r of m.runs) {
    if (r.overlaid && r.runId !== m.current) others[r.runId] = v.others[r.runId] ?? { series: emptySeries() };
  }
  return { list: m.runs, others };
}

/** The student's tick, at once (the host hears of it too, and sends a ticked run's series). */
export function withOverlay(v: RunsView, runId: number, shown: boolean): RunsView {
  const list = v.list.map((r) => (r.runId === runId ? { ...r, overlaid: shown } : r));
  const others = { ...v.others };
  if (shown) others[runId] ??= { series: emptySeries() };
  else delete others[runId];
  return { list, others };
}

/** Whether `runId` is one of the kept runs other than the current one. */
export function isOtherRun(v: RunsView, runId: number, current: number): boolean {
  return runId !== current && v.list.some((r) => r.runId === runId);
}

/**
 * The view with a message of another run folded in; undefined when it changes nothing (an unticked run, a snapshot).
 */
export function withOtherRunMessage(
  v: RunsView,
  m: Exclude<HostMessage, { type: 'analysis' | 'points' | 'runs' | 'fixResult' | 'selectEntry' }>,
): RunsView | undefined {
  const runId = m.runId;
  const o = runId === undefined ? undefined : v.others[runId];
  if (runId === undefined || !o) return undefined;
  let next: OtherRunView;
  if (m.type === 'status') next = { ...o, status: m };
  else if (m.type === 'progress') next = { ...o, series: appendProgress(o.series, m.points, m.testPoints) };
  else if (m.type === 'boundary')
    next = m.inReplyTo === undefined ? { ...o, boundary: m.boundary } : { ...o, boundaryAt: m.boundary };
  else return undefined;
  return { ...v, others: { ...v.others, [runId]: next } };
}

/** The sections a message of a ticked run changes. */
export function otherRunParts(type: HostMessage['type']): Part[] {
  if (type === 'progress') return ['loss', 'gradnorms'];
  if (type === 'boundary') return ['compare'];
  return ['runs', 'loss', 'gradnorms', 'compare'];
}

const MAX_NAME_CHARS = 40;

/** How legends, tables and captions name a run: `#3 learning_rate 1.2 → 0.5`, `#5 zero init`. */
export function runName(r: RunSummary): string {
  const name = `#${r.number} ${r.label}`;
  return name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS - 1)}…` : name;
}
