// Runs every test suite (or those named on the command line) and ends with one line:
// `N passed, N failed`, the totals over every suite that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'nnspec-test-'));

function testFiles(dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .filter((f) => String(f).endsWith('.test.ts'))
    .map((f) => relative(root, join(abs, String(f))))
    .sort();
}

/** A suite of node:test files: human output on stdout, counts read from a TAP copy. */
function nodeTestSuite(name, dir) {
  const files = testFiles(dir);
  const tap = join(scratch, `${name}.tap`);
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k) => Number((text.match(new RegExp(`^# ${k} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
  const passed = count('pass');
  // A runner that died without a report still counts as a failure.
  const failed = count('fail') + (r.status !== 0 && count('fail') === 0 ? 1 : 0);
  return { passed, failed };
}

/** The type check and the linter count as one test each: the whole tree must pass them. */
function checkSuite(script) {
  const r = spawnSync(process.execPath, [join(root, script)], { cwd: root, stdio: 'inherit' });
  return r.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** A suite run by a script of its own that writes {passed, failed} as JSON to NNSPEC_RESULT_FILE. */
function scriptSuite(name, script) {
  const result = join(scratch, `${name}.json`);
  const r = spawnSync(process.execPath, [join(root, script)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NNSPEC_RESULT_FILE: result },
  });
  if (!existsSync(result)) return { passed: 0, failed: 1 };
  const counts = JSON.parse(readFileSync(result, 'utf8'));
  return { passed: counts.passed, failed: counts.failed + (r.status !== 0 && counts.failed === 0 ? 1 : 0) };
}

/**
 * The end-to-end suite runs the extension as users get it: packaged (.vsix) and installed into the
 * editor's extensions folder, not loaded from the source tree.
 */
async function e2eSuite() {
  const { packageExtension } = await import('./package.mjs');
  const { cacheDir, ensureCodeServer, installExtension } = await import('./vscode.mjs');
  const { installHelloWebview } = await import('./hello-webview.mjs');
  const extensionsDir = join(cacheDir, 'e2e', 'extensions');
  const vsix = join(cacheDir, 'e2e', 'nnspec.vsix');
  try {
    ensureCodeServer();
    rmSync(extensionsDir, { recursive: true, force: true });
    installExtension(packageExtension(vsix), extensionsDir);
    installHelloWebview(extensionsDir); // the baseline the panel's opening time is measured against
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return { passed: 0, failed: 1 };
  }
  process.env.NNSPEC_E2E_EXTENSIONS_DIR = extensionsDir;
  process.env.NNSPEC_E2E_VSIX = vsix; // for a test that installs it beside extensions of its own
  return nodeTestSuite('e2e', 'test/e2e');
}

const suites = {
  typecheck: () => checkSuite('scripts/typecheck.mjs'),
  lint: () => checkSuite('scripts/lint.mjs'),
  unit: () => nodeTestSuite('unit', 'test/unit'),
  webview: () => nodeTestSuite('webview', 'test/webview'),
  integration: () => scriptSuite('integration', 'scripts/integration.mjs'),
  e2e: () => e2eSuite(),
};

const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(suites);
let passed = 0;
let failed = 0;
for (const name of chosen) {
  if (!suites[name]) {
    console.error(`nnspec: unknown suite '${name}'; suites are ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n=== ${name} ===`);
  const r = await suites[name]();
  console.log(`=== ${name}: ${r.passed} passed, ${r.failed} failed ===`);
  passed += r.passed;
  failed += r.failed;
}
rmSync(scratch, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
