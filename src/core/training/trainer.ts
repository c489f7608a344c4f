// Trains a network on a data set one step at a time: step t computes J_t and the gradients
// with θ_t, then updates θ_t to θ_t+1. Stops by itself when done or when a number blows up.

import type { Dataset } from '../data/types';
import { accuracy } from '../engine/accuracy';
import { copyArray, copyInto } from '../engine/copy';
import { buildNetwork } from '../engine/init';
import type { Matrix } from '../engine/matrix';
import { allFinite, type LayerParameters, type Network } from '../engine/network';
import { createOptimizer, type Optimizer, type OptimizerState } from '../engine/optimizers';
import { english, msg, type Message, type Param } from '../messages/message';
import type { Workspace } from '../engine/workspace';
import type { Spec } from '../spec/types';
import { BatchSchedule, type Batch } from './batches';
import { divergenceMessage } from './divergence';
import { History } from './history';
import { replayPointBytes, replayReach, ReplayLog, type ReplayPoint } from './replay';
import { sampleSnapshot, snapshotFits, type SampledSnapshot } from '../messageBudget';
import {
  captureMoments,
  captureSnapshot,
  captureUpdate,
  freshArray,
  parametersIn,
  recycler,
  snapshotView,
  type Allocate,
} from './snapshot';
import type { Evaluation, HistoryOptions, Snapshot, StepRecord } from './types';

export type TrainerStatus = 'ready' | 'done' | 'diverged';

export type { Evaluation } from './types';

export class Trainer {
  /** iterations, or epochs × batches per epoch. */
  readonly totalSteps: number;
  /** t of the next step; also the number of steps recorded in the history. */
  stepIndex = 0;
  status: TrainerStatus = 'ready';
  /**
   * Set when a step's cost, a gradient or an updated parameter is NaN or ±Infinity. That step's
   * record is kept (with its cost, which may be NaN or Infinity). When the cost or a gradient is
   * bad the update is not applied; when the update itself overflows, the parameters hold it.
   */
  /** `message` in English; `l10n` the message it was rendered from, for the reader's language. */
  divergence?: { step: number; message: string; l10n: Message };
  readonly history: History<ReplayPoint>;
  readonly batches: BatchSchedule;

  private readonly replayLog: ReplayLog;
  private readonly net: Network;
  private readonly optimizer: Optimizer;
  private readonly classification: boolean;
  private readonly workspaces = new Map<number, Workspace>();
  /** For the training and test sets. */
  private readonly evalWorkspaces = new Map<Matrix, Workspace>();
  /** The last predict() call's, reused while the number of columns stays the same. */
  private predictWorkspace?: Workspace;
  /**
   * The last snapshot replayed, for the requests that come in a row for one step; the next replay
   * overwrites its arrays. And the buffer that holds the current θ meanwhile.
   */
  private replayed?: Snapshot;
  private thetaAside?: Float64Array;
  /** The last sampled snapshot replayed, and the budget it was sampled to. */
  private sampled?: { maxBytes: number; picked: SampledSnapshot };

  constructor(
    readonly spec: Spec,
    readonly data: Dataset,
    options: { history?: HistoryOptions } = {},
  ) {
    this.net = buildNetwork(spec, data.X.rows);
    this.optimizer = createOptimizer(spec.training.optimizer, spec.training.learningRate, this.net.theta.length);
    this.batches = new BatchSchedule(data.X, data.Y, spec.training.batchSize, spec.seed);
    const t = spec.training;
    this.totalSteps = t.iterations ?? (t.epochs ?? 0) * this.batches.batchesPerEpoch;
    const miniBatch = this.batches.isFullBatch ? undefined : this.batches.batchSize;
    const bytes = replayPointBytes(this.net.theta.length, this.optimizer.moments().length, miniBatch);
    this.history = new History(this.totalSteps, options.history, bytes);
    this.replayLog = new ReplayLog(options.history?.replaySteps ?? replayReach(this.net.sizes, this.batches.batchSize));
    this.classification = data.task === 'classification';
    if (this.totalSteps <= 0) this.status = 'done';
  }

