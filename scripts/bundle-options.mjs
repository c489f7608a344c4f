// esbuild options shared by the build and the benchmark, which times the spec checker as the editor runs it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The panel's script: minified, since every panel loads and parses it anew (710 KB → 400 KB). */
export const webviewBundle = {
  ...common,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  entryPoints: ['webview/main.ts'],
};

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
