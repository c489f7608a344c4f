// Type-checks each runtime against its own tsconfig, so a wrong import or global fails here:
// the core without the DOM or the editor, the host with the editor, the panel with the DOM and no Node.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './bundle-options.mjs';

export const PROJECTS = ['src/core', 'src', 'src/node/analysisThread', 'src/extension', 'webview', '.'];

export function typecheck() {
  let ok = true;
  for (const p of PROJECTS) {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', p], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) {
      console.error(`typecheck: ${p}/tsconfig.json failed`);
      ok = false;
    }
  }
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(typecheck() ? 0 : 1);