  /**
   * Runs step t = stepIndex. `snapshot`: true gives the record step t's snapshot; 'keep' (and true) keeps
   * step t in the history whatever its policy says; false keeps it when the policy does.
   */
  next(snapshot: boolean | 'keep' = false): StepRecord | undefined {
    if (this.status !== 'ready') return undefined;
    const net = this.net;
    const t = this.stepIndex;
    const batch = this.batches.next();
    const { ws, cost } = this.pass(batch, snapshot === true);
    const record: StepRecord = { step: t, cost, gradNorms: net.gradientNorms() };
    if (this.classification) record.accuracy = accuracy(ws.A[net.L], batch.Y, net.sizes[net.L], batch.m);
    if (snapshot === true) record.snapshot = captureSnapshot(net, ws, t, cost, ...this.batchMatrices(batch));
    const keep = snapshot !== false || this.history.wantsSnapshot(t);
    const point = () => this.replayLog.point(t, net.theta, this.optimizer.moments(), batch.examples);
    let kept = keep ? point() : undefined;
    if (this.data.Xtest && this.data.Ytest && this.history.wantsTest(t)) {
      const test = this.costOn(this.data.Xtest, this.data.Ytest);
      this.history.addTestPoint({ step: t, ...test });
    }

    const { problem, afterUpdate } = this.update(cost, record.snapshot);
    // The step that went wrong is the one to look at: kept whenever θ_t is still there (no update applied).
    if (problem !== undefined && !afterUpdate) kept ??= point();
    if (!kept) this.replayLog.pass(t, batch.examples);
    this.stepIndex = t + 1;
    this.history.add(record, kept);
    if (problem !== undefined) {
      this.status = 'diverged';
      const l10n = divergenceMessage(this.spec, t, problem, afterUpdate);
      this.divergence = { step: t, message: english(l10n), l10n };
    } else if (this.stepIndex >= this.totalSteps) {
      this.status = 'done';
    }
    return record;
  }

  /**
   * Applies step t's update unless the cost or a gradient is already bad; says what went wrong.
   * With a snapshot, records θ_t+1 and the moments before the update in it.
   */
  private update(cost: number, snapshot?: Snapshot): { problem?: Message; afterUpdate: boolean } {
    const net = this.net;
    if (!Number.isFinite(cost)) return { problem: msg('diverge.cost', { cost }), afterUpdate: false };
    if (!net.gradientsFinite())
      return { problem: msg('diverge.gradient', { name: firstNonFinite(net, true) }), afterUpdate: false };
    const moments = snapshot && captureMoments(net, this.optimizer.moments());
    const ok = this.optimizer.update(net.theta, net.grad);
    if (snapshot && moments) snapshot.update = captureUpdate(net, moments);
    if (ok) return { afterUpdate: false };
    return { problem: msg('diverge.overflow', { name: firstNonFinite(net, false) }), afterUpdate: true };
  }

  /**
   * The snapshot of a kept step, computed again from what the history kept of it: from its checkpoint, the
   * steps in between as they ran, then the same forward and backward pass on θ_t and its examples and the
   * same update, so every number is the one the step had. The network's θ is put back; its workspaces are overwritten by the next step anyway.
   * The snapshot is good until a snapshot of another step is asked for: that one reuses its arrays.
   */
  snapshot(step: number): Snapshot | undefined {
    if (this.replayed?.step === step) return this.replayed;
    const point = this.history.kept(step);
    if (!point) return undefined;
    const net = this.net;
    const snapshot = this.replay(point, (ws, batch, cost, state) => {
      const alloc = recycler(this.replayed, [this.data.X.data, this.data.Y.data]);
      const s = captureSnapshot(net, ws, step, cost, ...this.batchMatrices(batch, alloc), alloc);
      if (Number.isFinite(cost) && net.gradientsFinite()) {
        const optimizer = this.resumedOptimizer(state);
        const before = captureMoments(net, optimizer.moments(), alloc);
        optimizer.update(net.theta, net.grad);
        s.update = captureUpdate(net, before, alloc);
      }
      return s;
    });
    this.replayed = snapshot;
    return snapshot;
  }

