// `npm run package`: builds the extension and packages it as users install it, a .vsix (vsce).
//   node scripts/package.mjs [--out FILE]     default: nnspec-<version>.vsix in the repository
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './bundle-options.mjs';

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Builds dist/ and packages it (no source maps, only what .vscodeignore lets through). Returns the .vsix path. */
export function packageExtension(out = join(root, `nnspec-${version}.vsix`)) {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('nnspec: the build failed (see above).');
  mkdirSync(dirname(out), { recursive: true });
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--out', out];
  const r = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new Error('nnspec: packaging the extension with vsce failed (see above).');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  try {
    const out = packageExtension(values.out && resolve(values.out));
    console.log(`nnspec: packaged ${out}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
