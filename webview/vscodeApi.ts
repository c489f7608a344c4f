// The one handle on VS Code's webview API: typed messages out, persisted UI state in and out.

import type { SavedPanelState, WebviewMessage } from '../src/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

declare global {
  var nnspecVsCodeApi: VsCodeApi | undefined;
}

// VS Code hands its API out once per page, and both panel scripts (first.js, later.js) have this module.
const api: VsCodeApi = (globalThis.nnspecVsCodeApi ??= acquireVsCodeApi());

export function post(message: WebviewMessage): void {
  api.postMessage(message);
}

export function loadState(): SavedPanelState {
  const s = api.getState();
  return typeof s === 'object' && s !== null ? s : {};
}

/** Merges into the stored state so that the host's `uri` is never lost. */
export function saveState(patch: Partial<SavedPanelState>): void {
  api.setState({ ...loadState(), ...patch });
}
