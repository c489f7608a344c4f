// What the host keeps of one run for its panel: the reports since the last flush, merged and sent
// at the panel's update rate, and the whole record (bounded) replayed when the panel (re)loads or
// the student ticks the run in the run list; progress too long for one message goes out in several.
import type {
  BoundaryDTO,
  ErrorMessage,
  GradCheckMessage,
  HostMessage,
  ProgressMessage,
  StatusMessage,
  StepPoint,
  TestPoint,
} from '../protocol';
import { isFinished } from '../core/training/runStatus';
import { StepColumns } from './stepColumns';
import { BYTES_PER_NUMBER, MESSAGE_BYTES } from '../core/messageBudget';
import type { WorkerReport, WorkerStatus } from './workerProtocol';

/** Points replayed to a panel that reloads: a long run is thinned to this many (its drawn curve needs no more). */
export const MAX_REPLAYED_POINTS = 20_000;

/** A step's point as JSON: step, cost, accuracy and the keys as four numbers, then one per layer. */
const pointBytes = (p: StepPoint): number => (4 + p.gradNorms.length) * BYTES_PER_NUMBER;
const TEST_POINT_BYTES = 4 * BYTES_PER_NUMBER;

/** `items` in consecutive slices of at most `per` each. */
function slices<T>(items: T[], per: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += per) out.push(items.slice(i, i + per));
  return out;
}

/** The points and test points as one progress message, or several in order when one would exceed `maxBytes`. */
export function progressMessages(
  runId: number,
  points: StepPoint[],
  testPoints: TestPoint[],
  maxBytes = MESSAGE_BYTES,
): ProgressMessage[] {
  const perPoint = points.length > 0 ? pointBytes(points[points.length - 1]) : 0;
  if (points.length * perPoint + testPoints.length * TEST_POINT_BYTES <= maxBytes) {
    return [{ type: 'progress', runId, points, testPoints }];
  }
  const parts = [
    ...slices(points, Math.max(1, Math.floor(maxBytes / perPoint))).map((p) => ({ points: p, testPoints: [] })),
    ...slices(testPoints, Math.floor(maxBytes / TEST_POINT_BYTES)).map((t) => ({ points: [], testPoints: t })),
  ];
  return parts.map((m) => ({ type: 'progress', runId, ...m }));
}

/** Merges the reports that only matter at their latest (status, boundary, kept steps) and concatenates progress. */
class Batch {
  readonly points = new StepColumns();
  testPoints: TestPoint[] = [];
  status?: WorkerStatus;
  steps?: number[];
  boundary?: BoundaryDTO;

  constructor(private readonly runId: number) {}

  add(r: WorkerReport): void {
    if (r.type === 'progress') {
      this.points.push(r.points);
      this.testPoints.push(...r.testPoints);
    } else if (r.type === 'status') this.status = r;
    else if (r.type === 'snapshotSteps') this.steps = r.steps;
    else this.boundary = r.boundary;
  }

  messages(status: (s: WorkerStatus) => StatusMessage): HostMessage[] {
    const runId = this.runId;
    const out: HostMessage[] = [];
    if (this.points.length > 0 || this.testPoints.length > 0) {
      out.push(...progressMessages(runId, this.points.toPoints(), this.testPoints));
    }
    if (this.steps) out.push({ type: 'snapshotSteps', runId, steps: this.steps });
    if (this.boundary) out.push({ type: 'boundary', runId, boundary: this.boundary });
    if (this.status) out.push(status(this.status));
    return out;
  }
}

/** What a status says the run is doing, apart from its step count. */
const stateOf = (s: StatusMessage): string => JSON.stringify([s.status, s.stale, s.message]);

export class RunRecord {
  private pending: Batch;
  private readonly all: Batch;
  private gradcheck?: GradCheckMessage;
  private error?: ErrorMessage;
  /** Set when the spec was edited since the run started: what the status says from then on. */
  private staleMessage?: string;
  /** A status the host imposed (the worker stopped or was stopped): later reports cannot undo it. */
  private ended?: WorkerStatus;
  /** The run's state as last flushed (stateOf). */
  private flushedState?: string;

  constructor(readonly runId: number) {
    this.pending = new Batch(runId);
    this.all = new Batch(runId);
  }

  add(report: WorkerReport): void {
    if (this.ended && report.type === 'status') return;
    this.pending.add(report);
    this.all.add(report);
    if (report.type === 'progress') {
      this.all.points.thin(MAX_REPLAYED_POINTS);
      this.pending.points.thin(MAX_REPLAYED_POINTS); // a panel that stays behind gets a thinned stretch
    } else if (report.type === 'status' && isFinished(report.status)) this.all.points.trim();
  }

  /**
   * A gradient check's or an error's message, kept for the replay; returns what to post now (pending reports first).
   */
  addImmediate(m: GradCheckMessage | ErrorMessage): HostMessage[] {
    if (m.type === 'gradcheck') this.gradcheck = m;
    else this.error = m;
    return [...this.flush(), m];
  }

  /**
   * Whether the reports since the last flush change what the run is doing (a pause, an end, staleness), not
   * only how far it got: such news goes out even to a panel that is behind.
   */
  get stateChanged(): boolean {
    const s = this.pending.status;
    return s !== undefined && stateOf(this.statusMessage(s)) !== this.flushedState;
  }

  /** The merged reports since the last flush (empty when nothing is new). */
  flush(): HostMessage[] {
    const out = this.pending.messages((s) => this.statusMessage(s));
    if (this.pending.status) this.flushedState = stateOf(this.statusMessage(this.pending.status));
    this.pending = new Batch(this.runId);
    return out;
  }

  /** Everything the panel needs to redraw this run from scratch. */
  replay(): HostMessage[] {
    const out = this.all.messages((s) => this.statusMessage(s));
    if (this.gradcheck) out.push(this.gradcheck);
    if (this.error) out.push(this.error);
    return out;
  }

  get status(): StatusMessage | undefined {
    return this.all.status && this.statusMessage(this.all.status);
  }

  get lastPoint(): StepPoint | undefined {
    return this.all.points.last();
  }

  /** Marks the run as of an older version of the spec; the next flush says so. */
  markStale(message: string): void {
    this.staleMessage = message;
    if (this.all.status) this.pending.status = this.all.status;
  }

  /**
   * Ends the run from the host's side (its worker stopped): an unfinished run is stopped with this
   * message; a finished one keeps its outcome. Later reports cannot change it.
   */
  end(message: string): void {
    const last = this.all.status;
    if (last && isFinished(last.status)) {
      this.ended = last;
      return;
    }
    const status: WorkerStatus = {
      type: 'status',
      runId: this.runId,
      status: 'stopped',
      stepsRun: last?.stepsRun ?? 0,
      totalSteps: last?.totalSteps ?? 0,
      message,
    };
    this.pending.status = this.all.status = this.ended = status;
  }

  /** What an old run keeps: its scalars, status and output boundary; the hidden-unit maps and gradient check go. */
  compact(): void {
    const b = this.all.boundary;
    if (b && b.hidden.length > 0) this.all.boundary = { ...b, hidden: [] };
    this.gradcheck = undefined;
  }

  private statusMessage(s: WorkerStatus): StatusMessage {
    if (this.staleMessage === undefined || this.ended) return { ...s, stale: false };
    return { ...s, stale: true, message: this.staleMessage };
  }
}
