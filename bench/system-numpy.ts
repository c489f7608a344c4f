// Trains a workload with numpy in float64 in a Python child process (bench/system_numpy.py), one
// BLAS thread, from the same data and initial parameters as the other systems. Nothing is
// installed here: the Python found (NNSPEC_PYTHON, else /usr/bin/python3, else python3) must
// import numpy, or the system is skipped.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { RunResult } from './result';
import type { Workload } from './workloads';

const CANDIDATES = [process.env.NNSPEC_PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => !!p);

/**
 * One thread everywhere; OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE (set on some machines for old
 * OpenBLAS builds) are dropped for this child alone: they force slower kernels on a current numpy.
 */
export function numpyEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  for (const v of ['OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'BLIS_NUM_THREADS']) env[v] = '1';
  return env;
}

/** The first candidate Python that imports numpy, or undefined. */
export function findNumpyPython(): string | undefined {
  return CANDIDATES.find(
    (python) => spawnSync(python, ['-c', 'import numpy'], { stdio: 'ignore', env: numpyEnv() }).status === 0,
  );
}

function f64Bytes(data: Float64Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

export function runNumpy(w: Workload): RunResult & { note?: string } {
  const python = findNumpyPython();
  if (!python) throw new Error('no python3 with numpy (see the README: apt-get install python3-numpy)');
  const { X, Y } = w.data();
  const header = {
    sizes: w.sizes,
    activations: w.activations,
    loss: w.loss,
    learningRate: w.learningRate,
    batchSize: w.batchSize,
    m: X.cols,
    ...(w.iterations !== undefined ? { iterations: w.iterations } : { epochs: w.epochs }),
  };
  const parts = [Buffer.from(`${JSON.stringify(header)}\n`), f64Bytes(X.data), f64Bytes(Y.data)];
  for (const { W, b } of w.init()) parts.push(f64Bytes(W.data), f64Bytes(b.data));
  const r = spawnSync(python, [join(__dirname, 'system_numpy.py')], {
    input: Buffer.concat(parts),
    env: numpyEnv(),
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) throw new Error(`numpy run failed: ${r.stderr.trim().split('\n').pop() ?? r.status}`);
  return JSON.parse(line) as RunResult & { note?: string };
}
