// Runs the mocha integration suite inside a real VS Code extension host: code-server's workbench in
// headless Chromium, with the extension loaded from source and the built suite as extensionTestsPath.
//   node scripts/integration.mjs [--extension DIR] [--folder DIR] [--tests DIR]
// Writes {passed, failed} as JSON to $NNSPEC_RESULT_FILE when set; exits non-zero on any failure.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './browser.mjs';
import { buildIntegrationSuite, root, testsDir } from './integration-build.mjs';
import { startCodeServer, workbenchUrl } from './vscode.mjs';

// Must match REPORT_TAG and SUMMARY_TAG in test/integration/index.ts.
const REPORT_TAG = '[nnspec-mocha]';
const SUMMARY_TAG = '[nnspec-mocha-summary]';

/** Mocha's tagged line within a workbench log line (which adds its own prefixes), or undefined. */
function tagged(line, tag) {
  const at = line.indexOf(`${tag} `);
  return at < 0 ? undefined : line.slice(at + tag.length + 1);
}

/**
 * Runs the suite once. Resolves to { passed, failed, exitCode } where exitCode is what the
 * workbench reported (0: run() resolved), or undefined when it never reported within `timeoutMs`.
 */
export async function runIntegration({
  extensionPath = root,
  folder = join(root, 'examples'),
  tests = testsDir,
  timeoutMs = 1_800_000, // the soak alone takes minutes, and the quick fixes of the whole corpus 1.5 more
  print = (line) => console.log(line),
} = {}) {
  // A build folder per run: others may run the suite at the same time in this checkout.
  mkdirSync(join(root, 'out', 'test'), { recursive: true });
  const built = mkdtempSync(join(root, 'out', 'test', 'integration-run-'));
  let server;
  let browser;
  try {
    const index = await buildIntegrationSuite({ from: tests, to: built });
    server = await startCodeServer({ folder });
    browser = await launchChromium();
    const { page } = browser;
    let summary;
    let finished;
    const exited = new Promise((res) => {
      finished = res;
    });
    await page.exposeFunction('codeAutomationLog', (_level, args) => {
      const line = Array.isArray(args) ? args.map(String).join(' ') : String(args);
      const counts = tagged(line, SUMMARY_TAG);
      const report = tagged(line, REPORT_TAG);
      if (counts !== undefined) summary = JSON.parse(counts);
      else if (report !== undefined) print(report);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finished(code));
    await page.goto(
      workbenchUrl(server, { folder, extensionDevelopmentPath: extensionPath, extensionTestsPath: index }),
    );
    let timer;
    const timedOut = new Promise((res) => {
      timer = setTimeout(() => res(undefined), timeoutMs);
    });
    const exitCode = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (exitCode === undefined) {
      print(
        `nnspec: the workbench did not report the end of the integration run within ${timeoutMs / 1000} s ` +
          `(a test that never ends, or a wrong extensionTestsPath, is never reported). code-server said:\n${server.output().slice(-4000)}`,
      );
    }
    const passed = summary?.passed ?? 0;
    // A run that ended badly with no failed test to show for it (no exit, run() rejected early) is one failure.
    const failed = (summary?.failed ?? 0) + (exitCode !== 0 && !(summary?.failed > 0) ? 1 : 0);
    return { passed, failed, exitCode };
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(built, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: { extension: { type: 'string' }, folder: { type: 'string' }, tests: { type: 'string' } },
  });
  const started = Date.now();
  const r = await runIntegration({ extensionPath: values.extension, folder: values.folder, tests: values.tests });
  console.log(
    `integration: ${r.passed} passed, ${r.failed} failed, workbench exit code ${r.exitCode ?? 'none'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (process.env.NNSPEC_RESULT_FILE) {
    writeFileSync(process.env.NNSPEC_RESULT_FILE, JSON.stringify({ passed: r.passed, failed: r.failed }));
  }
  process.exit(r.failed === 0 && r.exitCode === 0 ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
