// What one system reports after training one workload in a child process.
export interface RunResult {
  /** Loading libraries and building data, parameters and tensors (ms). */
  setupMs: number;
  /** The training loop alone (ms). */
  trainMs: number;
  steps: number;
  /** J of the last step (computed before its update). */
  finalCost: number;
}