  /**
   * The snapshot of a kept step under `maxBytes`, as sampleSnapshot samples it, but picked straight out of
   * the replay's buffers: a 784-256-10 step copies a few thousand numbers of each big matrix, not all 7 MB
   * of them, and leaves out the update, which a sampled snapshot does not carry. The whole snapshot when it fits.
   */
  sampledSnapshot(step: number, maxBytes: number): SampledSnapshot | undefined {
    const point = this.history.kept(step);
    if (!point) return undefined;
    if (snapshotFits(this.net.sizes, point.examples.at(-1)?.length ?? this.data.X.cols, maxBytes)) {
      const snapshot = this.snapshot(step);
      return snapshot && { snapshot };
    }
    const last = this.sampled;
    if (last?.picked.snapshot.step === step && last.maxBytes === maxBytes) return last.picked;
    const picked = this.replay(point, (ws, batch, cost) => {
      const X = { rows: this.data.X.rows, cols: batch.m, data: batch.X };
      const Y = { rows: this.data.Y.rows, cols: batch.m, data: batch.Y };
      return sampleSnapshot(snapshotView(this.net, ws, step, cost, X, Y), maxBytes);
    });
    this.sampled = { maxBytes, picked };
    return picked;
  }

  /** Copies of W[l], b[l] of a kept step (θ_t): its checkpoint's, its replayed snapshot's, or after running the steps from it. */
  parametersAt(step: number): LayerParameters[] | undefined {
    const point = this.history.kept(step);
    if (!point) return undefined;
    if (point.examples.length === 1) return parametersIn(this.net, point.from.theta);
    // The panel asks for a step's snapshot, then for its θ (the boundary): no second run from the checkpoint.
    if (this.replayed?.step === step)
      return this.replayed.layers.map(({ W, b }) => ({
        W: { ...W, data: W.data.slice() },
        b: { ...b, data: b.data.slice() },
      }));
    return this.at(point, () => this.net.parameters());
  }

  /**
   * Runs kept step t again (forward and backward on θ_t and its examples) and hands the network in that
   * state to `take`, with the optimizer's state before t's update. The workspaces are overwritten by the
   * next step anyway.
   */
  private replay<T>(
    point: ReplayPoint,
    take: (ws: Workspace, batch: Batch, cost: number, optimizer: OptimizerState) => T,
  ): T {
    return this.at(point, (optimizer) => {
      const batch = this.batches.gather(point.examples.at(-1));
      const { ws, cost } = this.pass(batch, true);
      return take(ws, batch, cost, optimizer);
    });
  }

  /**
   * Sets θ to θ_t of a kept step (from its checkpoint, running the steps in between as they ran) for
   * `use`, then puts the current θ back.
   */
  private at<T>(point: ReplayPoint, use: (optimizer: OptimizerState) => T): T {
    const net = this.net;
    const now = (this.thetaAside ??= new Float64Array(net.theta.length));
    copyInto(now, net.theta);
    copyInto(net.theta, point.from.theta);
    const out = use(this.runUpTo(point));
    copyInto(net.theta, now);
    return out;
  }

  /** θ := θ_t from the checkpoint's θ: steps from.step … t - 1 again, updates included. */
  private runUpTo(point: ReplayPoint): OptimizerState {
    const { from, examples } = point;
    if (examples.length === 1) return { moments: from.moments, updates: from.step };
    const optimizer = this.resumedOptimizer({ moments: from.moments, updates: from.step });
    for (const stepExamples of examples.slice(0, -1)) {
      this.pass(this.batches.gather(stepExamples), false);
      optimizer.update(this.net.theta, this.net.grad);
    }
    return { moments: optimizer.moments(), updates: point.step };
  }

