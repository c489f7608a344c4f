// Types of bundle-options.mjs, for the TypeScript tests that import it.
import type { BuildOptions } from 'esbuild';

export const root: string;
export const common: BuildOptions;
export const nodeBundle: BuildOptions;
export function buildWebview(outdir: string): Promise<void>;
