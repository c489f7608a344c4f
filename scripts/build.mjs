// Bundles the command line, the extension host, the training worker and the webview with esbuild.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', absWorkingDir: root };

const node = { ...common, platform: 'node', target: 'node20', format: 'cjs' };
await Promise.all([
  build({ ...node, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...node, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...node, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' }),
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['webview/main.ts'], outfile: 'dist/webview.js' }),
]);
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
