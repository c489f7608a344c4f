// The one handle on VS Code's webview API: typed messages out, persisted UI state in and out.

import type { WebviewMessage } from '../src/protocol';

/** What the panel keeps across reloads: the host's uri plus the student's UI choices. */
export interface UiState {
  uri?: string;
  selectedStep?: number;
  stepsPerFrame?: number;
  logScale?: boolean;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

export function post(message: WebviewMessage): void {
  api.postMessage(message);
}

export function loadState(): UiState {
  const s = api.getState();
  return typeof s === 'object' && s !== null ? s : {};
}

/** Merges into the stored state so that the host's `uri` is never lost. */
export function saveState(patch: Partial<UiState>): void {
  api.setState({ ...loadState(), ...patch });
}
