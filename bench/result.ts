// What one system reports after training one workload in a child process.
export interface RunResult {
  /** Loading libraries and building the trainer or the tensors, from data already generated (ms). */
  setupMs: number;
  /** The training loop alone (ms). */
  trainMs: number;
  steps: number;
  /** J of the last step (computed before its update). */
  finalCost: number;
  /** What the system ran on, when worth saying (numpy: its version and BLAS). */
  note?: string;
}
