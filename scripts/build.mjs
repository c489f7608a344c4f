// Bundles the command line, the extension host, the training worker and the webview with esbuild.
// `nodeBundle` is shared with the benchmark, which times the spec checker as the editor runs it.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', absWorkingDir: root };

// The yaml package's Node build reads process.env (a call into C++) for every token it parses;
// its browser build, the same code without that, is about 20% faster on every keystroke.
const yamlPackage = dirname(createRequire(import.meta.url).resolve('yaml/package.json'));
export const nodeBundle = {
  ...common, platform: 'node', target: 'node20', format: 'cjs',
  alias: { yaml: join(yamlPackage, 'browser', 'index.js') },
};

async function buildAll() {
  await Promise.all([
    build({ ...nodeBundle, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
    build({ ...nodeBundle, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
    build({ ...nodeBundle, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' }),
    build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['webview/main.ts'], outfile: 'dist/webview.js' }),
  ]);
  chmodSync(join(root, 'dist', 'cli.js'), 0o755);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildAll();
