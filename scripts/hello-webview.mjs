// The timing baseline of the panel: packages test/fixtures/hello-webview (a minimal webview extension)
// and installs it into an editor's extensions folder, next to nnspec.
import { installFixtureExtension } from './vscode.mjs';

export const HELLO_ID = 'nnspec-test.hello-webview';

/** Packages the hello-world webview extension and installs it into `extensionsDir`. */
export function installHelloWebview(extensionsDir) {
  installFixtureExtension('hello-webview', extensionsDir);
}
