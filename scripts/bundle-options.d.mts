// Types of bundle-options.mjs, for the TypeScript tests that import it.
import type { BuildOptions, Plugin } from 'esbuild';

export const root: string;
export const common: BuildOptions;
export const nodeBundle: BuildOptions;
export const prebuiltKernels: Plugin;
export function buildWebview(outdir: string): Promise<void>;
