// Types of vscode.mjs, for the TypeScript tests that import it.
export const root: string;
export const cacheDir: string;
export const CODE_SERVER_VERSION: string;

export interface CodeServer {
  url: string;
  port: number;
  host: string;
  extensionsDir: string;
  runDir: string;
  output(): string;
  stop(): Promise<void>;
}

export function ensureCodeServer(options?: { log?: (msg: string) => void }): { node: string; entry: string };
export function freePort(): Promise<number>;
export function runFolder(kind: string): string;
export function codeServerCli(args: string[]): void;
export function installExtension(vsix: string, extensionsDir: string): void;
export function installFixtureExtension(name: string, extensionsDir: string): void;
export function startCodeServer(options?: {
  folder?: string;
  extensionsDir?: string;
  /** The display language, e.g. 'ko' (needs a language pack for it in extensionsDir). */
  locale?: string;
  /** Files (name → text) written into the user-data dir before the server starts. */
  userData?: Record<string, string>;
  log?: (msg: string) => void;
}): Promise<CodeServer>;
export function workbenchUrl(
  server: Pick<CodeServer, 'url' | 'host' | 'port'>,
  options?: {
    folder?: string;
    extensionDevelopmentPath?: string;
    extensionTestsPath?: string;
  },
): string;
