// Types of hello-webview.mjs, for the TypeScript tests and the bench that import it.
export declare const HELLO_ID: string;
export declare function installHelloWebview(extensionsDir: string): void;
