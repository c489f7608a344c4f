// Bundles bench/spec-timing-main.ts as scripts/build.mjs bundles the extension, into .cache/bench/.
import { build } from 'esbuild';
import { join } from 'node:path';
import { nodeBundle, root } from '../scripts/bundle-options.mjs';

const outfile = join(root, '.cache', 'bench', 'spec-timing.js');
await build({ ...nodeBundle, sourcemap: false, entryPoints: ['bench/spec-timing-main.ts'], outfile });
console.log(outfile);
