// The extension's bundles hold the engine's WebAssembly module as generated at build time: the same
// bytes src/core/engine/kernelBytes.ts generates, and none of the generator's code.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { nodeBundle, root } from '../../../scripts/bundle-options.mjs';
import { kernelBytes } from '../../../src/core/engine/kernelBytes';

describe('prebuilt kernels', () => {
  test('a Node bundle returns the bytes the generator makes, and holds no generator', async () => {
    const out = await build({
      ...nodeBundle,
      entryPoints: [join(root, 'src/node/worker.ts')],
      write: false,
      metafile: true,
      sourcemap: false,
      outfile: 'worker.js',
    });
    assert.ok('src/core/engine/kernelBytes.ts' in out.metafile.inputs, 'the worker reaches the kernels');
    const code = out.outputFiles[0].text;
    // The generator's entry points and its encoder; the files stay for a constant or two (STRIP_ROWS).
    for (const generator of ['layerFunctions', 'mathMaps', 'gemmStrips', 'sparseRowsProduct', 'moduleBytes'])
      assert.doesNotMatch(code, new RegExp(`function ${generator}\\b`), `${generator} is not bundled`);
    const kernels = await build({
      ...nodeBundle,
      stdin: {
        contents: "export { kernelBytes } from './src/core/engine/kernelBytes';",
        resolveDir: root,
        loader: 'ts',
      },
      write: false,
      sourcemap: false,
    });
    const module = { exports: {} as { kernelBytes?: () => Uint8Array } };
    runInNewContext(kernels.outputFiles[0].text, { module, exports: module.exports, Buffer });
    const bundled = module.exports.kernelBytes?.();
    assert.ok(bundled, 'the bundle exports kernelBytes');
    const bytes = new Uint8Array(bundled);
    assert.deepEqual(bytes, kernelBytes());
    assert.ok(WebAssembly.validate(bytes), 'a valid WebAssembly module');
  });
});
