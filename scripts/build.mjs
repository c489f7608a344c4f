// Bundles the command line, the extension host, the training and analysis workers and the webview with esbuild.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { buildWebview, nodeBundle, root } from './bundle-options.mjs';

await Promise.all([
  build({ ...nodeBundle, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({
    ...nodeBundle,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  build({ ...nodeBundle, entryPoints: ['src/node/worker.ts'], outfile: 'dist/worker.js' }),
  build({
    ...nodeBundle,
    entryPoints: ['src/node/analysisThread/analysisWorker.ts'],
    outfile: 'dist/analysisWorker.js',
  }),
  buildWebview(join(root, 'dist', 'webview')),
]);
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
