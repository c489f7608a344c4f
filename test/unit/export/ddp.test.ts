// The PyTorch script under torchrun with 2 processes (DistributedDataParallel, gloo on the CPU):
// each batch is split between them, and the costs and parameters are those of one process and
// of nnspec, to 1e-9 (relative). Mini-batches of 5 split 3 + 2, the last batch of an epoch 2 + 1.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { agreement, EXPORT_TOLERANCE, exportTo, parseReport, trainJson } from './harness';
import { PYTHON_ENV, pythonWith, runScripts } from './python';

const SPEC = `
seed: 5
layout: rows
data:
  generate: { kind: moons, samples: 27, noise: 0.2 }
  normalize: standard
  test_split: 0.2
network:
  init: he
  layers:
    - { units: 5, activation: tanh }
    - { units: 1, activation: sigmoid }
loss: binary_cross_entropy
training:
  epochs: 3
  batch_size: 5
  learning_rate: 0.02
  optimizer: adam
  regularization: { l2: 0.1 }
`;

/** Far above a run's 10–30 s, even on a loaded machine. */
const DEADLINE_MS = 150_000;

/** A port no one listens on now: torchrun's default, 29500, is shared with any other torchrun. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Launch {
  status: number | null;
  stdout: string;
  /** The launcher's stderr, then each worker's (their stderr goes to files under --log_dir). */
  stderr: string;
  hung: boolean;
}

/**
 * torchrun with 2 processes, all on the loopback (static rendezvous at 127.0.0.1, gloo on `lo`):
 * nothing depends on what the host name resolves to. Past `deadline` every process of the launch
 * prints where it stands (faulthandler on SIGABRT) and is killed.
 */
async function torchrun(python: string, script: string, logDir: string, deadline: number): Promise<Launch> {
  const args = ['-m', 'torch.distributed.run', '--nnodes', '1', '--nproc_per_node', '2', '--node_rank', '0'];
  args.push('--master_addr', '127.0.0.1', '--master_port', String(await freePort()), '--log_dir', logDir);
  // --monitor_interval 0.5: the launcher notices the end of the run sooner (it polls every 5 s).
  // --redirects 2 --tee 1: torchrun of PyTorch 1.13 on Python 3.11 (Debian 12) fails without them.
  args.push('--monitor_interval', '0.5', '--redirects', '2', '--tee', '1', script, '--json');
  const env = { ...PYTHON_ENV, GLOO_SOCKET_IFNAME: 'lo', PYTHONFAULTHANDLER: '1' };
  const child = spawn(python, args, { env, detached: true }); // its own process group, workers included
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    process.kill(-child.pid!, 'SIGABRT');
    setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 3000).unref();
  }, deadline);
  const [status] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  const logs = (existsSync(logDir) ? readdirSync(logDir, { recursive: true }) : [])
    .map(String)
    .filter((f) => f.endsWith('stderr.log'));
  for (const f of logs.sort()) stderr += `\n--- ${f}\n${readFileSync(join(logDir, f), 'utf8')}`;
  return { status, stdout, stderr, hung };
}

test('torchrun --nproc_per_node 2 gives the costs and parameters of one process', async (t) => {
  const python = pythonWith('torch');
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-export-ddp-'));
  const file = join(dir, 'moons.nnspec');
  writeFileSync(file, SPEC);
  const nnspec = trainJson(file);
  const script = exportTo(file, 'pytorch', dir);
  const [single] = runScripts(python, [{ path: script, args: ['--json'] }]);
  assert.equal(single.error, undefined, single.error);
  const r = await torchrun(python, script, join(dir, 'torchrun-logs'), DEADLINE_MS);
  assert.equal(
    r.status,
    0,
    `torchrun ${r.hung ? `hung for ${DEADLINE_MS / 1000} s` : `failed (${r.status})`}:\n${r.stderr}\n${r.stdout}`,
  );
  const ddp = parseReport(r.stdout);
  const vsSingle = agreement(ddp, parseReport(single.stdout));
  const vsNnspec = agreement(ddp, nnspec);
  t.diagnostic(
    `DDP, 2 processes: max relative difference ${vsSingle.worst.toExponential(2)} from one process, ${vsNnspec.worst.toExponential(2)} from nnspec`,
  );
  assert.equal(ddp.costs.length, 3 * 5); // 22 training examples: 5 batches per epoch
  assert.ok(vsSingle.worst <= EXPORT_TOLERANCE, `${vsSingle.worst} at ${vsSingle.where}`);
  assert.ok(vsNnspec.worst <= EXPORT_TOLERANCE, `${vsNnspec.worst} at ${vsNnspec.where}`);
});
