// The Debian packages `npm test` and `npm start` need, installed with apt-get when some are missing
// and this process may install them (root, or sudo without a password); otherwise it says which.
import { spawnSync } from 'node:child_process';

/** What each command needs from Debian, and why (printed when they cannot be installed here). */
export const debianPackages = {
  start: {
    chromium: 'the browser window of the real VS Code',
    'libkrb5-dev': "the headers one of code-server's native modules builds against",
  },
  test: {
    chromium: 'the webview and VS Code tests',
    'libkrb5-dev': "the headers one of code-server's native modules builds against",
    'python3-numpy': 'running the exported numpy scripts',
    'python3-torch': 'running the exported PyTorch scripts',
    'fonts-nanum': "the Korean glyphs of the Korean e2e test's screenshot",
  },
};

const installed = (name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;
const ok = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** The prefix that runs apt-get as root here, or undefined when this process cannot. */
function asRoot() {
  if (process.getuid?.() === 0) return [];
  return ok('sudo', ['-n', 'true']) ? ['sudo', '-n'] : undefined;
}

/** Installs the missing packages of `command` ('start' or 'test'); returns those still missing. */
export function ensureDebianPackages(command) {
  const wanted = debianPackages[command];
  if (!wanted || !ok('dpkg', ['--version'])) return []; // not a Debian system: the tests name what they lack
  const missing = Object.keys(wanted).filter((name) => !installed(name));
  if (missing.length === 0) return [];
  const prefix = asRoot();
  if (prefix) {
    console.log(`nnspec: installing Debian packages: ${missing.join(', ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => {
      const [cmd, ...rest] = [...prefix, ...args];
      return spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
    };
    if (run(['apt-get', 'update', '-qq']))
      run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
  }
  const still = missing.filter((name) => !installed(name));
  if (still.length > 0) {
    console.warn(`nnspec: missing Debian packages; install them with: sudo apt-get install -y ${still.join(' ')}`);
    for (const name of still) console.warn(`  ${name}: for ${wanted[name]}`);
  }
  return still;
}
