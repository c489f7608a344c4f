// The python3 the export tests run scripts with (Debian's, which has python3-numpy and
// python3-torch), and running many exported scripts in one Python process.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [process.env.NNSPEC_PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => !!p);
const found = new Map<string, string>();

/**
 * One thread per process (the machine is shared; the numbers are the same), and compiled files
 * kept out of the tree (py_compile writes them next to the source otherwise).
 */
export const PYTHON_ENV = {
  ...process.env,
  OMP_NUM_THREADS: '1',
  OPENBLAS_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
  PYTHONPYCACHEPREFIX: join(tmpdir(), 'nnspec-pycache'),
};

/** The first python3 that can import `module`; throws (the test fails) with what to install. */
export function pythonWith(module: 'numpy' | 'torch'): string {
  const known = found.get(module);
  if (known) return known;
  for (const python of CANDIDATES) {
    const r = spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8', env: PYTHON_ENV });
    if (r.status === 0) {
      found.set(module, python);
      return python;
    }
  }
  throw new Error(
    `No python3 here can import ${module} (tried ${CANDIDATES.join(', ')}). Install Debian's python3-${module}: ` +
      `apt-get install python3-${module} (.ci/run installs it), or set NNSPEC_PYTHON to a python3 that has it.`,
  );
}

export interface ScriptRun {
  stdout: string;
  error?: string;
}

/** Runs each script with its arguments, all in one process of `python`; results in order. */
export function runScripts(python: string, jobs: { path: string; args: string[] }[]): ScriptRun[] {
  const r = spawnSync(python, [join(__dirname, 'run_scripts.py')], {
    input: JSON.stringify(jobs),
    encoding: 'utf8',
    env: PYTHON_ENV,
    maxBuffer: 512 * 2 ** 20,
  });
  if (r.status !== 0) throw new Error(`${python} run_scripts.py failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as ScriptRun[];
}

/** `python3 -m py_compile` over every file: undefined when all compile, else the error text. */
export function compileError(python: string, files: string[]): string | undefined {
  const r = spawnSync(python, ['-m', 'py_compile', ...files], { encoding: 'utf8', env: PYTHON_ENV });
  return r.status === 0 ? undefined : `${r.stdout}${r.stderr}`;
}
