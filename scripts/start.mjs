// `npm start`: packages the extension as users get it (.vsix), installs it into code-server and
// opens examples/ in it. Prints the URL (and opens it when there is a desktop); Ctrl-C stops it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageExtension } from './package.mjs';
import { cacheDir, ensureCodeServer, installExtension, root, startCodeServer } from './vscode.mjs';

const vsix = join(cacheDir, 'nnspec.vsix');
const extensionsDir = join(cacheDir, 'start', 'extensions');

/** Opens `url` in the desktop's browser when there is a desktop; quietly does nothing otherwise. */
function openInBrowser(url) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const opener = spawn('xdg-open', [url], { detached: true, stdio: 'ignore' });
  opener.on('error', () => {});
  opener.unref();
}

try {
  ensureCodeServer();
  installExtension(packageExtension(vsix), extensionsDir);
  const server = await startCodeServer({ folder: join(root, 'examples'), extensionsDir });
  console.log(`\nnnspec: VS Code with the nnspec extension is running. Open ${server.url}/ in a browser.`);
  console.log('nnspec: Ctrl-C stops it.');
  openInBrowser(`${server.url}/`);
  // Runs until a signal: scripts/vscode.mjs stops the server's process group when this process exits.
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
