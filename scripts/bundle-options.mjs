// esbuild options shared by the build and the benchmark, which times the spec checker as the editor runs it.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const common = { bundle: true, sourcemap: true, logLevel: 'warning', absWorkingDir: root };

// The yaml package's Node build reads process.env (a call into C++) for every token it parses;
// its browser build, the same code without that, parses a 200-line spec in about half the time.
const yamlPackage = dirname(createRequire(import.meta.url).resolve('yaml/package.json'));
/** The engine's WebAssembly module as src/core/engine/kernelBytes.ts generates it, in base64 (one build of it a process). */
const kernelSource = join(root, 'src', 'core', 'engine', 'kernelBytes.ts');
let kernels;
async function kernelBase64() {
  const generator = await build({
    ...common,
    sourcemap: false,
    entryPoints: [kernelSource],
    format: 'esm',
    write: false,
  });
  const code = Buffer.from(generator.outputFiles[0].text).toString('base64');
  const { kernelBytes } = await import(`data:text/javascript;base64,${code}`);
  return Buffer.from(kernelBytes()).toString('base64');
}

/**
 * kernelBytes.ts replaced by the bytes it generates: a thread that trains then decodes 35 KB instead of
 * generating them (about 45 ms of every run's start, CLI command and job).
 */
export const prebuiltKernels = {
  name: 'prebuilt-kernels',
  setup(b) {
    b.onLoad({ filter: /kernelBytes\.ts$/ }, async (args) => {
      if (args.path !== kernelSource) return undefined;
      kernels ??= kernelBase64();
      const contents = `// Generated at build time from src/core/engine/kernelBytes.ts (scripts/bundle-options.mjs).
export function kernelBytes(): Uint8Array {
  return Buffer.from('${await kernels}', 'base64');
}
`;
      return { contents, loader: 'ts' };
    });
  },
};

export const nodeBundle = {
  ...common,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  alias: { yaml: join(yamlPackage, 'browser', 'index.js') },
  plugins: [prebuiltKernels],
};

/** The panel's scripts: minified, since every panel parses them anew. */
const webviewBundle = {
  ...common,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  charset: 'utf8', // the Korean labels as UTF-8 (the page's charset), not \uXXXX escapes
};

/**
 * The first script of an English page: without the Korean words (webview/labels.ts), and all ASCII, so
 * that the whole page is a one-byte string on its way into the webview (copied, parsed twice and written
 * by VS Code before the panel's script runs) instead of a two-byte one of twice the size.
 */
const englishFirst = { define: { NNSPEC_KOREAN: 'false' }, charset: 'ascii' };

/**
 * Builds the panel's scripts into `outdir` (emptied first: the .vsix takes every script there).
 * first.js (webview/main.ts) draws the shapes, controls and network; the host writes it into the page
 * itself (src/node/panelAssets.ts), or first-ko.js, the same with the Korean words, into a Korean page.
 * later.js (webview/laterSections.ts), the matrices, charts and explanations, is fetched once the page
 * has loaded and sets the global `nnspecLater`.
 */
export async function buildWebview(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  await Promise.all([
    // A map, but no sourceMappingURL comment: the page has no file beside it to resolve it against.
    build({
      ...webviewBundle,
      ...englishFirst,
      entryPoints: ['webview/main.ts'],
      outfile: join(outdir, 'first.js'),
      sourcemap: 'external',
    }),
    build({
      ...webviewBundle,
      entryPoints: ['webview/main.ts'],
      outfile: join(outdir, 'first-ko.js'),
      sourcemap: 'external',
    }),
    build({
      ...webviewBundle,
      entryPoints: ['webview/laterSections.ts'],
      outfile: join(outdir, 'later.js'),
      globalName: 'nnspecLater',
    }),
  ]);
}
