// `npm run test:electron`: the integration suite in desktop VS Code via @vscode/test-electron, for
// contributors who have (or can download) VS Code. Where that is impossible, `npm run test:integration`
// runs the same suite in code-server.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildIntegrationSuite, root } from './integration-build.mjs';

/** The VS Code binary behind a `code` command on PATH (Linux layout: <app>/bin/code beside <app>/code). */
function installedVSCode() {
  if (process.platform !== 'linux') return undefined;
  const which = spawnSync('which', ['code'], { encoding: 'utf8' });
  if (which.status !== 0) return undefined;
  const binary = join(dirname(dirname(realpathSync(which.stdout.trim()))), 'code');
  return existsSync(binary) ? binary : undefined;
}

const extensionTestsPath = await buildIntegrationSuite();
// VSCODE_EXECUTABLE, else the `code` on PATH, else runTests downloads VS Code into .vscode-test/.
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE ?? installedVSCode();
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath,
    vscodeExecutablePath,
    launchArgs: [join(root, 'examples'), '--disable-extensions'],
  });
} catch (err) {
  console.error(
    `nnspec: the integration suite failed or VS Code could not be started: ${err instanceof Error ? err.message : err}`,
  );
  console.error('nnspec: set VSCODE_EXECUTABLE to a VS Code binary, or use `npm run test:integration` (code-server).');
  process.exit(1);
}
