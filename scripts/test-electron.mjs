// `npm run test:electron`: the integration suite in desktop VS Code via @vscode/test-electron, for
// contributors who have (or can download) VS Code. Where that is impossible, `npm run test:integration`
// runs the same suite in code-server.
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildIntegrationSuite, root } from './integration-build.mjs';

const extensionTestsPath = await buildIntegrationSuite();
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath,
    // VSCODE_EXECUTABLE names an installed VS Code binary; otherwise runTests downloads one into .vscode-test/.
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
    launchArgs: [join(root, 'examples'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`nnspec: the integration suite failed or VS Code could not be started: ${err instanceof Error ? err.message : err}`);
  console.error('nnspec: set VSCODE_EXECUTABLE to a VS Code binary, or use `npm run test:integration` (code-server).');
  process.exit(1);
}