  /** Forward, cost and backward on a batch with the current θ: the gradients in `net.grad`. */
  private pass(batch: Batch, withOutputDA: boolean): { ws: Workspace; cost: number } {
    const net = this.net;
    const ws = this.workspace(batch.m);
    net.forward(ws, batch.X);
    const cost = net.cost(ws, batch.Y);
    net.backward(ws, batch.Y, withOutputDA);
    return { ws, cost };
  }

  private resumedOptimizer(from: OptimizerState): Optimizer {
    const t = this.spec.training;
    return createOptimizer(t.optimizer, t.learningRate, this.net.theta.length, from);
  }

  /** Copies of the current W[l], b[l] (θ_stepIndex), columns orientation. */
  parameters(): LayerParameters[] {
    return this.net.parameters();
  }

  /** A[L] for X (n[0], k) with the current parameters. */
  predict(X: Matrix): Matrix {
    if (this.predictWorkspace?.m !== X.cols) this.predictWorkspace = this.net.workspace(X.cols, false);
    const ws = this.predictWorkspace;
    this.net.forward(ws, X.data);
    const L = this.net.L;
    return { rows: this.net.sizes[L], cols: X.cols, data: copyArray(ws.A[L]) };
  }

  /**
   * J (regularisation included) and accuracy with the current parameters on the whole training set and the test set.
   */
  evaluate(): Evaluation {
    const train = this.costOn(this.data.X, this.data.Y);
    const out: Evaluation = { cost: train.cost };
    if (train.accuracy !== undefined) out.accuracy = train.accuracy;
    if (this.data.Xtest && this.data.Ytest) {
      const test = this.costOn(this.data.Xtest, this.data.Ytest);
      out.testCost = test.cost;
      if (test.accuracy !== undefined) out.testAccuracy = test.accuracy;
    }
    return out;
  }

  private costOn(X: Matrix, Y: Matrix): { cost: number; accuracy?: number } {
    let ws = this.evalWorkspaces.get(X);
    if (!ws) {
      ws = this.net.workspace(X.cols, false);
      this.evalWorkspaces.set(X, ws);
    }
    const net = this.net;
    net.forward(ws, X.data);
    const cost = net.cost(ws, Y.data);
    if (!this.classification) return { cost };
    return { cost, accuracy: accuracy(ws.A[net.L], Y.data, net.sizes[net.L], X.cols) };
  }

  private workspace(m: number): Workspace {
    let ws = this.workspaces.get(m);
    if (!ws) {
      ws = this.net.workspace(m, true);
      this.workspaces.set(m, ws);
    }
    return ws;
  }

  /** The batch as matrices for a snapshot: the data set's own when full batch, else copies. */
  private batchMatrices(batch: Batch, alloc: Allocate = freshArray): [Matrix, Matrix] {
    if (this.batches.isFullBatch) return [this.data.X, this.data.Y];
    const copy = (rows: number, data: Float64Array): Matrix => {
      const out = alloc(data.length);
      out.set(data);
      return { rows, cols: batch.m, data: out };
    };
    return [copy(this.data.X.rows, batch.X), copy(this.data.Y.rows, batch.Y)];
  }
}

/** The name of the first matrix with a non-finite entry: W[l] / b[l], or dW[l] / db[l] for the gradients. */
function firstNonFinite(net: Network, gradients: boolean): Param {
  const d = gradients ? 'd' : '';
  for (let l = 1; l <= net.L; l++) {
    if (!allFinite(gradients ? net.dW[l] : net.W[l])) return `${d}W[${l}]`;
    if (!allFinite(gradients ? net.db[l] : net.b[l])) return `${d}b[${l}]`;
  }
  return msg('diverge.aParameter');
}
