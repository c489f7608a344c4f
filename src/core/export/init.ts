// The initial parameters as the scripts describe and draw them (src/core/engine/init.ts).
import type { NetworkSpec } from '../spec/types';
import type { ExportPlan } from './plan';
import { pyMatrix, pyNumber } from './python';

/** Above the matrices the file gives: the draws for them are made all the same, as nnspec makes them. */
export const FROM_THE_FILE = "# From the file (their draws were made all the same, so the other layers get nnspec's):";

/** The standard deviation of W[l]'s draws as a Python expression of n_prev; undefined for zeros. */
export function initStd(network: NetworkSpec, sqrt: string): string | undefined {
  switch (network.init) {
    case 'zeros':
      return undefined;
    case 'random':
      return pyNumber(network.initScale);
    case 'xavier':
      return `${sqrt}(1 / n_prev)`;
    case 'he':
      return `${sqrt}(2 / n_prev)`;
  }
}

function givenNames(network: NetworkSpec): string[] {
  return network.layers.flatMap((layer, i) => [
    ...(layer.W ? [`W[${i + 1}]`] : []),
    ...(layer.b ? [`b[${i + 1}]`] : []),
  ]);
}

export function initDescription(network: NetworkSpec): string {
  const W = {
    zeros: 'W[l] = 0',
    random: `W[l] = N(0, 1) * ${pyNumber(network.initScale)}`,
    xavier: 'W[l] = N(0, 1) * sqrt(1 / n[l-1])',
    he: 'W[l] = N(0, 1) * sqrt(2 / n[l-1])',
  }[network.init];
  const key =
    network.init === 'random' ? `init: random, init_scale: ${pyNumber(network.initScale)}` : `init: ${network.init}`;
  const given = givenNames(network);
  const explicit =
    given.length > 0 ? `; ${given.join(' and ')} as the file gives ${given.length === 1 ? 'it' : 'them'}` : '';
  return `${W} and b[l] = 0 (${key})${explicit}`;
}

/**
 * Lines (each starting with a newline and 4 spaces) that replace the drawn W[l] / b[l] by those the
 * file gives, written in the file's layout; `toScript` turns a literal into the script's matrix.
 */
export function explicitParameters(plan: ExportPlan, toScript: (literal: string) => string): string {
  const lines: string[] = [];
  plan.spec.network.layers.forEach((layer, i) => {
    const l = i + 1;
    if (layer.W) lines.push(`parameters["W${l}"] = ${toScript(pyMatrix(layer.W, 4, 50))}`);
    if (layer.b) lines.push(`parameters["b${l}"] = ${toScript(pyMatrix(layer.b, 4, 50))}`);
  });
  if (lines.length === 0) return '';
  lines.unshift(FROM_THE_FILE);
  return lines.map((line) => `\n    ${line}`).join('');
}
