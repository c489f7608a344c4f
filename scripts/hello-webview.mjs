// The timing baseline of the panel: packages test/fixtures/hello-webview (a minimal webview extension)
// and installs it into an editor's extensions folder, next to nnspec.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './bundle-options.mjs';
import { cacheDir, installExtension } from './vscode.mjs';

export const HELLO_ID = 'nnspec-test.hello-webview';
const fixture = join(root, 'test', 'fixtures', 'hello-webview');

/** Packages the hello-world webview extension and installs it into `extensionsDir`. */
export function installHelloWebview(extensionsDir) {
  const vsix = join(cacheDir, 'hello-webview.vsix');
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix];
  const r = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), ...args], {
    cwd: fixture,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`nnspec: packaging ${fixture} failed:\n${r.stdout}${r.stderr}`);
  installExtension(vsix, extensionsDir);
}
