// Bundles the integration suite for the extension host: test/integration/index.ts and every
// *.itest.ts beside it, one CommonJS file each, with `vscode` and npm packages left to require().
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const testsDir = join(root, 'test', 'integration');
export const outDir = join(root, 'out', 'test', 'integration');

/**
 * Builds `index.ts` from test/integration plus the *.itest.ts files found in `from` into `to`.
 * `to` must lie inside the repository so the bundles can require mocha from node_modules.
 * Returns the path of the built index without its extension, as extensionTestsPath wants it.
 */
export async function buildIntegrationSuite({ from = testsDir, to = outDir } = {}) {
  if (relative(root, to).startsWith('..')) throw new Error(`nnspec: ${to} is outside ${root}`);
  const tests = existsSync(from)
    ? readdirSync(from, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.itest.ts'))
    : [];
  rmSync(to, { recursive: true, force: true });
  await build({
    entryPoints: [
      { in: join(testsDir, 'index.ts'), out: 'index' },
      ...tests.map((f) => ({ in: join(from, f), out: f.replace(/\.ts$/, '') })),
    ],
    outdir: to,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return join(to, 'index');
}
