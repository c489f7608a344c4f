// esbuild options shared by the build and the benchmark, which times the spec checker as the editor runs it.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const common = { bundle: true, sourcemap: true, logLevel: 'warning', absWorkingDir: root };

// The yaml package's Node build reads process.env (a call into C++) for every token it parses;
// its browser build, the same code without that, parses a 200-line spec in about half the time.
const yamlPackage = dirname(createRequire(import.meta.url).resolve('yaml/package.json'));
export const nodeBundle = {
  ...common,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  alias: { yaml: join(yamlPackage, 'browser', 'index.js') },
};

/**
 * The panel's scripts, minified since every panel loads and parses them anew: ES modules, so that the
 * first one (main.js, with shared.js, which the page preloads beside it) holds only what the shapes need,
 * and the matrices, charts and explanations (laterSections.js) load after the first paint.
 */
export const webviewBundle = {
  ...common,
  platform: 'browser',
  format: 'esm',
  splitting: true,
  target: 'es2022',
  minify: true,
  charset: 'utf8', // the Korean labels as UTF-8, not \uXXXX escapes (module scripts are always UTF-8)
  entryPoints: ['webview/main.ts', 'webview/laterSections.ts'],
  entryNames: '[name]',
  chunkNames: 'shared', // a second shared chunk would collide with it: the build fails
};

/**
 * Builds the panel's scripts into `outdir`, emptied first (the .vsix takes every script there), checking
 * that main.js needs no file its page does not preload.
 */
export async function buildWebview(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  const r = await build({ ...webviewBundle, outdir, metafile: true });
  const main = Object.entries(r.metafile.outputs).find(([file]) => file.endsWith('/main.js'));
  const needs = main?.[1].imports.filter((i) => i.kind === 'import-statement').map((i) => basename(i.path)) ?? [];
  if (needs.some((f) => f !== 'shared.js'))
    throw new Error(
      `webview/main.ts needs ${needs.join(', ')}; its page (src/node/panelHtml.ts) preloads only shared.js`,
    );
}

/**
 * For the analysis worker's bundle: csv-parse/sync replaced by src/node/csvParseCache.ts, the same
 * parse remembering its last results (that module itself imports the real one).
 */
const cache = join(root, 'src', 'node', 'csvParseCache.ts');
export const csvParseCache = {
  name: 'csv-parse-cache',
  setup(b) {
    b.onResolve({ filter: /^csv-parse\/sync$/ }, (args) => (args.importer === cache ? undefined : { path: cache }));
  },
};
