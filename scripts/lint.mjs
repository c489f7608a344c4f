// The linter (typescript-eslint with type information) and the formatter's check over the whole tree.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './bundle-options.mjs';

const run = (bin, args) =>
  spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], { cwd: root, stdio: 'inherit' }).status === 0;

const linted = run('eslint/bin/eslint.js', ['--max-warnings=0', '.']);
const formatted = run('prettier/bin/prettier.cjs', ['--check', '--log-level=warn', '.']);
if (!formatted) console.error('lint: run `npm run format` to format the files listed above.');
process.exit(linted && formatted ? 0 : 1);
