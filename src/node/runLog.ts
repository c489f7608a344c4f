// What a run has told the panel: a pending batch flushed at a bounded rate, and the whole
// record replayed when the panel (re)loads. No vscode import: unit-tested.
import type { BoundaryDTO, GradCheckRow, HostMessage, StepPoint, TestPoint } from '../protocol';

type StatusMessage = Extract<HostMessage, { type: 'status' }>;

/** Merges the messages that only matter at their latest (status, boundary, snapshot list) and concatenates progress. */
class Batch {
  points: StepPoint[] = [];
  testPoints: TestPoint[] = [];
  status?: StatusMessage;
  steps?: number[];
  boundary?: BoundaryDTO;

  messages(): HostMessage[] {
    const out: HostMessage[] = [];
    if (this.points.length > 0 || this.testPoints.length > 0) {
      out.push({ type: 'progress', points: this.points, testPoints: this.testPoints });
    }
    if (this.steps) out.push({ type: 'snapshotSteps', steps: this.steps });
    if (this.boundary) out.push({ type: 'boundary', boundary: this.boundary });
    if (this.status) out.push(this.status);
    return out;
  }

  add(msg: HostMessage): boolean {
    switch (msg.type) {
      case 'progress':
        this.points.push(...msg.points);
        this.testPoints.push(...msg.testPoints);
        return true;
      case 'status':
        this.status = msg;
        return true;
      case 'snapshotSteps':
        this.steps = msg.steps;
        return true;
      case 'boundary':
        this.boundary = msg.boundary;
        return true;
      default:
        return false;
    }
  }
}

export class RunLog {
  private pending = new Batch();
  private all = new Batch();
  private gradcheck?: GradCheckRow[];
  private error?: string;

  /**
   * Records a message from the worker. Returns the messages to post at once (errors,
   * snapshots, gradient checks); the rest wait for `flush`.
   */
  add(msg: HostMessage): HostMessage[] {
    if (msg.type === 'gradcheck') this.gradcheck = msg.rows;
    if (msg.type === 'error') this.error = msg.message;
    this.all.add(msg);
    if (this.pending.add(msg)) return [];
    // Anything immediate goes after what is pending, so the panel sees messages in order.
    return [...this.flush(), msg];
  }

  /** The coalesced messages since the last flush (empty when nothing is new). */
  flush(): HostMessage[] {
    const out = this.pending.messages();
    this.pending = new Batch();
    return out;
  }

  /** Everything the panel needs to redraw this run from scratch. */
  replay(): HostMessage[] {
    const out = this.all.messages();
    if (this.gradcheck) out.push({ type: 'gradcheck', rows: this.gradcheck });
    if (this.error !== undefined) out.push({ type: 'error', message: this.error });
    return out;
  }

  get status(): StatusMessage | undefined {
    return this.all.status;
  }

  get lastPoint(): StepPoint | undefined {
    return this.all.points[this.all.points.length - 1];
  }

  /** Replaces the status everywhere, e.g. when the host marks a run stale. */
  setStatus(status: StatusMessage): void {
    this.all.status = status;
    this.pending.status = status;
  }
}
